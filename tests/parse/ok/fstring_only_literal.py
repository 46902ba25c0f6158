f'just text'
f''
