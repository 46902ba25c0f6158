while True:
    if a:
        break
    else:
        continue
