"""statistics: averages and spread of numeric data.

As CPython's, sums are exact (ints and floats are added as exact fractions) and results take
the data's type: the mean of ints is an int when it is whole, else a float.
"""

import math
from collections import Counter as _Counter

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# -- exact arithmetic on (numerator, denominator) pairs ----------------------------------------

def _ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (math.inf, -math.inf):
            raise _NonFinite(x)
        return x.as_integer_ratio()
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


class _NonFinite(Exception):
    def __init__(self, value):
        self.value = value


def _add(a, b):
    n1, d1 = a
    n2, d2 = b
    if d1 == d2:
        return n1 + n2, d1
    g = math.gcd(d1, d2)
    return n1 * (d2 // g) + n2 * (d1 // g), d1 // g * d2


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _data_type(data):
    """The type results are given in: int when all are ints (bools count), float when any
    float is present; other numeric types stay as they are."""
    T = int
    for x in data:
        t = type(x)
        if t is bool:
            t = int
        if t is T:
            continue
        if T is int:
            T = t
        elif t is int:
            continue
        elif issubclass(T, t):
            continue
        elif issubclass(t, T):
            T = t
        elif T is float or t is float:
            T = float
        else:
            raise TypeError("don't know how to coerce %s and %s" % (T.__name__, t.__name__))
    return T


def _sum(data):
    """(type, exact total as a reduced pair, count); a NaN or infinity makes the total that
    float instead."""
    data = list(data)
    T = _data_type(data)
    total = (0, 1)
    special = None
    for x in data:
        try:
            total = _add(total, _ratio(x))
        except _NonFinite as e:
            special = e.value if special is None else special + e.value
    if special is not None:
        return T, special, len(data)
    return T, _reduce(*total), len(data)


def _convert(value, T):
    """An exact pair (or a float NaN/infinity) as type T, as CPython's _convert."""
    if isinstance(value, float):
        return value
    n, d = value
    if T is int:
        if d == 1:
            return n
        T = float
    if T is float:
        return n / d
    try:
        return T(n) / T(d) if d != 1 else T(n)
    except TypeError:
        return n / d


def _fail_empty(data, what):
    if not data:
        raise StatisticsError(what)


# -- averages ----------------------------------------------------------------------------------

def mean(data):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, n = _sum(data)
    if isinstance(total, float):
        return total
    num, den = total
    return _convert(_reduce(num, den * n), T)


def fmean(data, weights=None):
    if weights is None:
        data = [float(x) for x in data]
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = [float(x) for x in data]
    if not data:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers')
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    # As CPython, which sums w / x: the result is a float for int data.
    T = _data_type(data)
    if T is int:
        T = float
    total_w = (0, 1)
    total = (0, 1)
    for x, w in zip(data, weights):
        xn, xd = _ratio(x)
        wn, wd = _ratio(w)
        total_w = _add(total_w, (wn, wd))
        total = _add(total, (wn * xd, wd * xn))
    if total[0] == 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_reduce(total_w[0] * total[1], total_w[1] * total[0]), T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    cf = 0
    for i, v in enumerate(data):
        if v >= x:
            cf = i
            break
    f = sum(1 for v in data if v == x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


# -- spread ------------------------------------------------------------------------------------

def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean (or from c), count)."""
    T, total, n = _sum(data)
    if isinstance(total, float):
        return T, total, n
    if c is not None:
        cn, cd = _ratio(c)
    else:
        cn, cd = total[0], total[1] * n
    ss = (0, 1)
    for x in data:
        xn, xd = _ratio(x)
        # (x - c)² with x = xn/xd, c = cn/cd
        dn = xn * cd - cn * xd
        ss = _add(ss, (dn * dn, xd * xd * cd * cd))
    return T, _reduce(*ss), n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss, n = _ss(data, xbar)
    if isinstance(ss, float):
        return ss
    return _convert(_reduce(ss[0], ss[1] * (n - 1)), T)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss, n = _ss(data, mu)
    if isinstance(ss, float):
        return ss
    return _convert(_reduce(ss[0], ss[1] * n), T)


def _sqrt_of_pair(n, d):
    """sqrt(n/d) as a float, from an integer square root carrying ~60 bits beyond a double's."""
    if n <= 0:
        return 0.0
    shift = max(0, 228 - (n.bit_length() - d.bit_length()))
    shift += shift & 1
    r = math.isqrt((n << shift) // d)
    return math.ldexp(float(r), -(shift // 2))


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, ss, n = _ss(data, xbar)
    if isinstance(ss, float):
        return math.sqrt(ss)
    return _sqrt_of_pair(ss[0], ss[1] * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, ss, n = _ss(data, mu)
    if isinstance(ss, float):
        return math.sqrt(ss)
    return _sqrt_of_pair(ss[0], ss[1] * n)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _paired(x, y, what):
    """The common length of x and y, checked as CPython's bivariate functions check it."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of '
                              'data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centered_sums(x, y):
    """(sum of (x-x̄)(y-ȳ), sum of (x-x̄)², sum of (y-ȳ)², x̄, ȳ), each by fsum."""
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    return sxy, sxx, syy, xbar, ybar


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    sxy = _centered_sums(x, y)[0]
    return sxy / (n - 1)


def correlation(x, y, /):
    _paired(x, y, 'correlation')
    sxy, sxx, syy, _, _ = _centered_sums(x, y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression:
    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f'LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})'


def linear_regression(x, y, /, *, proportional=False):
    _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        sxy, sxx, _, xbar, ybar = _centered_sums(x, y)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """A normal distribution: mean mu, standard deviation sigma."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    data = [float(x) for x in data]
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    return fmean(data), stdev(data)
