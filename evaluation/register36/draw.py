"""Draw 30 register entries never judged before (seed 36036) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(36036, 'evaluation/register36/register-draw36.tsv')
