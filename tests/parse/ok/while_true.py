while True:
    x = get()
    if not x:
        break
