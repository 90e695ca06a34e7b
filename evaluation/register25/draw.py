"""Draw 30 register entries never judged before (seed 25025) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(25025, 'evaluation/register25/register-draw25.tsv')
