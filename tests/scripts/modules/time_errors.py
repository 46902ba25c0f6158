import time

for arg in [-1, -0.5, "x", None, [1]]:
    try:
        time.sleep(arg)
        print("slept", arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except Exception as e:
    print(type(e).__name__)
try:
    time.sleep(1, 2)
except Exception as e:
    print(type(e).__name__)
time.sleep(0.0)
print("done")
