if x:
    a = 1
# comment at column 0
        # over-indented comment
    b = 2
