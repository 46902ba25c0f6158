//! Issue 12 cases that a script test cannot check: the full traceback text, what a program
//! leaves in a file after it exits, and source files that are not UTF-8. Expected texts come
//! from `python3` 3.11 on the same programs.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyth-reliability-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A fresh path in this run's temp directory.
fn temp_path(ext: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    temp_dir().join(format!("t{}.{ext}", N.fetch_add(1, Ordering::SeqCst)))
}

/// Runs `pyth run` on `source`; (exit code, stdout, stderr).
fn run_source(source: &[u8]) -> (i32, String, String) {
    let script = temp_path("py");
    std::fs::write(&script, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyth"))
        .arg("run")
        .arg(&script)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn recursion_traceback_collapses_repeated_lines() {
    let (code, _, err) = run_source(b"def r(n):\n    return r(n + 1)\nr(0)\n");
    assert_eq!(code, 1);
    let tail: Vec<&str> = err.lines().rev().take(5).collect();
    assert_eq!(
        tail,
        [
            "RecursionError: maximum recursion depth exceeded",
            "  [Previous line repeated 996 more times]",
            "           ^^^^^^^^",
            "    return r(n + 1)",
            tail[4],
        ]
    );
    assert!(tail[4].ends_with(", line 2, in r"), "{err}");
    // Exactly three uncollapsed copies of the repeated entry, as CPython prints.
    assert_eq!(err.matches("in r\n").count(), 3, "{err}");
}

#[test]
fn alternating_frames_are_not_collapsed_and_one_repeat_is_singular() {
    let src = b"def a(n):\n    if n:\n        return a(n - 1)\n    raise ValueError('v')\na(4)\n";
    let (code, _, err) = run_source(src);
    assert_eq!(code, 1);
    // 5 frames of `a` at line 3 -> 3 shown, then "repeated 1 more time", then the last at line 4.
    assert!(
        err.contains("  [Previous line repeated 1 more time]\n"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: v\n"), "{err}");
}

#[test]
fn file_left_open_at_exit_is_flushed_even_from_a_cycle() {
    let log = temp_path("log");
    let src = format!(
        "log = open({log:?}, 'w')\n\
         class Node:\n    pass\n\
         n = Node(); n.me = n; n.f = log\n\
         def main():\n    for i in range(3):\n        log.write(f'line {{i}}\\n')\n\
         main()\nprint('written')\n",
        log = log.to_str().unwrap()
    );
    let (code, out, _) = run_source(src.as_bytes());
    assert_eq!((code, out.as_str()), (0, "written\n"));
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "line 0\nline 1\nline 2\n"
    );
}

#[test]
fn latin1_cookie_decodes_the_file_and_unknown_encoding_is_a_syntax_error() {
    let (code, out, _) =
        run_source(b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n");
    assert_eq!((code, out.as_str()), (0, "caf\u{e9} 4\n"));
    let (code, _, err) = run_source(b"# coding: klingon\nprint(1)\n");
    assert_eq!(code, 1);
    assert!(
        err.ends_with("SyntaxError: encoding problem: klingon\n"),
        "{err}"
    );
}

#[test]
fn a_function_with_70000_locals_compiles_and_runs() {
    let mut src = String::from("def f():\n");
    for i in 0..70_000 {
        src.push_str(&format!("    v{i} = {i}\n"));
    }
    src.push_str("    return v0 + v69999\nprint(f())\n");
    let (code, out, err) = run_source(src.as_bytes());
    assert_eq!((code, out.as_str()), (0, "69999\n"), "{err}");
}
