# time: struct_time, gmtime/localtime/mktime round trips, strftime/strptime, errors.
import time

g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], len(g), tuple(g)[:3], g.tm_zone, g.tm_gmtoff, type(g).__name__)
print(time.gmtime(1700000000.7), time.gmtime(-1).tm_year)
print(time.asctime(g), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
t = 1700000000
lt = time.localtime(t)
print(time.mktime(lt) == t, lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1, isinstance(lt.tm_zone, str))
print(time.ctime(t) == time.asctime(time.localtime(t)), time.strftime('%Y', time.localtime()) >= '2024')
print(isinstance(time.timezone, int), isinstance(time.altzone, int), len(time.tzname), time.daylight in (0, 1))
fixed = (2024, 1, 5, 13, 4, 5, 4, 5, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%', fixed))
print(time.strftime('%c|%x|%X|%D|%F|%T|%R|%r|%e|%u|%w|%U|%W|%G|%V|%C', fixed))
print(time.strftime('%Q %f', fixed), time.strftime('', fixed) == '')
print(time.strptime('2024-02-03 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mon Jan  1 00:00:00 2024'))
print(time.strptime('5 pm, March 3 99', '%I %p, %B %d %y'))
print(time.strptime('2024 100', '%Y %j'), time.strptime('12/31/99', '%m/%d/%y').tm_yday)
z = time.strptime('2024 UTC +0130', '%Y %Z %z')
print(z, z.tm_zone, z.tm_gmtoff)
st = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, st == (2024, 1, 2, 3, 4, 5, 6, 7, 0))
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
for bad in [lambda: time.strftime('%Y', (1, 2)), lambda: time.mktime(5),
            lambda: time.strftime('%Y', (2024, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strptime('2023-02-30', '%Y-%m-%d'), lambda: time.strptime('1', '%Q'),
            lambda: time.localtime(float('nan')), lambda: time.ctime('x'),
            lambda: time.strptime(1, '%Y'), lambda: time.strptime('1', 2),
            lambda: time.gmtime(2 ** 70), lambda: time.asctime((1,)),
            lambda: time.strftime(1), lambda: time.strptime('2024', '%d'),
            lambda: time.strptime('2024-01-01x', '%Y-%m-%d'), lambda: time.gmtime(1e30),
            lambda: time.strftime('%Y', 5), lambda: time.struct_time((1, 2)),
            lambda: time.strptime('x', '%Y')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(time.thread_time()).__name__, type(time.process_time_ns()).__name__, type(time.monotonic_ns()).__name__)
a, b = time.perf_counter_ns(), time.perf_counter_ns()
print(b >= a, abs(time.time_ns() // 10**9 - int(time.time())) <= 1)
