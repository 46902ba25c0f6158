# -*- coding: latin-1 -*-
# A latin-1 source file (PEP 263): the declaration says how its bytes are text.
s = "café über ©"
print(s, len(s), [hex(ord(c)) for c in s[-6:]])
été = "été"
print(été.upper())
