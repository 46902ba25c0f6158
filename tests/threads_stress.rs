//! Thread stress tests: they run the `pyth` binary on scripts written to a temporary directory.
//!
//! - `race_*`: two threads doing 1,000,000 unprotected `counter += 1` each must lose updates
//!   (pyth switches threads at any instruction boundary, so the race is real), while the same
//!   loop under `with lock:` must be exact.
//! - `stress_shared_containers`: 64 threads hammer one list, one dict and one queue without
//!   locks; every run must finish (no panic, no deadlock) with a consistent result.
//!
//! Each run has a timeout; the elapsed time of every run is printed (`--nocapture` shows it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Iterations per thread in the race tests, as issue 4 specifies.
const RACE_ITERATIONS: u32 = 1_000_000;

/// How long one run of a race script may take (debug build, shared machine).
const RACE_TIMEOUT: Duration = Duration::from_secs(180);

/// How long one run of the stress script may take.
const STRESS_TIMEOUT: Duration = Duration::from_secs(60);

const UNPROTECTED: &str = r#"
import threading

N = @N@
counter = 0


def work():
    global counter
    for _ in range(N):
        counter += 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
"#;

const PROTECTED: &str = r#"
import threading

N = @N@
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
"#;

const STRESS: &str = r#"
import queue
import threading

THREADS = 64
ROUNDS = 200
KEYS = 50

shared_list = []
shared_dict = {}
shared_queue = queue.Queue()
stats = [None] * THREADS
start = threading.Barrier(THREADS)


def worker(i):
    appends = pops = puts = gets = sets = dels = 0
    start.wait()
    for k in range(ROUNDS):
        shared_list.append(i * ROUNDS + k)
        appends += 1
        if k % 2:
            try:
                shared_list.pop()
                pops += 1
            except IndexError:
                pass
        if k % 5 == 0:
            try:
                shared_list.pop(0)
                pops += 1
            except IndexError:
                pass
        key = (i * 7 + k) % KEYS
        shared_dict[key] = k
        sets += 1
        if k % 3 == 0:
            try:
                del shared_dict[(key + 1) % KEYS]
                dels += 1
            except KeyError:
                pass
        shared_queue.put(k)
        puts += 1
        if k % 2 == 0:
            try:
                shared_queue.get_nowait()
                gets += 1
            except queue.Empty:
                pass
    stats[i] = (appends, pops, puts, gets, sets, dels)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

appends = sum(s[0] for s in stats)
pops = sum(s[1] for s in stats)
puts = sum(s[2] for s in stats)
gets = sum(s[3] for s in stats)
checks = {
    "all threads reported": all(s is not None for s in stats),
    "list length": len(shared_list) == appends - pops,
    "list items": all(type(x) is int and 0 <= x < THREADS * ROUNDS for x in shared_list),
    "list unique": len(set(shared_list)) == len(shared_list),
    "queue size": shared_queue.qsize() == puts - gets,
    "dict keys": all(0 <= k < KEYS for k in shared_dict),
    "dict values": all(type(v) is int and 0 <= v < ROUNDS for v in shared_dict.values()),
    "dict size": len(shared_dict) <= KEYS,
    "only main left": threading.active_count() == 1,
}
drained = 0
while True:
    try:
        shared_queue.get_nowait()
        drained += 1
    except queue.Empty:
        break
checks["queue drained"] = drained == puts - gets and shared_queue.empty()
bad = [name for name, ok in checks.items() if not ok]
print("appends", appends, "pops", pops, "puts", puts, "gets", gets)
print("CONSISTENT" if not bad else "INCONSISTENT " + ", ".join(bad))
"#;

/// A fresh directory for this test's scripts.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyth-threads-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn write_script(dir: &Path, name: &str, source: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    path
}

mod common;
use common::ChildRun as Run;

/// Runs `pyth run SCRIPT ARGS...`, killing it (and failing the test) after `timeout`.
fn run(script: &Path, args: &[&str], timeout: Duration) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyth"));
    cmd.arg("run").arg(script).args(args);
    common::run_child(&mut cmd, None, timeout).unwrap_or_else(|stderr| {
        panic!(
            "{} timed out after {timeout:?} (deadlock?); stderr:\n{stderr}",
            script.display()
        )
    })
}

/// Runs a counter script and returns the printed counter.
fn counter_run(script: &Path) -> (u64, Duration) {
    let r = run(script, &[], RACE_TIMEOUT);
    assert_eq!(
        r.code,
        Some(0),
        "exit code; stdout:\n{}\nstderr:\n{}",
        r.stdout,
        r.stderr
    );
    assert!(r.stderr.is_empty(), "unexpected stderr:\n{}", r.stderr);
    let value = r
        .stdout
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("counter expected, got {:?}", r.stdout));
    (value, r.elapsed)
}

#[test]
fn race_unprotected_counter_loses_updates() {
    let dir = temp_dir("race");
    let source = UNPROTECTED.replace("@N@", &RACE_ITERATIONS.to_string());
    let script = write_script(&dir, "unprotected.py", &source);
    let total = u64::from(RACE_ITERATIONS) * 2;
    let mut lost_runs = 0;
    let mut values = Vec::new();
    for i in 0..5 {
        let (value, elapsed) = counter_run(&script);
        eprintln!("unprotected run {i}: counter = {value}, {elapsed:?}");
        assert!(value <= total, "counter {value} above {total}");
        if value < total {
            lost_runs += 1;
        }
        values.push(value);
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        lost_runs >= 4,
        "the race should lose updates in at least 4 of 5 runs; counters: {values:?}"
    );
}

#[test]
fn race_protected_counter_is_exact() {
    let dir = temp_dir("locked");
    let source = PROTECTED.replace("@N@", &RACE_ITERATIONS.to_string());
    let script = write_script(&dir, "protected.py", &source);
    let total = u64::from(RACE_ITERATIONS) * 2;
    for i in 0..5 {
        let (value, elapsed) = counter_run(&script);
        eprintln!("protected run {i}: counter = {value}, {elapsed:?}");
        assert_eq!(value, total, "with lock: run {i}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stress_shared_containers() {
    let dir = temp_dir("stress");
    let script = write_script(&dir, "stress.py", STRESS);
    for i in 0..20 {
        let r = run(&script, &[], STRESS_TIMEOUT);
        eprintln!("stress run {i}: {:?}", r.elapsed);
        assert_eq!(
            r.code,
            Some(0),
            "run {i}: exit code; stdout:\n{}\nstderr:\n{}",
            r.stdout,
            r.stderr
        );
        assert!(r.stderr.is_empty(), "run {i}: stderr:\n{}", r.stderr);
        assert!(
            r.stdout.lines().any(|l| l == "CONSISTENT"),
            "run {i}: inconsistent result:\n{}",
            r.stdout
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
