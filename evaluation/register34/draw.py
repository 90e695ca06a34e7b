"""Draw 30 register entries never judged before (seed 34034) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(34034, 'evaluation/register34/register-draw34.tsv')
