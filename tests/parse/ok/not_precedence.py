not a == b
not not x
not a in b
