s = '''line one
line two
    indented'''
t = """
"""
