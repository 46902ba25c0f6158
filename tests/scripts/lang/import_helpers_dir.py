import sys
sys.path.insert(0, "helpers")
import mymod
print(mymod.VALUE, mymod.greet("you"), mymod.Thing())
print(mymod.bump(), mymod.bump(), mymod.counter)
from mymod import bump, counter
print(bump(), counter, mymod.counter)
from mymod import *
print(VALUE, greet("star"))
try:
    _private
except NameError as e:
    print(e)
print(type(mymod).__name__)
