print("about to divide")
print(10 / 0)
