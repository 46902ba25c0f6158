x, = t
