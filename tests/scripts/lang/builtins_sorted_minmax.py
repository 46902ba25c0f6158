print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
stable = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(stable, key=lambda p: p[1]))
print(sorted(stable, key=lambda p: p[1], reverse=True))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"))
print(min(words, key=len), max(words, key=len))
print(min([], default="empty"), max([], default=None))
print(max([1, 3, 3], key=lambda x: -x))
print(max([(1, "a"), (1, "b")]), min("b", "a", "c"))
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
lst = [5, 2, 8]
lst.sort()
print(lst)
lst.sort(key=lambda x: -x)
print(lst)
print(sorted([2.5, 1, True, 0]))
print(sorted(["b", "A", "a", "B"]))
