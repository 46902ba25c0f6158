//! Whole-pipeline robustness: source text → parse → compile → run. Mutated real programs (the
//! fuzz corpus and the script tests) and random token soups are run by the pyth binary, which
//! must never panic (status 101 with "panicked at"), abort or die by a signal, and must not hang
//! on a program that cannot loop (no loops, functions, classes, imports or big arithmetic).
//!
//! The case count is small in `cargo test`; for a long campaign raise it and use the release
//! binary:
//!
//!     PYTH_FUZZ_CASES=20000 PYTH_FUZZ_BIN=target/release/pyth cargo test --release --test fuzz_pipeline
//!
//! A failing input is written to `$TMPDIR/pyth-pipeline-failure-*.py` for reproduction.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

const TIMEOUT: Duration = Duration::from_secs(10);

fn pyth_bin() -> PathBuf {
    match std::env::var_os("PYTH_FUZZ_BIN") {
        Some(p) => std::fs::canonicalize(&p).unwrap_or_else(|_| PathBuf::from(p)),
        None => PathBuf::from(env!("CARGO_BIN_EXE_pyth")),
    }
}

fn cases() -> u32 {
    std::env::var("PYTH_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

fn config() -> Config {
    Config {
        cases: cases(),
        max_shrink_iters: 200,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// Scripts that wait on the network, the clock or stdin make poor mutation seeds.
fn usable_seed(text: &str) -> bool {
    ![
        "urlopen",
        "sleep",
        "stdin",
        "input(",
        "Event",
        "Barrier",
        "Condition",
        "Queue",
    ]
    .iter()
    .any(|w| text.contains(w))
}

fn collect_scripts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_scripts(&path, out);
        } else if path.extension().is_some_and(|e| e == "py")
            && let Ok(text) = std::fs::read_to_string(&path)
            && usable_seed(&text)
        {
            out.push(text);
        }
    }
}

/// The mutation seeds: every usable script test and a sample of the fuzz corpus's programs.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        collect_scripts(&root.join("tests/scripts"), &mut out);
        let corpus =
            std::fs::read_to_string(root.join("tests/fuzz/corpus.txt")).unwrap_or_default();
        let mut preamble = String::new();
        let mut current: Option<String> = None;
        let mut section = "";
        for line in corpus.split_inclusive('\n') {
            if let Some(header) = line.strip_prefix("#### ") {
                if let Some(done) = current.take() {
                    out.push(done);
                }
                section = header.split(' ').next().unwrap_or("").trim();
                if section == "program" {
                    current = Some(preamble.clone());
                }
                continue;
            }
            match section {
                "preamble" => preamble.push_str(line),
                "program" => current.as_mut().unwrap().push_str(line),
                _ => {}
            }
        }
        assert!(out.len() > 50, "only {} mutation seeds found", out.len());
        out
    })
}

struct Outcome {
    code: Option<i32>,
    stderr: String,
    timed_out: bool,
}

/// Runs `pyth run FILE` in a fresh temporary directory (mutated programs may write files).
fn run(src: &[u8]) -> Outcome {
    let dir = std::env::temp_dir().join(format!(
        "pyth-pipeline-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("prog.py");
    std::fs::File::create(&file)
        .and_then(|mut f| f.write_all(src))
        .expect("writing the program");
    let mut child = Command::new(pyth_bin())
        .arg("run")
        .arg("prog.py")
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning pyth");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("waiting for pyth") {
            Some(status) => break status,
            None if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("waiting for pyth");
            }
            None => std::thread::sleep(Duration::from_millis(2)),
        }
    };
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    Outcome {
        code: status.code(),
        stderr,
        timed_out,
    }
}

/// A program that can only run straight through: no loops, calls of user code or huge numbers.
fn cannot_loop(src: &str) -> bool {
    ![
        "while", "for", "def", "lambda", "class", "import", "*", "<<", "exec", "eval", "range",
        "__", "join", "acquire", "wait", "get(", "with",
    ]
    .iter()
    .any(|w| src.contains(w))
}

fn check(src: &[u8]) -> Result<(), TestCaseError> {
    let out = run(src);
    let text = String::from_utf8_lossy(src);
    let failed = if out.timed_out {
        cannot_loop(&text).then(|| "hung on a program that cannot loop".to_string())
    } else if out.stderr.contains("panicked at") || out.stderr.contains("internal error") {
        Some(format!("panicked (status {:?})", out.code))
    } else if out.code.is_none() {
        Some("killed by a signal (abort or crash)".to_string())
    } else if out.code == Some(101) && !text.contains("exit") {
        Some("exit status 101".to_string())
    } else {
        None
    };
    if let Some(why) = failed {
        let path = std::env::temp_dir().join(format!(
            "pyth-pipeline-failure-{}-{}.py",
            std::process::id(),
            src.len()
        ));
        let _ = std::fs::write(&path, src);
        let tail: String = out
            .stderr
            .chars()
            .rev()
            .take(1500)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Err(TestCaseError::fail(format!(
            "{why}; program saved to {}\nstderr (end):\n{tail}",
            path.display()
        )));
    }
    Ok(())
}

