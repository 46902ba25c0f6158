for x in [1.0, 1.5, -2.0, 0.0, 1e300, float('inf'), float('nan')]:
    print(x, x.is_integer())
for x in [0.5, 1.5, -0.25, 3.0, 0.1, 1e20, 0.0, -0.0]:
    print(x, x.as_integer_ratio())
for x in [1.0, 0.5, -1.5, 0.1, 0.0, -0.0, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('nan')]:
    print(x.hex())
for s in ['0x1.8p1', '-0x1p-2', '0x1.999999999999ap-4', 'inf', '0x0.0000000000001p-1022', '0x10', '1p4']:
    print(float.fromhex(s))
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag)
