a.b: int
a.c: int = 0
d['k']: str = 'v'
