'a' f'{b}' 'c'
f'{x}' f'{y}'
'plain' f'no fields'
f'{a}' 'b' f'{c!r}'
