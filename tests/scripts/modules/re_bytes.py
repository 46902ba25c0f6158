import re
p = re.compile(rb'(\w+)=(\d+)')
print(p, p.flags, p.pattern, p.groups)
m = p.search(b'xx key=42 yy')
print(m, m.group(), m.group(1), m.groups(), m.span(), m.string, m.groupdict())
print(p.findall(b'a=1 b=2'), re.findall(rb'\d', b'1\xe92'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(rb',', b'a,b'))
print(re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'), re.subn(b'a', b'b', b'aaa'), m.expand(rb'\2:\1'))
print(re.match(rb'\xff+', b'\xff\xff\x00').group(), re.escape(b'a.b'), re.findall(rb'\w+', b'caf\xe9 ok'))
for f in [lambda: re.search(rb'a', 'a'), lambda: re.search('a', b'a'), lambda: re.compile(b'a', re.U), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(re.compile(b'A', re.I).search(b'xa').span(), re.compile(rb'\bx\b').findall(b'x y x'))
