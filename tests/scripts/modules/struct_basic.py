# struct: formats, byte orders, sizes and alignment, Struct objects, errors.
import struct

print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('bhiq'), struct.calcsize('@iq'),
      struct.calcsize('ic'), struct.calcsize('5s2x'), struct.calcsize('<qQdfeH?'))
print(struct.pack('>IHB?', 0xdeadbeef, 513, 7, True), struct.unpack('>IHB?', b'\xde\xad\xbe\xef\x02\x01\x07\x01'))
print(struct.pack('<d', 3.14), struct.unpack('<d', struct.pack('<d', 3.14)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('!q', -2), struct.unpack('!Q', b'\xff' * 8), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.unpack_from('<H', b'\x00\x01\x02', offset=-2), struct.pack('<2h3x', 1, 2), struct.pack('@bq', 1, 2))
print(struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.pack('c', b'z'), struct.unpack('2c', b'xy'))
print(struct.pack('<i', True), struct.pack('>h', -1), struct.unpack('<bB', b'\xff\xff'), struct.unpack('<l', b'\x00\x00\x00\x80'))
for v in [0.0, -0.0, 1.0, 65504.0, 6e-8, 1e-5, 0.1, 3.140625, float('inf')]:
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)))
s = struct.Struct('<hi')
print(repr(s.format), s.size, s.pack(1, -2), s.unpack(s.pack(1, -2)), s.unpack_from(b'\x00' + s.pack(3, 4), 1), list(s.iter_unpack(s.pack(1, 2) * 2)))
print(struct.error.__module__, struct.error.__mro__[1].__name__, issubclass(struct.error, Exception))
record = struct.pack('<4sIHd', b'PYTH', 7, 65535, 2.5)
magic, version, flags, scale = struct.unpack('<4sIHd', record)
print(len(record), magic, version, flags, scale)
for bad in [lambda: struct.pack('q', 2 ** 70), lambda: struct.pack('Q', -1), lambda: struct.pack('<l', 2 ** 40),
            lambda: struct.pack('H', -1), lambda: struct.pack('b', 200), lambda: struct.pack('B', 256),
            lambda: struct.pack('h', 40000), lambda: struct.pack('i', 2 ** 31), lambda: struct.pack('I', -1),
            lambda: struct.pack('i', 1.5), lambda: struct.pack('d', 'x'), lambda: struct.unpack('i', 'abcd'),
            lambda: struct.pack(5), lambda: struct.calcsize('3'), lambda: struct.calcsize('<n'),
            lambda: struct.calcsize('z'), lambda: struct.pack('e', 1e10), lambda: struct.pack('<f', 1e300),
            lambda: struct.pack('ii', 1, 2, 3), lambda: struct.pack('ii', 1),
            lambda: struct.unpack_from('i', b'abc', 1), lambda: struct.iter_unpack('i', b'abcde'),
            lambda: struct.iter_unpack('', b''), lambda: struct.Struct('i').unpack(b'12'),
            lambda: struct.pack('x', 1), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 1),
            lambda: struct.unpack('<h', b'\x00')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
