# No suggestion when more than about a third of the characters differ.
alpha = 1
print(zzqqxx)
