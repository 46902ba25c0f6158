"""Heap queue algorithm (a.k.a. priority queue), as CPython's pure-Python heapq."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'merge', 'nlargest',
           'nsmallest']


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily; stable: ties come from the
    earlier input first)."""
    # Entries are [sort value, input order, current item, iterator]; the input order breaks
    # ties so items themselves are never compared and the merge stays stable.
    direction = -1 if reverse else 1
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for item in it:
            value = item if key is None else key(item)
            entries.append([value, order * direction, item, it])
            break
    if reverse:
        select = max
    else:
        select = min
    while entries:
        if len(entries) == 1:
            value, order, item, it = entries[0]
            yield item
            yield from it
            return
        best = select(entries, key=lambda e: (e[0], e[1]))
        yield best[2]
        for item in best[3]:
            best[0] = item if key is None else key(item)
            best[2] = item
            break
        else:
            entries.remove(best)
