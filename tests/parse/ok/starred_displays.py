[*a, *b]
(*a, 1)
{*a, *b}
*a, b
[*range(3), 4]
