"""Draw 30 register entries never judged before (seed 40040) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(40040, 'evaluation/register40/register-draw40.tsv')
