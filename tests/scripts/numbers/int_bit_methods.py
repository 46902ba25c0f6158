for n in [0, 1, -1, 5, 255, 256, -256, 2**63, -2**63, 2**100 + 7, -(2**100)]:
    print(n, n.bit_length(), n.bit_count())
print((10).conjugate(), (7).as_integer_ratio(), (-(2**70)).as_integer_ratio())
print(True.as_integer_ratio(), True.bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
