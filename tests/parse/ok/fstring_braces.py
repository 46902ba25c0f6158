f'{{literal}}'
f'{{{x}}}'
f'}}{{'
f'a{{b{c}d}}e'
