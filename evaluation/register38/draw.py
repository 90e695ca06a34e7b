"""Draw 30 register entries never judged before (seed 38038) with their context, for blind judging."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from registerdraw import draw

draw(38038, 'evaluation/register38/register-draw38.tsv')
