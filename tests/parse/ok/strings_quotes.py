'single'
"double"
'''triple single'''
"""triple double"""
