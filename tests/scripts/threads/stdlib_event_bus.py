"""An event bus: events are dataclasses dispatched with functools.singledispatch by worker
threads reading a queue; messages are built with string.Template and wrapped with textwrap."""
import queue
import string
import textwrap
import threading
from dataclasses import dataclass
from functools import singledispatch


@dataclass
class Login:
    user: str


@dataclass
class Upload:
    user: str
    size: int


@dataclass
class Shutdown:
    pass


LOGIN = string.Template("$user logged in")
UPLOAD = string.Template("$user uploaded ${size} bytes")


@singledispatch
def handle(event) -> str:
    return f"unknown event {event!r}"


@handle.register
def _(event: Login) -> str:
    return LOGIN.substitute(user=event.user)


@handle.register
def _(event: Upload) -> str:
    return UPLOAD.substitute(user=event.user, size=event.size)


events: "queue.Queue[object]" = queue.Queue()
log = []
log_lock = threading.Lock()


def consumer():
    while True:
        event = events.get()
        if isinstance(event, Shutdown):
            events.task_done()
            return
        line = handle(event)
        with log_lock:
            log.append(line)
        events.task_done()


workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(6):
    events.put(Login(f"user{i}"))
    events.put(Upload(f"user{i}", i * 1024))
events.put("not an event")
events.join()
for _ in workers:
    events.put(Shutdown())
for w in workers:
    w.join()

for line in sorted(log):
    print(line)
print(textwrap.fill("; ".join(sorted(log)[:5]), width=50, initial_indent="* ",
                    subsequent_indent="  "))
print(handle.dispatch(Login).__name__, len(log))
