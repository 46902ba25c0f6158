try:
    a()
except KeyError as k:
    b()
except (TypeError, ValueError):
    c()
except:
    d()
else:
    e()
finally:
    f()
