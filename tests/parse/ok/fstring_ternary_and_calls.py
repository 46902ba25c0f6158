f'{a if b else c}'
f'{", ".join(items)}'
f'{x!r:{w}}'
