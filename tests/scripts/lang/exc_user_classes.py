class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table
        self.code = code
    def __str__(self):
        return "db error %d on %s" % (self.code, self.table)
class Plain(Exception):
    def __init__(self, msg):
        self.msg = msg
try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table, e.code)
    print(repr(e))
try:
    raise AppError("simple", 1)
except AppError as e:
    print(e, e.args, repr(e))
try:
    raise Plain("hi")
except Plain as e:
    print(repr(str(e)), e.args, e.msg)
print(str(AppError()), repr(AppError()), AppError().args)
print(str(AppError("one")), repr(AppError("one")))
e = ValueError("a", 2)
print(str(e), repr(e), e.args)
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError("k")))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
try:
    raise AppError
except AppError as e:
    print(repr(e))
class Tagged(ValueError):
    tag = "T"
try:
    int("x")
except Tagged:
    print("wrong")
except ValueError as e:
    print("ValueError", e)
try:
    raise Tagged("t")
except ValueError as e:
    print(type(e).__name__, e.tag, isinstance(e, Exception))
