big = 10 ** 400
print("converting")
print(float(big))
