f(a,)
f(a, b=1,)
f(
    a,
    b,
)
