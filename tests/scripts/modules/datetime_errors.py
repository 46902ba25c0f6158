# datetime: CPython's exceptions and messages for bad input.
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(r))


attempt('month', lambda: datetime(2023, 13, 1))
attempt('day', lambda: datetime(2023, 2, 29))
attempt('day0', lambda: date(2023, 1, 0))
attempt('year0', lambda: date(0, 1, 1))
attempt('year10000', lambda: date(10000, 1, 1))
attempt('float', lambda: date(2024.0, 1, 1))
attempt('str', lambda: date('2024', 1, 1))
attempt('missing', lambda: datetime(2023))
attempt('hour', lambda: time(24))
attempt('minute', lambda: time(1, 60))
attempt('second', lambda: datetime(2024, 1, 1, 1, 1, 60))
attempt('micro', lambda: time(1, 1, 1, 1000000))
attempt('fold', lambda: time(fold=2))
attempt('tzinfo', lambda: datetime(2024, 1, 1, tzinfo=5))
attempt('days', lambda: timedelta(days=10 ** 9))
attempt('tdtype', lambda: timedelta(days='x'))
attempt('naive-aware-sub', lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt('naive-aware-lt', lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt('naive-aware-eq', lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt('date-datetime', lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
attempt('tz-type', lambda: timezone(5))
attempt('tz-range', lambda: timezone(timedelta(hours=24)))
attempt('tz-name', lambda: timezone(timedelta(hours=1), 5))
attempt('iso-bad', lambda: datetime.fromisoformat('2024-1-5'))
attempt('iso-x', lambda: date.fromisoformat('x'))
attempt('iso-month', lambda: date.fromisoformat('2024-13-01'))
attempt('iso-type', lambda: date.fromisoformat(5))
attempt('iso-hour', lambda: datetime.fromisoformat('2024-01-05T25:00'))
attempt('iso-time', lambda: time.fromisoformat('10:61'))
attempt('strptime', lambda: datetime.strptime('2024-01-05', '%Y/%m/%d'))
attempt('strptime-rest', lambda: datetime.strptime('2024-01-05 x', '%Y-%m-%d'))
attempt('strptime-day', lambda: datetime.strptime('2023-02-29', '%Y-%m-%d'))
attempt('timespec', lambda: datetime(2024, 1, 1).isoformat(timespec='x'))
attempt('overflow', lambda: date.max + timedelta(1))
attempt('overflow-dt', lambda: datetime.max + timedelta(1))
attempt('ordinal', lambda: date.fromordinal(0))
attempt('isocal', lambda: date.fromisocalendar(2024, 54, 1))
attempt('isoday', lambda: date.fromisocalendar(2024, 1, 8))
attempt('strftime-type', lambda: date(2024, 1, 1).strftime(5))
attempt('combine', lambda: datetime.combine(1, time()))
