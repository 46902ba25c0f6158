people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
lst = [3, 1, 2]
lst.sort(key=lambda x: -x)
print(lst)
records = [{"k": i % 3, "i": i} for i in range(9)]
print([r["i"] for r in sorted(records, key=lambda r: r["k"])])
print([r["i"] for r in sorted(records, key=lambda r: r["k"], reverse=True)])
print(sorted([1.5, -2, 3, 0, True]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted({3: "a", 1: "b"}))
print(sorted([], key=len), sorted([(1, "b"), (1, "a")]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
