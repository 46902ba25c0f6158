//! Shared by the integration tests: running a child process (usually the `pyth` binary) with
//! its output captured, a timeout, and its peak resident set size sampled while it runs.
// Each test crate uses a different part of this module.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a child process ended.
pub struct ChildRun {
    pub stdout: String,
    pub stderr: String,
    /// `None`: killed by a signal (an abort).
    pub code: Option<i32>,
    pub elapsed: Duration,
    /// The highest `VmHWM` (peak resident set, KiB) seen while it ran; 0 where `/proc` is
    /// not available.
    pub peak_rss_kib: u64,
}

/// `VmHWM` of a live process, in KiB (Linux; `None` elsewhere or once it has exited).
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `cmd` with stdout and stderr captured and `input` on its stdin (`None`: /dev/null).
/// After `timeout` the child is killed and `Err` carries what it wrote to stderr.
pub fn run_child(
    cmd: &mut Command,
    input: Option<Vec<u8>>,
    timeout: Duration,
) -> Result<ChildRun, String> {
    let mut child = cmd
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawning {cmd:?}: {e}"))?;
    let writer = input.map(|bytes| {
        let mut stdin = child.stdin.take().expect("piped stdin");
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        })
    });
    let read_all = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out_reader = read_all(Box::new(child.stdout.take().expect("piped stdout")));
    let err_reader = read_all(Box::new(child.stderr.take().expect("piped stderr")));
    let start = Instant::now();
    let mut peak = 0;
    let status = loop {
        if let Some(kib) = peak_rss_kib(child.id()) {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait().map_err(|e| format!("waiting: {e}"))? {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(err_reader.join().unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(ChildRun {
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
        code: status.code(),
        elapsed,
        peak_rss_kib: peak,
    })
}
