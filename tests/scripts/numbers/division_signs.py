for a in [7, -7, 0]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
for a in [7.5, -7.5]:
    for b in [2, -2, 0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5, -1e-20 % 1.0)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ['//', '%', '/', 'divmod']:
        try:
            if op == '//':
                a // b
            elif op == '%':
                a % b
            elif op == '/':
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(a, b, op, type(e).__name__, e)
