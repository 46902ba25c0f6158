import json
from collections import OrderedDict, Counter, defaultdict, namedtuple
class MyInt(int): pass
class MyDict(dict): pass
class MyList(list): pass
class MyStr(str): pass
Pt = namedtuple('Pt', 'x y')
tests = [lambda: json.dumps({2: 1, 1: 2}, sort_keys=True), lambda: json.dumps(MyInt(5)), lambda: json.dumps(MyDict(a=1)),
         lambda: json.dumps(MyList([1])), lambda: json.dumps(MyStr('s')), lambda: json.dumps(OrderedDict([('b', 1), ('a', 2)])),
         lambda: json.dumps(Counter('aab')), lambda: json.dumps(defaultdict(int, x=1)), lambda: json.dumps(Pt(1, 2)),
         lambda: json.loads('1e400'), lambda: json.loads('-0.0'), lambda: json.loads('"\\u0000"'), lambda: json.loads('   '),
         lambda: json.dumps('\u2028\u00ff'), lambda: json.dumps({'a': b'x'}), lambda: json.dumps({'a': {1, 2}}),
         lambda: json.dumps([1, 2], indent=-1), lambda: json.dumps({'a': 1}, indent=True), lambda: json.dumps(None),
         lambda: json.loads('[1, 2, 3]', object_hook=print), lambda: json.dumps({'x': float('nan')}, allow_nan=False),
         lambda: json.dumps({float('inf'): 1}), lambda: json.loads('{"a": {"b": {"c": []}}}'),
         lambda: json.dumps(12345678901234567890123), lambda: json.loads('12345678901234567890123.5'),
         lambda: json.loads('1.0000000000000002'), lambda: json.dumps(1/3), lambda: json.dumps([1e-7, 1e22, 123456789.123]),
         lambda: json.loads('"\\ud83d\\ude00 and \\u20ac"'), lambda: json.dumps(json.loads('{"k": "\\u00e9"}'), ensure_ascii=False),
         lambda: json.JSONEncoder(sort_keys=True, indent=2).encode({'b': [], 'a': {}}), lambda: json.JSONEncoder().default(1),
         lambda: json.dumps(range(3)), lambda: json.dumps(default=str, obj=[object.__new__(MyDict.__class__.__base__) if False else 1]),
         lambda: json.loads('{"a":1}', parse_int=float), lambda: json.loads('[1.5]', parse_float=float), lambda: json.loads(b'\xef\xbb\xbf[1]'),
         lambda: json.dumps([[[]]], indent=1, separators=(',', '=')), lambda: json.dumps({'a': None, None: 'a'}),
         lambda: json.dumps({True: 1, False: 0}), lambda: list(json.loads('{"a": 1, "b": [true, false, null]}', object_pairs_hook=OrderedDict).items()),
         lambda: json.decoder.JSONDecodeError('m', 'ab\ncd', 4).colno, lambda: json.loads('[1,\n  2,\n  x]'),
         lambda: json.dumps({'a': 1}, skipkeys=False, check_circular=False), lambda: json.dumps(1.5, allow_nan=False)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
