"""atexit: functions to run when the interpreter exits.

They run in reverse order of registration, after the main program ends and after every
non-daemon thread has been joined (the interpreter calls `_run_exitfuncs` then), as in CPython.
"""

import threading as _threading

_callbacks = []
_lock = _threading.RLock()


def register(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func."""
    with _lock:
        _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    with _lock:
        _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Run and forget the registered functions, last registered first. An exception in one is
    reported as "Exception ignored in atexit callback" and the others still run."""
    import sys
    while True:
        with _lock:
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            # The callback's own frames, not this function's.
            entries = traceback.format_tb(exc.__traceback__)[1:]
            if entries:
                sys.stderr.write('Traceback (most recent call last):\n' + ''.join(entries))
            sys.stderr.write(''.join(traceback.format_exception_only(exc)))
