//! Runs the built `pyth` binary on small temporary files. Expected texts were produced by
//! `python3` 3.11 on the same inputs (with `python3` replaced by `pyth` as the program name).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

fn pyth() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyth"))
}

/// A fresh file under the system temp directory holding `bytes`; returns its absolute path.
fn temp_file(bytes: &[u8]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("pyth-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("t{}.py", N.fetch_add(1, Ordering::SeqCst)));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.stdin(Stdio::null()).output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

#[test]
fn version() {
    let (code, out, _) = run(pyth().arg("--version"));
    assert_eq!(code, 0);
    assert_eq!(out, "pyth 0.1.0\n");
}

#[test]
fn help_lists_the_commands() {
    let (code, out, _) = run(pyth().arg("--help"));
    assert_eq!(code, 0);
    for word in ["run", "parse", "-c", "--error-format"] {
        assert!(out.contains(word), "{word} missing from:\n{out}");
    }
}

#[test]
fn no_arguments_with_stdin_not_a_terminal_runs_stdin() {
    // As `python3 < /dev/null`: an empty program, nothing printed.
    let (code, out, err) = run(&mut pyth());
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let output = pyth()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"import sys\nprint(sys.argv, 6 * 7)\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "[''] 42\n");
}

#[test]
fn script_without_run_as_python3_takes_it() {
    let path = temp_file(b"import sys\nprint(sys.argv[1:])\n");
    let (code, out, err) = run(pyth().arg(&path).args(["a", "-b", "--c"]));
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "['a', '-b', '--c']\n");
    let (code, out, _) = run(pyth()
        .args(["--error-format", "python"])
        .arg(&path)
        .arg("x"));
    assert_eq!((code, out.as_str()), (0, "['x']\n"));
}

// Needs the real parser (the stub rejects everything) and the real `ast.dump` printer.
#[test]
fn parse_prints_ast_dump() {
    let path = temp_file(b"x = 1\nprint(x + 2)\n");
    let (code, out, err) = run(pyth().arg("parse").arg(&path));
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), \
         Expr(value=Call(func=Name(id='print', ctx=Load()), args=[BinOp(left=Name(id='x', \
         ctx=Load()), op=Add(), right=Constant(value=2))], keywords=[]))], type_ignores=[])\n"
    );
}

// Needs the real parser.
#[test]
fn run_and_c_accept_a_valid_program() {
    let path = temp_file(b"def f(a, *b):\n    return [i for i in b if i]\n");
    let (code, _, err) = run(pyth().arg("run").arg(&path).arg("arg1"));
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = run(pyth().args(["-c", "x = 1", "a", "-b"]));
    assert_eq!((code, err.as_str()), (0, ""));
}

// Needs the real parser.
#[test]
fn syntax_error_in_file_python_format() {
    let path = temp_file(b"if x\n  pass\n");
    let expected = format!(
        "  File \"{}\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n",
        path.display()
    );
    let (code, out, err) = run(pyth().args(["--error-format=python", "run"]).arg(&path));
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (1, "", expected.as_str())
    );
    // The option may also follow the subcommand.
    let (code, _, err) = run(pyth().args(["run", "--error-format=python"]).arg(&path));
    assert_eq!((code, err.as_str()), (1, expected.as_str()));
}

// Needs the real parser.
#[test]
fn never_closed_bracket_in_file() {
    let path = temp_file(b"x = (1,\n");
    let (code, _, err) = run(pyth().args(["run", "--error-format=python"]).arg(&path));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "  File \"{}\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
            path.display()
        )
    );
}

// Needs the real parser.
#[test]
fn syntax_error_in_c_uses_string_name_and_char_columns() {
    let (code, _, err) = run(pyth().args(["--error-format=python", "-c", "é = (1 2)"]));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    é = (1 2)\n         ^^^\n\
         SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
    );
}

// Needs the real parser.
#[test]
fn syntax_error_from_stdin() {
    let mut child = pyth()
        .args(["--error-format=python", "run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"x = 1 +\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "  File \"<stdin>\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
    );
}

#[test]
fn missing_file_exits_2() {
    let (code, out, err) = run(pyth().args(["run", "/nonexistent-dir/y.py"]));
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "pyth: can't open file '/nonexistent-dir/y.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn relative_missing_file_is_named_absolutely() {
    let dir = std::env::temp_dir();
    let (code, _, err) = run(pyth()
        .current_dir(&dir)
        .args(["run", "no-such-pyth-file.py"]));
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "pyth: can't open file '{}/no-such-pyth-file.py': [Errno 2] No such file or directory\n",
            dir.canonicalize().unwrap().display()
        )
    );
}

#[test]
fn invalid_utf8_names_file_and_line() {
    let path = temp_file(b"x = 1\n# \xff\n");
    let (code, out, err) = run(pyth().arg("run").arg(&path));
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {} on line 2, but no \
             encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            path.display()
        )
    );
}

#[test]
fn null_byte_is_a_syntax_error() {
    let path = temp_file(b"x = 1\ny = 2\0 + 3\n");
    let (code, _, err) = run(pyth().args(["run", "--error-format=python"]).arg(&path));
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "  File \"{}\", line 2\n    y = 2\nSyntaxError: source code cannot contain null bytes\n",
            path.display()
        )
    );
}

// Needs the real parser: `match` is outside pyth's subset and must be a SyntaxError.
#[test]
fn unsupported_syntax_is_a_syntax_error() {
    let path = temp_file(b"match x:\n    case 1:\n        pass\n");
    let (code, _, err) = run(pyth().args(["run", "--error-format=python"]).arg(&path));
    assert_eq!(code, 1);
    assert!(err.starts_with("  File \""), "{err}");
    assert!(err.contains("\nSyntaxError: "), "{err}");
}

#[test]
fn fancy_format_names_class_and_message() {
    let path = temp_file(b"if x\n  pass\n");
    let (code, _, err) = run(pyth().args(["run", "--error-format=fancy"]).arg(&path));
    assert_eq!(code, 1);
    assert!(err.contains("SyntaxError: "), "{err}");
    assert!(err.contains("if x"), "{err}");
}
