a and b
a or b
a and b and c
a or b and c
(a or b) and c
not a or not b
