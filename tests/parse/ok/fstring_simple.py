f'hello {name}'
F"{x}"
