"""Dates, times and intervals: date, time, datetime, timedelta, tzinfo and timezone, with
CPython 3.11's behaviour, reprs and error messages.

Everything is kept as plain ints (days since 0001-01-01 are "ordinals"); local time and
formatting come from the native `time` module (localtime, mktime, strftime, and the
strptime engine `time._strptime_parts`).
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


# --- calendar arithmetic ---

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    """The (year, month, day) of ordinal `n` (1 is 0001-01-01)."""
    # Whole 400-, 100-, 4- and 1-year cycles, counted from 0001-01-01.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    # n is now the day of the year, from 0. Guess the month, then correct it.
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of `year`."""
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _check_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is not None:
        return index(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    fold = _check_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _class_name(obj):
    # As CPython's C type names: "datetime.date" for the module's own classes, the bare
    # class name for subclasses.
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _divide_and_round(a, b):
    """a / b rounded half to even, in integers."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a utcoffset timedelta (or '' for None)."""
    if off is None:
        return ''
    us = off._to_microseconds()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, _US_PER_SECOND)
    hh, rest = divmod(seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        text += '%s%02d' % (sep, ss)
        if us:
            text += '.%06d' % us
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _call_tz(tz, method, dt):
    """utcoffset()/dst() of `tz` for `dt`, checked as CPython checks them."""
    if tz is None:
        return None
    off = getattr(tz, method)(dt)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not \'%s\''
                        % (method, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (off,))
    return off


def _wrap_strftime(fmt, timetuple, microsecond, utcoffset, tzname):
    """strftime with Python's own directives (%f, %z, %Z) done here, the rest by
    time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            out.append('%06d' % microsecond)
        elif d == 'z':
            out.append(_format_offset(utcoffset, '') if utcoffset is not None else '')
        elif d == 'Z':
            out.append((tzname or '').replace('%', '%%'))
        else:
            out.append('%' + d)
    return _time.strftime(''.join(out), timetuple)


# --- timedelta ---

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if type(days) is int and type(seconds) is int and type(microseconds) is int \
                and not (milliseconds or minutes or hours or weeks):
            # The common case, in exact integers without the general loop.
            return cls._from_microseconds((days * 86400 + seconds) * _US_PER_SECOND
                                          + microseconds)
        whole = 0
        fraction = 0.0
        for value, scale in ((days, _US_PER_DAY), (seconds, _US_PER_SECOND),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60 * _US_PER_SECOND), (hours, 3600 * _US_PER_SECOND),
                             (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                whole += value * scale
            elif isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert float %s to integer' % value)
                int_part = int(value)
                whole += int_part * scale
                fraction += (value - int_part) * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (_COMPONENT_NAMES[scale], type(value).__name__))
        if fraction:
            whole += round(fraction)
        return cls._from_microseconds(whole)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, microseconds = divmod(us, _US_PER_SECOND)
        days, seconds = divmod(seconds, 86400)
        if not -999999999 <= days <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_class_name(self), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


_COMPONENT_NAMES = {
    _US_PER_DAY: 'days', _US_PER_SECOND: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
    60 * _US_PER_SECOND: 'minutes', 3600 * _US_PER_SECOND: 'hours', 7 * _US_PER_DAY: 'weeks',
}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ---

class IsoCalendarDate(tuple):
    """(year, week, weekday), as date.isocalendar() returns it."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def _trusted(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Constructors.

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(_whole_seconds(t))
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1' if n < 1 else 'year %d is out of range'
                             % (_ordinal_to_ymd(n)[0]))
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            ymd = _parse_iso_date(date_string)
        except _IsoError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # Reading.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif today >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), yday, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # Text.

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_class_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    # Comparison and arithmetic.

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_class_name(other), _class_name(self)))
        return False

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAXORDINAL:
                return type(self)._trusted(*_ordinal_to_ymd(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_iso_calendar(year, week, day):
    year = _check_int(year)
    week = _check_int(week)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # Week 53 exists in years starting on a Thursday, and in leap years starting on a
        # Wednesday.
        first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or (first_weekday == 3 and _is_leap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class _IsoError(Exception):
    pass


def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise _IsoError
    return int(part)


def _parse_iso_date(s):
    """YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYY-Www-D, YYYYWww, YYYYWwwD."""
    year = _digits(s, 0, 4)
    has_sep = s[4:5] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if has_sep:
                if s[pos] != '-':
                    raise _IsoError
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise _IsoError
        try:
            return _from_iso_calendar(year, week, day)
        except ValueError:
            raise _IsoError from None
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != '-':
            raise _IsoError
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise _IsoError
    return year, month, day


def _parse_iso_time(s):
    """HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]|Z], also without colons:
    (hour, minute, second, microsecond, tzinfo or None)."""
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tz = _parse_iso_offset(s[i:])
            s = s[:i]
            break
    fields = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for i in range(3):
        fields[i] = _digits(s, pos, 2)
        pos += 2
        if pos == len(s):
            break
        ch = s[pos]
        if i < 2 and ch == ':':
            if has_sep is False:
                raise _IsoError
            has_sep = True
            pos += 1
        elif i < 2 and ch.isdigit():
            if has_sep:
                raise _IsoError
            has_sep = False
        elif i == 2 and ch in '.,':
            pos += 1
            frac = s[pos:]
            if not frac or not frac.isdigit() or not frac.isascii():
                raise _IsoError
            fields[3] = int((frac + '00000')[:6])
            pos = len(s)
            break
        else:
            raise _IsoError
    if pos != len(s):
        raise _IsoError
    return fields[0], fields[1], fields[2], fields[3], tz


def _parse_iso_offset(s):
    if s == 'Z':
        return timezone.utc
    if s[0] not in '+-' or len(s) < 3:
        raise _IsoError
    sign = -1 if s[0] == '-' else 1
    hh, mm, ss, us, extra = _parse_iso_time(s[1:])
    if extra is not None:
        raise _IsoError
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(sign * off)


def _whole_seconds(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        return int(t // 1)
    return _check_int(t)


# --- tzinfo and timezone ---

class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """`dt` (in UTC, with tzinfo self) as local time of this zone."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    _NO_NAME = object()

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._NO_NAME:
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24)'
                             ' and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_class_name(self), self._offset)
        return '%s(%r, %r)' % (_class_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                if not self._offset:
                    return 'UTC'
                return 'UTC' + _format_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __reduce__(self):
        if self._name is None:
            return (timezone, (self._offset,))
        return (timezone, (self._offset, self._name))


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC


# --- time ---

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            hh, mm, ss, us, tz = _parse_iso_time(s)
        except _IsoError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(hh, mm, ss, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _call_tz(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _call_tz(self._tzinfo, 'dst', None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_class_name(self), text)

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(fmt, tt, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _seconds_key(self):
        """(microseconds since midnight in UTC, or local if naive; aware?)"""
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond
        off = self.utcoffset()
        if off is None:
            return us, False
        return us - off._to_microseconds(), True

    def _compare(self, other):
        if not isinstance(other, time):
            return None
        if self._tzinfo is other._tzinfo:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return _cmp(a, b)
        a, aware_a = self._seconds_key()
        b, aware_b = other._seconds_key()
        if aware_a != aware_b:
            return 'mixed'
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._compare(other)
        if c is None:
            return NotImplemented
        return c == 0

    def _order(self, other):
        c = self._compare(other)
        if c == 'mixed':
            raise TypeError("can't compare offset-naive and offset-aware times")
        return c

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._seconds_key()[0])
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ---

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # Constructors.

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            seconds = int(t // 1)
            us = round((t - seconds) * 1e6)
            if us >= 1000000:
                seconds += 1
                us -= 1000000
        else:
            seconds = _check_int(t)
            us = 0
        tm = _time.gmtime(seconds) if utc else _time.localtime(seconds)
        try:
            result = cls._make(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
            _check_date_fields(tm[0], tm[1], tm[2])
        except ValueError:
            raise ValueError('year %d is out of range' % tm[0]) from None
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        utc = cls._from_timestamp(t, True, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        # The date part is 7, 8 or 10 characters (week dates, basic, extended).
        if len(s) >= 8 and s[4:5] == '-' and s[5:6] != 'W':
            date_len = 10
        elif len(s) >= 5 and 'W' in s[4:6]:
            date_len = 8 if s[4:5] == '-' else 7
            if len(s) > date_len and s[date_len:date_len + 1] == '-':
                date_len += 2
            elif len(s) > date_len and s[date_len:date_len + 1].isdigit():
                date_len += 1
        else:
            date_len = 8
        try:
            ymd = _parse_iso_date(s[:date_len])
            if len(s) > date_len:
                if len(s) == date_len + 1:
                    raise _IsoError
                hh, mm, ss, us, tz = _parse_iso_time(s[date_len + 1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except _IsoError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(ymd[0], ymd[1], ymd[2], hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        parts = _time._strptime_parts(date_string, format)
        year, month, day, hh, mm, ss, us, off, off_us, tzname = parts
        tz = None
        if off is not None:
            delta = timedelta(seconds=off, microseconds=off_us)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
        return cls(year, month, day, hh, mm, ss, us, tz)

    # Reading.

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _call_tz(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _call_tz(self._tzinfo, 'dst', self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        yday = self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = (self - off).replace(tzinfo=None)
        yday = dt.toordinal() - _ymd_to_ordinal(dt._year, 1, 1) + 1
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), yday, 0))

    def _local_timestamp(self):
        """The POSIX timestamp of this naive datetime read as local time."""
        tt = (self._year, self._month, self._day, self._hour, self._minute, self._second,
              0, 1, -1)
        return int(_time.mktime(tt))

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        off = self.utcoffset()
        me = self
        if off is None:
            # Naive: read as local time.
            local = _local_timezone(self._local_timestamp())
            me = self.replace(tzinfo=local)
            off = local._offset
        if tz is None:
            utc_seconds = (me._utc_microseconds(off) - _EPOCH_US) // _US_PER_SECOND
            tz = _local_timezone(utc_seconds)
        if me._tzinfo is tz:
            return me
        utc = (me - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Text.

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = ', '.join('%d' % f for f in fields)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_class_name(self), text)

    def isoformat(self, sep='T', timespec='auto'):
        text = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second,
                                                    self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return _time.asctime(self.timetuple())

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self.timetuple(), self._microsecond, self.utcoffset(),
                              self.tzname())

    # Comparison and arithmetic.

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _utc_microseconds(self, off):
        days = self.toordinal()
        us = ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * _US_PER_SECOND + self._microsecond)
        if off is not None:
            us -= off._to_microseconds()
        return us

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, _date_class) and not equality:
                raise TypeError("can't compare %s to %s" % (_class_name(self),
                                                            _class_name(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._naive_key(), other._naive_key())
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._utc_microseconds(a_off), other._utc_microseconds(b_off))

    def __eq__(self, other):
        c = self._compare(other, True)
        if c is None:
            return NotImplemented if not isinstance(other, _date_class) else False
        return c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._naive_key())
            else:
                self._hashcode = hash(self._utc_microseconds(off))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # other's seconds and microseconds are normalised, so each carries at most once.
        us = self._microsecond + other._microseconds
        seconds = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        days = other._days
        if us >= _US_PER_SECOND:
            us -= _US_PER_SECOND
            seconds += 1
        if seconds >= 86400:
            seconds -= 86400
            days += 1
        if days:
            n = self.toordinal() + days
            if not 0 < n <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            y, m, d = _ordinal_to_ymd(n)
        else:
            y, m, d = self._year, self._month, self._day
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)._make(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if self._tzinfo is other._tzinfo:
            a_off = b_off = None
        elif (a_off is None) != (b_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_microseconds(self._utc_microseconds(a_off)
                                            - other._utc_microseconds(b_off))

    def __reduce__(self):
        return (type(self), self._naive_key() + (self._tzinfo,))


_date_class = date
_time_class = time
_OWN_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_US = _EPOCH._utc_microseconds(None)


def _local_timezone(utc_seconds):
    """The local zone at a moment, as a fixed-offset timezone named like the C library's."""
    tm = _time.localtime(utc_seconds)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
