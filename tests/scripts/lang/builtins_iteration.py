print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
stream = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(stream), "")))
class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]
print(list(reversed(SeqOnly())))
try:
    reversed({1: 2})
except TypeError as e:
    print(e)
m = map(int, ["1", "2"])
print(list(m), list(m))
e = enumerate("xy")
print(next(e), list(e))
d = {"b": 1, "a": 2}
print(list(d), list(zip(d, d.values())))
print(list(enumerate(zip("ab", "cd"))))
