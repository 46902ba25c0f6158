try:
    f()
except (A, B) as e:
    print(e)
