# At exit the interpreter waits for non-daemon threads.
import threading

go = threading.Event()


def late():
    go.wait()
    print("thread finishes after main")


t = threading.Thread(target=late)
t.start()
print("main body ends")
go.set()
