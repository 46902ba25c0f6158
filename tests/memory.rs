//! Memory ceilings: scripts in `tests/memory/` run under the `pyth` binary while this test
//! samples the child's peak resident set size (`VmHWM` in `/proc/<pid>/status`, which the
//! kernel keeps as a running maximum, so sampling every few milliseconds loses at most the
//! growth of the last interval). Linux only; elsewhere the tests are skipped.

mod common;

#[cfg(target_os = "linux")]
mod linux {
    use std::process::Command;
    use std::time::Duration;

    use super::common;

    /// Runs `tests/memory/NAME.py`; returns (stdout, peak RSS in MiB).
    fn run(name: &str) -> (String, u64) {
        let script = format!("{}/tests/memory/{name}.py", env!("CARGO_MANIFEST_DIR"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyth"));
        cmd.args(["run", &script]);
        let run = common::run_child(&mut cmd, None, Duration::from_secs(300))
            .unwrap_or_else(|stderr| panic!("{name} timed out; stderr:\n{stderr}"));
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        (run.stdout, run.peak_rss_kib / 1024)
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
