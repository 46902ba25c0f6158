//! Robustness of the parser: whatever the input, `parse_module` returns `Ok` or `Err` (never
//! panics, never overflows the stack), and an error's span lies inside the source, on char
//! boundaries. The mutation seeds are conformance snippets from the parse corpus (`tests/parse/ok/conf_*`).

use proptest::prelude::*;
use pyth::syntax::parse_module;
use pyth::syntax::{SourceFile, diagnostic};

/// Parse `src`; on error check the span and that both renderers accept it.
fn check(src: &str) -> Result<(), TestCaseError> {
    if let Err(err) = parse_module(src) {
        let (start, end) = (err.span.start as usize, err.span.end as usize);
        prop_assert!(
            start <= end && end <= src.len(),
            "span {start}..{end} outside source of {} bytes: {err:?}",
            src.len()
        );
        prop_assert!(
            src.is_char_boundary(start) && src.is_char_boundary(end),
            "span {start}..{end} not on char boundaries: {err:?}"
        );
        let file = SourceFile::new("<fuzz>", src);
        let _ = diagnostic::format_python(&file, &err);
        let _ = diagnostic::render_fancy(&file, &err, false);
    }
    Ok(())
}

const FRAGMENTS: &[&str] = &[
    // keywords
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not in",
    "is",
    "is not",
    "def",
    "class",
    "return",
    "yield",
    "yield from",
    "lambda",
    "with",
    "as",
    "try",
    "except",
    "finally",
    "raise",
    "from",
    "import",
    "global",
    "nonlocal",
    "pass",
    "break",
    "continue",
    "del",
    "assert",
    "and",
    "or",
    "not",
    "None",
    "True",
    "False",
    "async",
    "await",
    "match",
    "case",
    "type",
    // names
    "x",
    "foo",
    "_bar",
    "été",
    "self",
    "print",
    // operators and punctuation
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "=",
    "+=",
    "-=",
    "**=",
    "//=",
    ":=",
    "->",
    ".",
    ",",
    ":",
    ";",
    "...",
    "!",
    "$",
    "?",
    // brackets
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    // numbers
    "0",
    "1",
    "007",
    "0x1F",
    "0o7",
    "0b101",
    "1_000",
    "1.5",
    "1e10",
    "1j",
    ".5",
    "1.",
    "1__0",
    "0x",
    "99999999999999999999999",
    // strings, including broken ones
    "'a'",
    "\"b\"",
    "'''t'''",
    "\"\"\"u\"\"\"",
    "r'\\d'",
    "b'x'",
    "rb'y'",
    "'\\n'",
    "'\\x4'",
    "'unterminated",
    "\"unterminated",
    "'''unterminated",
    "\"\"\"open\n",
    "u'z'",
    "f'{x}'",
    "f'{x!r:>10}'",
    "f'{'",
    "f'}'",
    "f'{x:{y}}'",
    "f\"{x=}\"",
    "f'''{\nx\n}'''",
    "f'{}'",
    "f'{x!z}'",
    // layout
    "\n",
    "\n",
    "\n",
    "    ",
    "  ",
    "\t",
    "\\",
    "\\\n",
    "#c",
    "\r\n",
    "\x0c",
    " ",
];

fn fragment_soup() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(FRAGMENTS), prop::bool::ANY), 0..60).prop_map(
        |parts| {
            let mut s = String::new();
            for (frag, space) in parts {
                s.push_str(frag);
                if space {
                    s.push(' ');
                }
            }
            s
        },
    )
}

const SEEDS: &[&str] = &[
    include_str!("parse/ok/conf_000_06_queue_workers.py"),
    include_str!("parse/ok/conf_000_07_thread_pool_executor.py"),
    include_str!("parse/ok/conf_001_08_condition.py"),
    include_str!("parse/ok/conf_001_11_thread_local.py"),
    include_str!("parse/ok/conf_002_07_condition_producer_consumer.py"),
    include_str!("parse/ok/conf_002_08_thread_pool.py"),
];

