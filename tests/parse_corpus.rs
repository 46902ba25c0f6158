//! The parser corpus: every `tests/parse/ok/NAME.py` must parse to exactly the
//! `ast.dump()` text in `NAME.ast`, and every `tests/parse/err/NAME.py` must fail with the
//! exception class, line and message in `NAME.err` (three lines), as CPython 3.11 does.
//! The expectations are produced by `python3 tests/parse/regen.py`; this test never runs Python.
//!
//! Each file is its own test, named `ok::NAME` or `err::NAME`, so the usual filters work:
//! `cargo test --test parse_corpus -- ok::fstring`.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use pyth::syntax::ast::{Module, Span, Stmt, StmtKind};
use pyth::syntax::dump::dump_module;
use pyth::syntax::{SourceFile, SyntaxError, parse_module};

type Parser = fn(&str) -> Result<Module, SyntaxError>;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse")
}

fn read_utf8(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| format!("{} is not UTF-8: {e}", path.display()))
}

thread_local! {
    /// The last panic on this thread, message and location, recorded by the panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Routes panic reports into `LAST_PANIC` so each failing test shows its own panic.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
}

/// Runs the parser, turning a panic into a test failure with the panic message.
fn run_parser(parse: Parser, src: &str) -> Result<Result<Module, SyntaxError>, Failed> {
    catch_unwind(AssertUnwindSafe(|| parse(src))).map_err(|_| {
        let msg = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "<no panic message>".to_string());
        Failed::from(format!("parser panicked: {msg}"))
    })
}

fn describe_error(src: &str, err: &SyntaxError) -> String {
    let line = SourceFile::new("<test>", src).line_of(err.span.start);
    format!("{}\n{}\n{}", err.kind.class_name(), line, err.msg)
}

/// An ok case: the dump of the parsed module must equal `expected` (one line).
fn check_ok(parse: Parser, src: &str, expected: &str) -> Result<(), Failed> {
    let expected = expected.trim_end_matches(['\n', '\r']);
    match run_parser(parse, src)? {
        Ok(module) => {
            let actual = dump_module(&module);
            if actual == expected {
                Ok(())
            } else {
                Err(format!(
                    "AST mismatch\nexpected: {expected}\n  actual: {actual}\n{}",
                    first_difference(expected, &actual)
                )
                .into())
            }
        }
        Err(err) => Err(format!(
            "expected a successful parse, got an error:\n{}\nexpected AST: {expected}",
            describe_error(src, &err)
        )
        .into()),
    }
}

/// Points at the first differing character, which is hard to spot in long dumps.
fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, a), b)| a != b)
        .map(|((i, _), _)| i)
        .unwrap_or_else(|| expected.len().min(actual.len()));
    let start = expected[..at]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i);
    let window = |s: &str| -> String { s.get(start..).unwrap_or("").chars().take(120).collect() };
    format!(
        "first difference at byte {at}:\nexpected: …{}\n  actual: …{}",
        window(expected),
        window(actual)
    )
}

/// An err case: `expected` is three lines: class name, line number, message.
fn check_err(parse: Parser, src: &str, expected: &str) -> Result<(), Failed> {
    let mut lines = expected.lines();
    let (Some(class), Some(line), Some(msg)) = (lines.next(), lines.next(), lines.next()) else {
        return Err(format!("malformed .err file (want 3 lines): {expected:?}").into());
    };
    let line: usize = line
        .trim()
        .parse()
        .map_err(|e| format!("bad line number {line:?} in .err file: {e}"))?;
    match run_parser(parse, src)? {
        Ok(module) => Err(format!(
            "expected {class} at line {line}: {msg}\nbut it parsed: {}",
            dump_module(&module)
        )
        .into()),
        Err(err) => {
            let actual = describe_error(src, &err);
            let expected = format!("{class}\n{line}\n{msg}");
            if actual == expected {
                Ok(())
            } else {
                Err(format!(
                    "error mismatch\nexpected: {}\n  actual: {}",
                    expected.replace('\n', " | "),
                    actual.replace('\n', " | ")
                )
                .into())
            }
        }
    }
}

/// One trial per `.py` file in `tests/parse/{kind}`.
fn collect(kind: &'static str, ext: &'static str, parse: Parser) -> Vec<Trial> {
    let dir = corpus_dir().join(kind);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|py| {
            let name = py.file_stem().unwrap().to_string_lossy().into_owned();
            Trial::test(format!("{kind}::{name}"), move || {
                let src = read_utf8(&py)?;
                let expected = read_utf8(&py.with_extension(ext))
                    .map_err(|e| format!("{e} (run python3 tests/parse/regen.py)"))?;
                if kind == "ok" {
                    check_ok(parse, &src, &expected)
                } else {
                    check_err(parse, &src, &expected)
                }
            })
        })
        .collect()
}

/// A stand-in parser that knows two corpus files, to check the checking itself.
fn fake_parser(src: &str) -> Result<Module, SyntaxError> {
    match src {
        "pass\n" => Ok(Module {
            body: vec![Stmt::new(StmtKind::Pass, Span::new(0, 4))],
        }),
        "x = 1\n    y = 2\n" => Err(SyntaxError::indentation(
            "unexpected indent",
            Span::new(10, 11),
        )),
        _ => Ok(Module { body: vec![] }),
    }
}

/// Checks the harness against `fake_parser`: right answers pass, wrong ones fail.
fn self_check() -> Result<(), Failed> {
    let dir = corpus_dir();
    let ok_src = read_utf8(&dir.join("ok/pass_stmt.py"))?;
    let ok_ast = read_utf8(&dir.join("ok/pass_stmt.ast"))?;
    check_ok(fake_parser, &ok_src, &ok_ast)?;
    let wrong = check_ok(fake_parser, "other\n", &ok_ast);
    if wrong.is_ok() {
        return Err("check_ok accepted a wrong AST".into());
    }
    let err_src = read_utf8(&dir.join("err/unexpected_indent.py"))?;
    let err_exp = read_utf8(&dir.join("err/unexpected_indent.err"))?;
    check_err(fake_parser, &err_src, &err_exp)?;
    if check_err(fake_parser, "pass\n", &err_exp).is_ok() {
        return Err("check_err accepted a successful parse".into());
    }
    let wrong_line = err_exp.replacen("\n2\n", "\n1\n", 1);
    if check_err(fake_parser, &err_src, &wrong_line).is_ok() {
        return Err("check_err accepted a wrong line number".into());
    }
    match check_ok(|_| panic!("boom"), &ok_src, &ok_ast) {
        Ok(()) => return Err("a panicking parser passed".into()),
        Err(f) if !format!("{f:?}").contains("boom") => {
            return Err(format!("panic message lost: {f:?}").into());
        }
        Err(_) => {}
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    install_panic_hook();
    let mut trials = vec![Trial::test("harness::self_check", self_check)];
    trials.extend(collect("ok", "ast", parse_module));
    trials.extend(collect("err", "err", parse_module));
    libtest_mimic::run(&args, trials).exit();
}
