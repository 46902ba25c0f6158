//! The `pyth` command line: argument parsing (clap) and the steps shared by `run`, `-c` and
//! `parse` — reading the source the way CPython does and reporting its errors in CPython's words.

use std::io::{IsTerminal, Read, Write};

use clap::{Parser, Subcommand, ValueEnum};

use crate::syntax::ast::Span;
use crate::syntax::diagnostic::{format_python, render_fancy};
use crate::syntax::{SourceFile, SyntaxError, dump::dump_module, parse_module};

#[derive(Parser, Debug)]
#[command(
    name = "pyth",
    version,
    about = "An interpreter for a Python 3.11 subset whose threads are real OS threads on a GIL"
)]
pub struct Cli {
    /// Run the program passed as a string (like `python3 -c`); later arguments go to sys.argv.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    pub code: Option<String>,

    /// Arguments for the `-c` program.
    #[arg(
        requires = "code",
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    pub args: Vec<String>,

    /// How to print syntax errors: `python` (CPython's exact text), `fancy` (annotated
    /// source), or `auto` (fancy when stderr is a terminal).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub error_format: Option<ErrorFormat>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a script (`-` reads it from stdin); later arguments go to sys.argv.
    Run {
        /// How to print syntax errors (as for `pyth --error-format`).
        #[arg(long, value_enum, value_name = "FORMAT")]
        error_format: Option<ErrorFormat>,
        /// The script, then the arguments it gets as sys.argv[1:].
        #[arg(
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "FILE [ARGS]"
        )]
        argv: Vec<String>,
    },
    /// Print the script's AST as `ast.dump()` does, on one line.
    Parse {
        /// How to print syntax errors (as for `pyth --error-format`).
        #[arg(long, value_enum, value_name = "FORMAT")]
        error_format: Option<ErrorFormat>,
        file: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ErrorFormat {
    Python,
    Fancy,
    Auto,
}

/// A program ready to parse: its name as tracebacks show it, its text and its `sys.argv`.
pub struct Program {
    pub source: std::sync::Arc<SourceFile>,
    pub argv: Vec<String>,
}

/// Why a program could not be loaded: the message for stderr and the exit code.
pub struct LoadError {
    pub message: String,
    pub exit_code: i32,
}

/// The name CPython gives a script path: made absolute by plain joining (`//tmp/x.py` when
/// run from `/`), not normalised.
pub fn script_name(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), path),
        Err(_) => path.to_string(),
    }
}

fn os_error_text(err: &std::io::Error) -> String {
    match err.raw_os_error() {
        Some(n) => {
            let text = std::io::Error::from_raw_os_error(n).to_string();
            let text = text
                .strip_suffix(&format!(" (os error {n})"))
                .unwrap_or(&text)
                .to_string();
            format!("[Errno {n}] {text}")
        }
        None => err.to_string(),
    }
}

/// Decode source bytes as CPython does without an encoding declaration: UTF-8 (a leading BOM
/// dropped), else CPython's `Non-UTF-8 code` error naming `name`.
pub fn decode_source(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    // PEP 263: a coding declaration on line 1 or 2.
    match crate::syntax::encoding::declared_encoding(&bytes) {
        Err(message) => {
            return Err(LoadError {
                message: format!("SyntaxError: {message}\n"),
                exit_code: 1,
            });
        }
        Ok(Some(enc)) => {
            return enc.decode(&bytes).map_err(|at| LoadError {
                message: format!(
                    "SyntaxError: (unicode error) '{}' codec can't decode byte 0x{:02x} \
                     in position {at}\n",
                    enc.name(),
                    bytes[at]
                ),
                exit_code: 1,
            });
        }
        Ok(None) => {}
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..good].iter().filter(|&&b| b == b'\n').count() + 1;
        LoadError {
            message: format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {name} on line \
                 {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                bytes[good]
            ),
            exit_code: 1,
        }
    })
}

/// Read a script named on the command line (`-` = stdin), reporting failures like `python3`.
pub fn load_script(path: &str, argv: Vec<String>) -> Result<Program, LoadError> {
    let (name, bytes) = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError {
                message: format!("pyth: can't read <stdin>: {}\n", os_error_text(&e)),
                exit_code: 2,
            })?;
        ("<stdin>".to_string(), bytes)
    } else {
        let name = script_name(path);
        if std::path::Path::new(path).is_dir() {
            return Err(LoadError {
                message: format!("pyth: can't find '__main__' module in '{name}'\n"),
                exit_code: 1,
            });
        }
        let bytes = std::fs::read(path).map_err(|e| LoadError {
            message: format!("pyth: can't open file '{name}': {}\n", os_error_text(&e)),
            exit_code: 2,
        })?;
        (name, bytes)
    };
    let text = decode_source(&name, bytes)?;
    Ok(Program {
        source: SourceFile::new(name, text),
        argv,
    })
}

/// Whether errors go out fancy: `auto` means "stderr is a terminal".
pub fn use_fancy(format: ErrorFormat) -> bool {
    match format {
        ErrorFormat::Python => false,
        ErrorFormat::Fancy => true,
        ErrorFormat::Auto => std::io::stderr().is_terminal(),
    }
}

