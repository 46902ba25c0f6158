# NameError carries the missing name as .name; the "Did you mean" suggestion is only part of
# the printed traceback, never of str(e).
def f():
    counter = 1
    return countr


try:
    f()
except NameError as e:
    print(e.name, "|", e)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e.name, e.args)
