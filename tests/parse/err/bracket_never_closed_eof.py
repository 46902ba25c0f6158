foo(a, [b,
