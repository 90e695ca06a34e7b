"""Draw 30 register entries never judged before (seed 20020) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(20020, 'evaluation/register20/register-draw20.tsv')
