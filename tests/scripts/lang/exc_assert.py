try:
    assert 1 == 2
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print(e, e.args)
try:
    x = 5
    assert x < 0, "x is %d" % x
except AssertionError as e:
    print(e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, "never"
assert 1
print("passed")
