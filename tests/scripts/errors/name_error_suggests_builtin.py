# At module level the suggestion comes from the globals, else the builtins.
values = [3, 1, 2]
prnt(sorted(values))