/// The text to print for a syntax error in the chosen format.
pub fn render_syntax_error(file: &SourceFile, err: &SyntaxError, format: ErrorFormat) -> String {
    if use_fancy(format) {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        render_fancy(file, err, color)
    } else {
        format_python(file, err)
    }
}

/// Parse a program's source as a module, checking first for NUL bytes as CPython does.
pub fn parse_program(file: &SourceFile) -> Result<crate::syntax::ast::Module, SyntaxError> {
    if let Some(nul) = file.text.find('\0') {
        return Err(SyntaxError::new(
            "source code cannot contain null bytes",
            Span::new(nul, nul + 1),
        ));
    }
    parse_module(&file.text)
}

fn fail(message: &str, code: i32) -> i32 {
    let _ = std::io::stderr().write_all(message.as_bytes());
    code
}

/// Run the command line; returns the process exit code.
pub fn main_with(cli: Cli) -> i32 {
    let mut format = cli.error_format;
    let (program, dump) = match (cli.command, cli.code) {
        (Some(Command::Run { error_format, argv }), _) => {
            format = error_format.or(format);
            (load_script(&argv[0].clone(), argv), false)
        }
        (None, None) if !std::io::stdin().is_terminal() => {
            // `python3 < script.py`: the program is stdin, and sys.argv is [''].
            (load_script("-", vec![String::new()]), false)
        }
        (Some(Command::Parse { error_format, file }), _) => {
            format = error_format.or(format);
            (load_script(&file, vec![file.clone()]), true)
        }
        (None, Some(code)) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args);
            let program = Program {
                source: SourceFile::new("<string>", code),
                argv,
            };
            (Ok(program), false)
        }
        (None, None) => {
            // PENDING (REPL issue): the interactive loop comes with the VM.
            eprintln!(
                "pyth {}: the REPL is not built yet; use `pyth run FILE` or `pyth -c CODE`",
                env!("CARGO_PKG_VERSION")
            );
            return 0;
        }
    };
    let format = format.unwrap_or(ErrorFormat::Auto);
    let program = match program {
        Ok(p) => p,
        Err(e) => return fail(&e.message, e.exit_code),
    };
    match parse_program(&program.source) {
        Ok(module) => {
            if dump {
                println!("{}", dump_module(&module));
                return 0;
            }
            run_program(program, module, format)
        }
        Err(err) => fail(&render_syntax_error(&program.source, &err, format), 1),
    }
}

/// Compiles and runs a parsed program as `__main__` on an interpreter thread with a large
/// stack, returning the exit status (1 for an uncaught exception, `sys.exit`'s code).
pub fn run_program(
    program: Program,
    module: crate::syntax::ast::Module,
    format: ErrorFormat,
) -> i32 {
    let code = match crate::compiler::codegen::compile_module(&module, program.source.clone()) {
        Ok(code) => code,
        Err(err) => return fail(&render_syntax_error(&program.source, &err, format), 1),
    };
    drop(module);
    // The compiled code holds Python values (Rc), which stay on the interpreter thread:
    // compile again there from the source, which is cheap next to running it.
    drop(code);
    let source = program.source.clone();
    let argv = program.argv;
    let run = move || -> i32 {
        let mut vm = crate::vm::Vm::new_main();
        crate::vm::interp::deliver_sigint_to(&vm.shared);
        let stack = crate::vm::interp::MAIN_STACK_SIZE;
        crate::vm::interp::run_main(&mut vm, stack, source, argv, |src, err| {
            render_syntax_error(src, err, format)
        })
    };
    std::thread::Builder::new()
        .name("pyth-main".into())
        .stack_size(crate::vm::interp::MAIN_STACK_SIZE)
        .spawn(run)
        .map(|h| h.join().unwrap_or(70))
        .unwrap_or_else(|e| {
            fail(
                &format!("pyth: cannot start the interpreter thread: {e}\n"),
                1,
            )
        })
}

/// Parse `std::env::args` and run; clap prints usage errors and exits 2 like `python3`.
pub fn main() -> i32 {
    quiet_panics_that_become_python_errors();
    let args = python_style_args(std::env::args().collect());
    main_with(Cli::parse_from(args))
}

/// The command line as `python3` takes it, rewritten to the subcommand form clap parses:
/// `pyth script.py ARGS` and `pyth - ARGS` mean `pyth run script.py ARGS` (`pyth` alone, with
/// stdin not a terminal, runs stdin: see `main_with`).
pub fn python_style_args(mut args: Vec<String>) -> Vec<String> {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].as_str();
        match arg {
            "-c" | "-h" | "--help" | "-V" | "--version" | "run" | "parse" | "help" => {
                return args;
            }
            "--error-format" => i += 2,
            _ if arg.starts_with('-') && arg != "-" => i += 1,
            _ => {
                args.insert(i, "run".to_string());
                return args;
            }
        }
    }
    args
}

/// A panic inside the interpreter becomes a Python `SystemError` whose text carries the
/// panic's message, so the default hook's report would only repeat it (as noise in the
/// user's stderr). It is kept where nothing else reports the panic, and when
/// `RUST_BACKTRACE` asks for a backtrace.
fn quiet_panics_that_become_python_errors() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let backtrace = std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0");
        if backtrace || !crate::vm::thread::panics_are_reported_as_python_errors() {
            default_hook(info);
        }
    }));
}
