# leading
x = 1  # trailing
def f(a,  # after param
      b):
    # in body
    return a  # after return
    # end of body
# after def
class C:  # header
    pass
