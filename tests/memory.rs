//! Memory ceilings: scripts in `tests/memory/` run under the `pyth` binary while this test
//! samples the child's peak resident set size (`VmHWM` in `/proc/<pid>/status`, which the
//! kernel keeps as a running maximum, so sampling every few milliseconds loses at most the
//! growth of the last interval). Linux only; elsewhere the tests are skipped.

#[cfg(target_os = "linux")]
mod linux {
    use std::process::{Command, Stdio};
    use std::time::Duration;

    /// `VmHWM` of a live process, in KiB.
    fn peak_rss_kib(pid: u32) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// Runs `tests/memory/NAME.py`; returns (stdout, peak RSS in MiB).
    fn run(name: &str) -> (String, u64) {
        let script = format!("{}/tests/memory/{name}.py", env!("CARGO_MANIFEST_DIR"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_pyth"))
            .args(["run", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pyth starts");
        let pid = child.id();
        let mut peak = 0;
        let status = loop {
            if let Some(kib) = peak_rss_kib(pid) {
                peak = peak.max(kib);
            }
            match child.try_wait().expect("wait for pyth") {
                Some(status) => break status,
                None => std::thread::sleep(Duration::from_millis(5)),
            }
        };
        let out = child.wait_with_output().expect("pyth output");
        assert!(
            status.success(),
            "{name}: {status}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            peak / 1024,
        )
    }

    #[test]
    fn e1_cycles_are_collected() {
        let (out, peak_mib) = run("e1_cycles_collected");
        assert_eq!(out, "done\n");
        // CPython: 13 MB; pyth without a cycle collector: about 290 MB.
        assert!(peak_mib < 60, "peak RSS {peak_mib} MiB");
    }

    #[test]
    fn a_big_live_list_does_not_grow_under_collections() {
        let (out, peak_mib) = run("big_list_then_cycles");
        assert_eq!(out, "1000000 45\n");
        // The list's 16 MB plus its growth slack; CPython: 52 MB.
        assert!(peak_mib < 60, "peak RSS {peak_mib} MiB");
    }
}
