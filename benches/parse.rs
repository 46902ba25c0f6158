//! Parser throughput on a large, deterministic, realistic Python file (~20k lines).
//!
//!     cargo bench --bench parse
//!
//! The bench also writes the generated source to `$CARGO_TARGET_DIR/parse_bench.py` (default
//! `target/parse_bench.py`), so CPython can be timed on the very same text:
//!
//!     python3 -m timeit -n 3 -s "import ast; s = open('target/parse_bench.py').read()" "ast.parse(s)"
//!
//! and lines/second compared (the file's line count is printed when the bench starts).

use std::fmt::Write;

use criterion::{Criterion, Throughput};

/// A tiny deterministic generator (xorshift), so every run parses the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "count", "total", "item", "result", "value", "data", "queue", "worker", "lock", "index",
];

fn expr(rng: &mut Rng, depth: usize) -> String {
    let name = rng.pick(NAMES);
    if depth == 0 {
        return match rng.below(4) {
            0 => name.to_string(),
            1 => rng.below(1000).to_string(),
            2 => format!("'{name}'"),
            _ => format!("{name}.{}", rng.pick(NAMES)),
        };
    }
    let d = depth - 1;
    match rng.below(9) {
        0 => format!("{} + {} * {}", expr(rng, d), expr(rng, d), expr(rng, d)),
        1 => format!("{}({}, key={})", name, expr(rng, d), expr(rng, d)),
        2 => format!(
            "[{} for {name} in range({}) if {name} % 2]",
            expr(rng, d),
            rng.below(50)
        ),
        3 => format!("{{'{name}': {}, 'n': {}}}", expr(rng, d), expr(rng, d)),
        4 => format!("f\"{name}={{{name}!r}} {{{}:>8}}\"", expr(rng, 0)),
        5 => format!(
            "({} if {} else {})",
            expr(rng, d),
            expr(rng, d),
            expr(rng, d)
        ),
        6 => format!("({}, {}, *{})", expr(rng, d), expr(rng, d), name),
        7 => format!("(lambda {name}: {})", expr(rng, d)),
        _ => format!("{name}[{}:{}]", expr(rng, 0), expr(rng, 0)),
    }
}

fn block(rng: &mut Rng, out: &mut String, indent: usize, depth: usize) {
    let pad = "    ".repeat(indent);
    for _ in 0..2 + rng.below(4) {
        let name = rng.pick(NAMES);
        match rng.below(if depth == 0 { 4 } else { 9 }) {
            0 => writeln!(out, "{pad}{name} = {}", expr(rng, 2)),
            1 => writeln!(out, "{pad}{name} += {}", expr(rng, 1)),
            2 => writeln!(out, "{pad}print({}, sep=', ')", expr(rng, 2)),
            3 => writeln!(out, "{pad}return {}", expr(rng, 1)),
            4 => {
                writeln!(out, "{pad}for {name} in {}:", expr(rng, 1)).unwrap();
                block(rng, out, indent + 1, depth - 1);
                Ok(())
            }
            5 => {
                writeln!(out, "{pad}if {} < {}:", expr(rng, 1), expr(rng, 1)).unwrap();
                block(rng, out, indent + 1, depth - 1);
                writeln!(out, "{pad}else:").unwrap();
                block(rng, out, indent + 1, depth - 1);
                Ok(())
            }
            6 => {
                writeln!(out, "{pad}while {name} > 0:").unwrap();
                block(rng, out, indent + 1, depth - 1);
                Ok(())
            }
            7 => {
                writeln!(out, "{pad}with {name}:").unwrap();
                block(rng, out, indent + 1, depth - 1);
                Ok(())
            }
            _ => {
                writeln!(out, "{pad}try:").unwrap();
                block(rng, out, indent + 1, depth - 1);
                writeln!(out, "{pad}except (ValueError, KeyError) as e:").unwrap();
                writeln!(
                    out,
                    "{pad}    raise RuntimeError(f\"failed: {{e}}\") from e"
                )
            }
        }
        .unwrap();
    }
}

/// About `target_lines` lines of functions, classes, loops, comprehensions, f-strings, dicts
/// and calls; the same text on every run.
fn generate(target_lines: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::from("import threading\nimport time\nfrom queue import Queue\n\n");
    let mut n = 0;
    let mut lines = 0;
    while lines < target_lines {
        n += 1;
        let before = out.len();
        if n % 3 == 0 {
            writeln!(out, "\nclass Worker{n}(threading.Thread):").unwrap();
            writeln!(out, "    \"\"\"Worker number {n}.\"\"\"\n").unwrap();
            writeln!(out, "    def __init__(self, queue, *args, **kwargs):").unwrap();
            writeln!(out, "        super().__init__(*args, **kwargs)").unwrap();
            writeln!(out, "        self.queue = queue\n").unwrap();
            writeln!(out, "    def run(self):").unwrap();
            block(&mut rng, &mut out, 2, 2);
        } else {
            writeln!(
                out,
                "\n@staticmethod\ndef task_{n}(count, data=None, *, lock=None):"
            )
            .unwrap();
            block(&mut rng, &mut out, 1, 3);
        }
        lines += out[before..].matches('\n').count();
    }
    writeln!(out, "\nif __name__ == '__main__':\n    main()").unwrap();
    out
}

fn main() {
    let source = generate(20_000);
    let lines = source.lines().count() as u64;
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".to_string());
    let path = std::path::Path::new(&target).join("parse_bench.py");
    match std::fs::write(&path, &source) {
        Ok(()) => eprintln!("parse bench: {lines} lines, written to {}", path.display()),
        Err(e) => eprintln!(
            "parse bench: {lines} lines (could not write {}: {e})",
            path.display()
        ),
    }
    if let Err(e) = pyth::syntax::parse_module(&source) {
        eprintln!("parse bench: the generated source does not parse yet: {e}");
    }

    let mut c = Criterion::default().configure_from_args().sample_size(10);
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(lines));
    group.bench_function("parse_module_20k_lines", |b| {
        b.iter(|| pyth::syntax::parse_module(std::hint::black_box(&source)))
    });
    group.finish();
    c.final_summary();
}
