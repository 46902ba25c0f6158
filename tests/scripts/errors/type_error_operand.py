x = 1
y = "two"
print(x + y)
