print("asking")
x = input()
print("never")
