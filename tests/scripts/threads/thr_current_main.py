# current_thread / main_thread in the main thread and in workers.
import threading

main = threading.main_thread()
print(main.name, threading.current_thread() is main)
print(type(main).__name__ == "_MainThread", isinstance(main, threading.Thread))
out = {}


def work():
    cur = threading.current_thread()
    out["is_obj"] = cur is t
    out["name"] = cur.name
    out["main"] = threading.main_thread() is main
    out["cur_is_main"] = cur is main


t = threading.Thread(target=work, name="worker-1")
t.start()
t.join()
print(sorted(out.items()))
