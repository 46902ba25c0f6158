import json
for s in ['', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1', '[', '"abc', '"\\q"', '"\\u12"', '"a\nb"', '01', '-', '1.', '1e', 'tru', 'nul', 'NaN', '[1 2]', '{"a" 1}', '  \n  [1,\n 2,, 3]', '{1:2}', '"\\', '1 2', '\ufeff1', '[-]', '-Infinity', '1.5e3', '-0', '1E+2', '"\\ud83d\\ude00"', '"\\u00e9x"', '"é" x', ' [1, {"a": [true, false, null]}] ', '123456789012345678901234567890', '{"a":1,"a":2}']:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for o in [float('nan'), {(1,2):3}, object(), {1:2, True: 3, None: 4, 1.5: 5}]:
    try: print(json.dumps(o, allow_nan=False))
    except Exception as e: print(type(e).__name__, e)
a=[]; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
d={}; d['x']=d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
print(json.loads(b'[1]'))
try: json.loads([1])
except Exception as e: print(type(e).__name__, e)
try: json.dumps({1:2, 'a':3}, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
try: json.loads('['*100000)
except Exception as e: print(type(e).__name__, e)
print(json.dumps("\u00e9\U0001f600\x01\n\"\\/\x7f"), json.dumps("\u00e9\U0001f600\x7f", ensure_ascii=False))
print(json.dumps([1,[2,{}],[]], indent=2)); print(json.dumps({'a':[1]}, indent='\t'));print(json.dumps({'a':[1]}, indent=0))
print(json.dumps(1e16), json.dumps(1.0), json.dumps(-0.0), json.dumps(10**30), json.dumps(True), json.dumps(0.1+0.2))
print(json.dumps({'b': 1, 'a': [1, 2.5, None]}, sort_keys=True, separators=(',', ':')))
print(json.dumps({'z': 1, 'y': {'b': 2, 'a': 1}}, sort_keys=True, indent=4))
print(json.dumps({(1,): 2, 'k': 1}, skipkeys=True))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({'p': P(3)}, default=lambda o: {'P': o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
try: json.dumps(P(1), cls=Enc)
except TypeError as e: print('TypeError', e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[{"a": 1}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('xx"s"', 2))
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
try: json.JSONDecoder().decode('[1] x')
except json.JSONDecodeError as e: print(e)
print(json.loads(json.dumps({'k': [1, 'two', 3.0, None, True]})))
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def read(self): return ''.join(self.parts)
f = Buf(); json.dump({'a': 1}, f, indent=2); print(repr(f.read())); print(json.load(f))
from json import JSONDecodeError as E1
from json.decoder import JSONDecodeError as E2
print(E1 is E2, issubclass(E1, ValueError))
try: json.loads('{"a" : 1, "b" : [1, 2, }')
except ValueError as e: print(type(e).__name__, e, e.doc[e.pos:])
print(json.dumps("é", ensure_ascii=False), json.loads('"\\u00e9"') == "é", json.dumps({"é": "ü"}))
print(json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps([[]], indent=2))
