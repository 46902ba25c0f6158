f"{d['key']}"
f'{"inner"}'
f'''{'a' + "b"}'''
