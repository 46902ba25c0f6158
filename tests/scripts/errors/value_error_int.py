print(int("x"))
