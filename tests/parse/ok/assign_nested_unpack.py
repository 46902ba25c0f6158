(a, [b, c]), d = x
for (i, j), k in pairs: pass
