import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isnan(1), math.isinf(10**300), math.isfinite(0))
print(type(math.pi).__name__, math.pi == 3.141592653589793)
