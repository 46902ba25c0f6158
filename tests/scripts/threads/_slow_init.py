# A module whose initialization takes a while and releases the GIL half-way.
import time

FIRST = 1
time.sleep(0.05)
LAST = 2
