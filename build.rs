//! Build steps: the parser from `grammar/python.lalrpop`, and the table of the Python-source
//! standard library under `stdlib/` (every `.py` file, embedded; packages are directories with
//! an `__init__.py`). Both are written into OUT_DIR.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    println!("cargo:rerun-if-changed=stdlib");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo"))
        .process()
        .expect("the grammar in grammar/python.lalrpop is valid");
    write_stdlib_table();
}

/// Writes `stdlib_table.rs`: a sorted array of (dotted module name, source, is_package), so that
/// adding a file under `stdlib/` makes it importable without editing a list. Sources are
/// `include_str!`ed, so nothing is parsed until a program imports the module.
fn write_stdlib_table() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("stdlib");
    let mut entries = Vec::new();
    collect(&root, &root, &mut entries);
    entries.sort();
    let mut out = String::from("pub static STDLIB: &[(&str, &str, bool)] = &[\n");
    for (name, path, is_pkg) in &entries {
        // Each file is tracked so that editing it rebuilds the table's includes.
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    ({name:?}, include_str!({:?}), {is_pkg}),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("stdlib_table.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, entries: &mut Vec<(String, PathBuf, bool)>) {
    let mut items: Vec<_> = std::fs::read_dir(dir)
        .expect("stdlib/ is readable")
        .map(|e| e.expect("stdlib/ entry").path())
        .collect();
    items.sort();
    for path in items {
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                collect(root, &path, entries);
            }
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .expect("under stdlib/")
            .with_extension("");
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let is_pkg = parts.last().map(String::as_str) == Some("__init__");
        if is_pkg {
            parts.pop();
        }
        entries.push((parts.join("."), path, is_pkg));
    }
}
