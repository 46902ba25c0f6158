# datetime: timezone, tzinfo subclasses, astimezone, timestamps (UTC and by property).
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

print(repr(timezone.utc), timezone.utc, UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
minus = timezone(timedelta(hours=-3, minutes=-30))
print(repr(minus), minus, repr(timezone(timedelta(hours=1), 'CET')), timezone(timedelta(hours=1), 'CET'))
print(timezone.max, timezone.min, minus.utcoffset(None), minus.dst(None), minus.tzname(None))
print(timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), 'X'), len({timezone.utc, timezone(timedelta(0), 'Z')}))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
print(u, repr(u), u.utcoffset(), u.tzname(), u.dst())
k = u.astimezone(ist)
print(k, repr(k), k == u, hash(k) == hash(u), k.tzname(), k - u, k.strftime('%H:%M %z %Z'))
print(datetime(2024, 1, 5, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=5, seconds=7))).isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=ist))
print(datetime.utcfromtimestamp(1700000000.5), datetime.utcfromtimestamp(0).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), u.timestamp(), k.timestamp())
print(datetime.fromtimestamp(1700000000).timestamp(), datetime.fromtimestamp(1700000000.25).microsecond)
print(datetime.fromtimestamp(1700000000, timezone.utc).timetuple())
print(u.utctimetuple(), k.utctimetuple() == u.utctimetuple())
now = datetime.now()
aware_now = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, aware_now.tzinfo, now > datetime(2024, 1, 1), abs(aware_now.timestamp() - now.timestamp()) < 5)
print(abs((datetime.utcnow() - aware_now.replace(tzinfo=None)).total_seconds()) < 5, date.today() >= date(2024, 1, 1))
local = datetime(2024, 6, 1, 12).astimezone()
print(local.tzinfo is not None, local.replace(tzinfo=None) == datetime(2024, 6, 1, 12), local.utcoffset() == local.tzinfo.utcoffset(local))
print(u.astimezone().astimezone(timezone.utc) == u)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%r)' % self.name


m = datetime(2024, 6, 1, 12, tzinfo=Fixed(1, 'MYT'))
print(m, repr(m), m.utcoffset(), m.tzname(), m.strftime('%z %Z'), m.astimezone(timezone.utc), m.timetuple().tm_isdst)
print(u.astimezone(Fixed(-8, 'PST')), time(12, tzinfo=Fixed(2, 'X')).isoformat(), time(1, 2, 3, tzinfo=timezone.utc))
print(m == datetime(2024, 6, 1, 11, tzinfo=timezone.utc), m < datetime(2024, 6, 1, 12, tzinfo=timezone.utc))
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
