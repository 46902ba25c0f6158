f'tab\t{x}\n'
f'\x41{y}'
f'\N{BULLET} {z}'
