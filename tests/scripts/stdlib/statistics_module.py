# statistics: averages, spread, quantiles, errors, NormalDist, regression; summaries computed in pool workers.
import statistics as st
from concurrent.futures import ThreadPoolExecutor
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2]), st.mean([1.5, 2.5, 3.0]), st.mean([True, False, True]))
print(st.median(data), st.median([3, 1, 2]), st.median_low(data), st.median_high(data))
print(st.mode(data), st.mode(["a", "b", "b"]), st.multimode("aabbc"), st.multimode([]))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.quantiles(range(1, 101)), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method='inclusive'))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 5]))
print(st.mean([1e300, 1e300, -1e300]), st.stdev([1e-20, 2e-20, 3e-20]))
print(st.mean([float('nan'), 1.0]), st.mean([float('inf'), 1.0]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.quantiles([1]),
            lambda: st.harmonic_mean([-1, 2])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(isinstance(st.StatisticsError(), ValueError))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 6, 8, 10.5]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.pdf(100), 6), nd.zscore(85), nd.variance)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
def summarize(chunk):
    return st.mean(chunk), st.median(chunk), round(st.stdev(chunk), 6)
chunks = [list(range(i, i + 10)) for i in range(0, 50, 10)]
with ThreadPoolExecutor(4) as ex:
    for r in ex.map(summarize, chunks):
        print(r)
