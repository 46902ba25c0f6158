//! Script tests: every `tests/scripts/**/NAME.py` is run as `pyth run NAME.py` (working
//! directory: the script's directory, stdin: /dev/null) and must behave as CPython 3.11 did:
//!
//! - stdout equals `NAME.out` exactly;
//! - the exit code equals `NAME.code` if present, else 0;
//! - stderr ends with `NAME.err` if present, else stderr is empty.
//!
//! The expectations are produced by `python3 tests/scripts/regen.py`; this test never runs
//! Python. Files whose name starts with `_` (helper modules) and directories whose name starts
//! with `_` or that contain an `__init__.py` (packages imported by scripts) are not tests, nor
//! is anything under a directory named `helpers`.
//!
//! Each script is its own test, named after its path with `::` separators (`lang::closures`,
//! `errors::zero_division`), so the usual filters work:
//! `cargo test --test scripts -- lang::`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long one script may run before it is killed and failed: far above the slowest script
/// (about 9 s in a debug build), so a machine loaded by other builds does not fail it.
const TIMEOUT: Duration = Duration::from_secs(60);

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts")
}

/// Whether a directory holds script tests (packages and helper folders do not).
fn is_test_dir(dir: &Path) -> bool {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('_')
        && !name.starts_with('.')
        && name != "helpers"
        && !dir.join("__init__.py").exists()
}

/// Collects every test script under `dir`, recursively, sorted by path.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            if is_test_dir(&path) {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if !stem.starts_with('_') && dir != scripts_dir() {
                out.push(path);
            }
        }
    }
}

/// The test name: the path below `tests/scripts` without `.py`, joined with `::`.
fn test_name(path: &Path) -> String {
    let rel = path.strip_prefix(scripts_dir()).unwrap_or(path);
    let rel = rel.with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
}

/// Runs `pyth run NAME.py` in the script's directory, killing it after `TIMEOUT`.
fn run_script(script: &Path) -> Result<Outcome, String> {
    let dir = script.parent().expect("script has a parent directory");
    let file = script.file_name().expect("script has a file name");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyth"))
        .arg("run")
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawning pyth: {e}"))?;

    // Drain both pipes on their own threads so a chatty script cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child
            .try_wait()
            .map_err(|e| format!("waiting for pyth: {e}"))?
        {
            Some(status) => break status,
            None if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| format!("waiting for pyth: {e}"))?;
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: status.code(),
        timed_out,
    })
}

/// A line diff (longest common subsequence), `-` for expected, `+` for actual, with a little
/// context around each change. Inputs are small, so the quadratic table is fine; very long
/// inputs fall back to showing both in full.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    if a.len() * b.len() > 4_000_000 {
        return format!("--- expected\n{expected}\n+++ actual\n{actual}");
    }
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // Build the edit script: (tag, line).
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    const CONTEXT: usize = 2;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = String::new();
    let mut last_shown: Option<usize> = None;
    for (k, (tag, line)) in ops.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| c + CONTEXT >= k && k + CONTEXT >= c);
        if !near {
            continue;
        }
        if let Some(prev) = last_shown
            && k > prev + 1
        {
            out.push_str("   ...\n");
        }
        out.push_str(&format!("{tag}  {line}\n"));
        last_shown = Some(k);
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(the final newline differs)\n");
    }
    out
}

/// Reads an expectation file if it exists.
fn read_opt(path: &Path) -> Result<Option<String>, Failed> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|e| format!("{} is not UTF-8: {e}", path.display()).into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("reading {}: {e}", path.display()).into()),
    }
}

fn check(script: &Path) -> Result<(), Failed> {
    let expected_out = read_opt(&script.with_extension("out"))?.ok_or_else(|| {
        format!(
            "missing {} (run python3 tests/scripts/regen.py)",
            script.with_extension("out").display()
        )
    })?;
    let expected_code: i32 = match read_opt(&script.with_extension("code"))? {
        Some(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad {}: {e}", script.with_extension("code").display()))?,
        None => 0,
    };
    let expected_err = read_opt(&script.with_extension("err"))?;

    let outcome = run_script(script)?;
    let mut problems = Vec::new();
    if outcome.timed_out {
        problems.push(format!("timed out after {}s", TIMEOUT.as_secs()));
    }
    if outcome.code != Some(expected_code) {
        problems.push(format!(
            "exit code: expected {expected_code}, got {}",
            outcome.code.map_or_else(
                || "none (killed by a signal)".to_string(),
                |c| c.to_string()
            )
        ));
    }
    if outcome.stdout != expected_out {
        problems.push(format!(
            "stdout differs (- expected, + actual):\n{}",
            diff(&expected_out, &outcome.stdout)
        ));
    }
    match &expected_err {
        Some(tail) => {
            let tail_trimmed = tail.trim_end_matches('\n');
            let got = outcome.stderr.trim_end_matches('\n');
            if !got.ends_with(tail_trimmed) {
                problems.push(format!(
                    "stderr should end with:\n{}\nactual stderr:\n{}",
                    indent(tail_trimmed),
                    indent(&outcome.stderr)
                ));
            }
        }
        None => {
            if !outcome.stderr.is_empty() {
                problems.push(format!(
                    "stderr should be empty, got:\n{}",
                    indent(&outcome.stderr)
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}\n"))
        .collect::<String>()
}

fn main() {
    let args = Arguments::from_args();
    let mut scripts = Vec::new();
    collect(&scripts_dir(), &mut scripts);
    let trials = scripts
        .into_iter()
        .map(|path| Trial::test(test_name(&path), move || check(&path)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
