b'abc'
B"x\n"
b'\x00\xff'
b'it\'s'
b''
b'''multi
line'''
b'\101'