/// Statement and expression fragments that stress the compiler: control flow in odd places,
/// scoping declarations, generators, unsupported syntax, huge literals.
const FRAGMENTS: &[&str] = &[
    "return",
    "return 1",
    "break",
    "continue",
    "yield",
    "yield 1",
    "yield from x",
    "x = yield",
    "await x",
    "async def f(): pass",
    "raise",
    "raise E1",
    "raise ValueError from None",
    "del x",
    "del x[0]",
    "global x",
    "nonlocal x",
    "global a, b",
    "pass",
    "lambda: 0",
    "lambda *a, **k: a",
    "(x := 1)",
    "[y := 1 for y in range(2)]",
    "[x for x in x]",
    "{**x}",
    "*x, = x",
    "x, *y = 1,",
    "try:",
    "except:",
    "finally:",
    "else:",
    "with CM(1):",
    "with x as (a, b):",
    "for x in x:",
    "while x:",
    "if x:",
    "elif x:",
    "def f(a, /, b, *, c):",
    "class C(x):",
    "@x",
    "match x:",
    "case 1:",
    "import sys",
    "from sys import *",
    "assert x, y",
    "x.y = z",
    "x[1:2] = y",
    "f(*x, **y)",
    "f(x for x in y)",
    "print(f'{x!r:>{y}}')",
    "'%s' % (x,)",
    "10**5000",
    "1e308*10",
    "-0.0",
    "0xffffffffffffffffffff",
    "x if y else z",
    "not not x",
    "x is not y",
    "super()",
    "super().__init__()",
    "__class__",
    "type(x)(x)",
    "iter(x)",
    "next(x)",
    "x.send(1)",
    "x.throw(E1)",
    "x.close()",
    "sorted(x, key=lambda v: v)",
    "exec('x = 1')",
    "eval('1+')",
    "compile('x', 'f', 'exec')",
    "globals()",
    "locals()",
    "vars()",
    "x.__dict__",
    "del x.y",
    "try: pass\nfinally: return",
    "for _ in '':\n    pass\nelse: break",
    "\\",
    "\t",
    "    ",
    ";",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "=",
    "==",
    "+=",
    "**=",
    "//=",
    "@=",
    "->",
    "...",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(FRAGMENTS),
            prop::sample::select(&[" ", "\n", "\n    ", "\n        ", ""][..]),
        ),
        0..40,
    )
    .prop_map(|parts| {
        let mut s = String::new();
        for (frag, sep) in parts {
            s.push_str(frag);
            s.push_str(sep);
        }
        s
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize, usize),
    SwapLines(usize, usize),
    Indent(usize, bool),
    InsertLine(usize, &'static str),
    ReplaceWord(usize, &'static str),
    DeleteBytes(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let word = prop::sample::select(FRAGMENTS);
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::DuplicateLine(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), any::<bool>()).prop_map(|(a, b)| Mutation::Indent(a, b)),
        (any::<usize>(), word.clone()).prop_map(|(a, w)| Mutation::InsertLine(a, w)),
        (any::<usize>(), word).prop_map(|(a, w)| Mutation::ReplaceWord(a, w)),
        (any::<usize>(), 1..20usize).prop_map(|(a, n)| Mutation::DeleteBytes(a, n)),
    ]
}

fn apply(src: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    match m {
        Mutation::DeleteLine(a) => {
            lines.remove(a % n);
        }
        Mutation::DuplicateLine(a, b) => {
            let line = lines[a % n].clone();
            lines.insert(b % (n + 1), line);
        }
        Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
        Mutation::Indent(a, deeper) => {
            let line = &mut lines[a % n];
            if *deeper {
                line.insert_str(0, "    ");
            } else if line.starts_with("    ") {
                line.drain(..4);
            }
        }
        Mutation::InsertLine(a, frag) => {
            let at = a % n;
            let pad = " ".repeat(indent_of(&lines[at]));
            lines.insert(at, format!("{pad}{frag}"));
        }
        Mutation::ReplaceWord(a, frag) => {
            // Replace the k-th identifier-like word of the whole text.
            let text = lines.join("\n");
            let words: Vec<(usize, usize)> = word_spans(&text);
            if words.is_empty() {
                return text;
            }
            let (s, e) = words[a % words.len()];
            return format!("{}{}{}", &text[..s], frag, &text[e..]);
        }
        Mutation::DeleteBytes(a, len) => {
            let text = lines.join("\n");
            let mut at = a % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            return format!("{}{}", &text[..at], &text[end..]);
        }
    }
    lines.join("\n") + "\n"
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn token_soup_runs_without_panicking(src in token_soup()) {
        check(src.as_bytes())?;
    }

    #[test]
    fn mutated_programs_run_without_panicking(
        seed in any::<prop::sample::Index>(),
        muts in prop::collection::vec(mutation(), 1..5),
    ) {
        let seeds = seeds();
        let mut src = seeds[seed.index(seeds.len())].clone();
        for m in &muts {
            src = apply(&src, m);
        }
        check(src.as_bytes())?;
    }
}
