# A Barrier synchronizes workers between phases of a stencil computation; the action records each phase.
import threading

N = 4
CELLS_PER_WORKER = 3
grid = [float(i * i % 7) for i in range(N * CELLS_PER_WORKER)]
next_grid = grid[:]
phase_log = []
leaders = []
leader_lock = threading.Lock()


def swap():
    global grid, next_grid
    grid, next_grid = next_grid, grid
    phase_log.append(round(sum(grid), 6))


barrier = threading.Barrier(N, action=swap)


def worker(wid):
    lo = wid * CELLS_PER_WORKER
    for phase in range(5):
        for i in range(lo, lo + CELLS_PER_WORKER):
            left = grid[i - 1] if i > 0 else grid[i]
            right = grid[i + 1] if i + 1 < len(grid) else grid[i]
            next_grid[i] = (left + grid[i] + right) / 3
        idx = barrier.wait()
        if idx == 0:
            with leader_lock:
                leaders.append(phase)


threads = [threading.Thread(target=worker, args=(w,), name=f"cell-{w}") for w in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("initial:", [float(i * i % 7) for i in range(N * CELLS_PER_WORKER)])
print("phase sums:", phase_log)
print("final:", [round(x, 3) for x in grid])
print("one leader per phase:", sorted(leaders))
print("barrier parties:", barrier.parties, "broken:", barrier.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("lonely wait timed out, broken:", b2.broken)
b2.reset()
print("after reset broken:", b2.broken)
