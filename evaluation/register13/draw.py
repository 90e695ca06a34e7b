"""Draw 30 register entries never judged before (seed 13013) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(13013, 'evaluation/register13/register-draw13.tsv')
