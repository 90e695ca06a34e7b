"""Draw 30 register entries never judged before (seed 41041) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(41041, 'evaluation/register41/register-draw41.tsv')
