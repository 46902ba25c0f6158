'a' 'b'
'a' "b" '''c'''
x = ('one '
     'two')
b'a' b'b'
