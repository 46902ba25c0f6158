self.x = 1
a.b.c = 2
