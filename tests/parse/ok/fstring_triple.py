f'''multi
{x}
line'''
f"""{y!r}"""
