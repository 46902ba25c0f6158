self.n += 1
a[i] -= 2
a.b[c].d *= 3
