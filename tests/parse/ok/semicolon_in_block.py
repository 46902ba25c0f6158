if x: a = 1; b = 2
else: pass;
