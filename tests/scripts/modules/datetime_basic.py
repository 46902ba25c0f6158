# datetime: construction, reprs, str, arithmetic, comparisons, formatting and parsing.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dt_module

print(repr(timedelta(days=1, seconds=3600)), timedelta(days=1, seconds=3600))
print(repr(timedelta(-1)), timedelta(-1, 5), repr(timedelta(microseconds=-1)), timedelta(microseconds=-1))
print(repr(timedelta(0)), timedelta(days=2, microseconds=100), timedelta(weeks=1, hours=-1).total_seconds())
print(timedelta(hours=1.5, minutes=0.001), timedelta(1) / 3, timedelta(1) * 0.1, timedelta(1) * 3)
print(timedelta(1) // timedelta(hours=5), timedelta(1) % timedelta(hours=5), divmod(timedelta(1), timedelta(hours=5)))
print(timedelta(1) / timedelta(hours=6), -timedelta(1, 1), abs(timedelta(-2)), +timedelta(3), timedelta(seconds=90061).days)
print(timedelta.max, timedelta.min, timedelta.resolution, bool(timedelta(0)), {timedelta(1): 'a'}[timedelta(hours=24)])
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=1)]), timedelta(milliseconds=1500))
d = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(repr(d), d, repr(datetime(2024, 1, 5)), repr(date(2024, 1, 5)), repr(time(1, 2)), repr(time(1, 2, 3, 4)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %z|%Z|%%'), f'{d:%d/%m/%Y}', f'{d.date()}', f'{d}')
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal())
print(d.timetuple())
print(date.fromordinal(d.toordinal()), date(2024, 1, 1).toordinal(), date.fromordinal(1))
print(d + timedelta(days=30), d - timedelta(hours=15), d - datetime(2024, 1, 1), date(2024, 3, 1) - date(2023, 3, 1))
print(date(2024, 2, 28) + timedelta(1), date(2023, 2, 28) + timedelta(1), date(2024, 12, 31) + timedelta(1))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), d.replace(year=2020, microsecond=0), d.date(), d.time())
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'), d.isoformat(timespec='milliseconds'))
print(time(12, 30).isoformat(), time(12, 30, 1, 500).isoformat('milliseconds'), time(5) < time(6), time(13, 5).strftime('%I:%M %p'))
print(d.ctime(), date(2024, 1, 1).ctime(), date(2024, 1, 1).strftime('%A %d %B %Y %H'))
print(date.fromisocalendar(2024, 1, 1), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(date.max, date.min, date.resolution, datetime.max, datetime.min, time.max, time.min)
print(dt_module.MINYEAR, dt_module.MAXYEAR)
for s in ['2024-01-05', '20240105', '2024-W01-5', '2024-01-05T10', '2024-01-05T10:11:12.5+01:00',
          '2024-01-05 10:11:12Z', '2024-01-05T10:11:12.123456789']:
    print(repr(datetime.fromisoformat(s)))
print(repr(date.fromisoformat('2024-02-29')), repr(time.fromisoformat('10:11')), repr(time.fromisoformat('10:11:12.5+05:30')))
print(datetime.strptime('2024-01-05 10:11', '%Y-%m-%d %H:%M'), repr(datetime.strptime('05/Jan/2024:10:11:12 +0530', '%d/%b/%Y:%H:%M:%S %z')))
print(datetime.strptime('3:04:05.25 PM', '%I:%M:%S.%f %p'), datetime.strptime('2024-06', '%Y-%m').date())
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), max(d, datetime(2025, 1, 1)))
print(date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) == date(2024, 1, 1), d == d.replace(), d != d.replace(second=0))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}), len({d, d.replace()}))


class Birthday(date):
    def age_on(self, other):
        return other.year - self.year


b = Birthday(2000, 5, 17)
print(repr(b), b.age_on(date(2024, 6, 1)), type(b.replace(year=2001)).__name__)