#[derive(Clone, Debug)]
enum Mutation {
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Delete {
        at: usize,
        len: usize,
    },
    Replace {
        at: usize,
        len: usize,
        bytes: Vec<u8>,
    },
    Duplicate {
        at: usize,
        len: usize,
        to: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Positions are taken modulo the current length when applied.
    let bytes = prop::collection::vec(
        prop_oneof![
            prop::sample::select(b"()[]{}:,.'\"\\\n\t #=+-*fbr0123456789xabc".to_vec()),
            any::<u8>(),
        ],
        1..8,
    );
    prop_oneof![
        (any::<usize>(), bytes.clone()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 1..10usize, bytes).prop_map(|(at, len, bytes)| Mutation::Replace {
            at,
            len,
            bytes
        }),
        (any::<usize>(), 1..80usize, any::<usize>())
            .prop_map(|(at, len, to)| Mutation::Duplicate { at, len, to }),
    ]
}

fn apply(src: &mut Vec<u8>, m: &Mutation) {
    let n = src.len();
    let pos = |p: usize| if n == 0 { 0 } else { p % (n + 1) };
    match m {
        Mutation::Insert { at, bytes } => {
            let at = pos(*at);
            src.splice(at..at, bytes.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let at = pos(*at);
            let end = (at + len).min(n);
            src.drain(at..end);
        }
        Mutation::Replace { at, len, bytes } => {
            let at = pos(*at);
            let end = (at + len).min(n);
            src.splice(at..end, bytes.iter().copied());
        }
        Mutation::Duplicate { at, len, to } => {
            let at = pos(*at);
            let end = (at + len).min(n);
            let chunk: Vec<u8> = src[at..end].to_vec();
            let to = pos(*to);
            src.splice(to..to, chunk);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn token_soup_never_panics(src in fragment_soup()) {
        check(&src)?;
    }

    #[test]
    fn mutated_scripts_never_panic(
        seed in 0..SEEDS.len(),
        muts in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = SEEDS[seed].as_bytes().to_vec();
        for m in &muts {
            apply(&mut bytes, m);
        }
        // The CLI refuses non-UTF-8 before parsing; parse what a file could decode to.
        let src = String::from_utf8_lossy(&bytes);
        check(&src)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(src in any::<String>()) {
        check(&src)?;
    }
}

#[test]
fn seeds_parse() {
    for seed in SEEDS {
        if let Err(e) = parse_module(seed) {
            panic!("seed does not parse: {e} at {:?}\n{seed}", e.span);
        }
    }
}

/// Parse `src` on a thread with the main thread's usual 8 MiB stack, so a stack overflow
/// aborts the test instead of passing by luck on a larger stack.
fn on_8mib_stack(src: String) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || parse_module(&src).map(|_| ()).map_err(|e| e.msg))
        .unwrap()
        .join()
        .expect("parser panicked")
}

#[test]
fn ten_thousand_open_parens() {
    assert_eq!(
        on_8mib_stack("(".repeat(10_000)),
        Err("too many nested parentheses".to_string())
    );
}

#[test]
fn deep_inputs_do_not_overflow_the_stack() {
    let cases = [
        format!("{}1\n", "-".repeat(100_000)),
        format!("{}\n", vec!["1"; 100_000].join("+")),
        format!("x{}\n", ".a".repeat(50_000)),
        format!("f{}\n", "()".repeat(50_000)),
        format!("{}{}\n", "[".repeat(150), "]".repeat(150)),
        format!("x = {}\n", vec!["not"; 50_000].join(" ") + " y"),
        format!("{}1\n", "lambda: ".repeat(20_000)),
        format!("{}\n", vec!["a"; 100_000].join(" if b else ")),
    ];
    for src in cases {
        let head: String = src.chars().take(20).collect();
        // Ok or Err are both fine; returning at all is the point.
        let _ = on_8mib_stack(src).map_err(|e| eprintln!("{head}…: {e}"));
    }
}
