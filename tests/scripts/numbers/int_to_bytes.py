print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes())
print((0).to_bytes(3, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(b'\x01' * 12, 'little'))
for args in [(1, 'big'), (1, 'middle')]:
    try:
        print((1000).to_bytes(*args))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (-5).to_bytes(2, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x01\x00', 'big')
print(v, type(v).__name__)
