from x import *
