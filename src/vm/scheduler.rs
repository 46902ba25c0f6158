//! The scheduler seam (DESIGN.md principle 5): the switching policy and the clock behind one
//! interface. The GIL asks it how long a waiter waits before requesting a switch; `time`
//! asks it for the time and to sleep. [`RealTime`] is the wall-clock implementation; a
//! deterministic scheduler (seeded switch points, virtual time) plugs in here without
//! touching the opcodes or the modules.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::thread::{WaitContext, WaitResult};

pub trait Scheduler: Send + Sync {
    /// How long a thread wanting the GIL waits before asking the holder to drop it.
    fn switch_interval(&self) -> Duration;
    fn set_switch_interval(&self, interval: Duration);
    /// Monotonic time since the interpreter started (`time.monotonic`, `perf_counter`).
    fn monotonic(&self) -> Duration;
    /// Time since the Unix epoch (`time.time`).
    fn wall_clock(&self) -> Duration;
    /// Sleeps for `d` (called without the GIL); interrupted by Ctrl-C on the main thread.
    fn sleep(&self, ctx: &WaitContext, d: Duration) -> WaitResult;
}

/// Real time: the OS clock and CPython's 5 ms default switch interval.
pub struct RealTime {
    interval_us: AtomicU64,
    start: Instant,
}

impl Default for RealTime {
    fn default() -> Self {
        RealTime {
            interval_us: AtomicU64::new(5000),
            start: Instant::now(),
        }
    }
}

impl Scheduler for RealTime {
    fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    fn set_switch_interval(&self, interval: Duration) {
        let micros = u64::try_from(interval.as_micros()).unwrap_or(u64::MAX);
        self.interval_us.store(micros.max(1), Ordering::Relaxed);
    }

    fn monotonic(&self) -> Duration {
        self.start.elapsed()
    }

    fn wall_clock(&self) -> Duration {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
    }

    fn sleep(&self, ctx: &WaitContext, d: Duration) -> WaitResult {
        // Past what the clock can represent (centuries), the sleep has no end.
        let deadline = Instant::now().checked_add(d);
        ctx.wait_until(deadline, |slice| {
            std::thread::sleep(slice);
            false
        })
    }
}
