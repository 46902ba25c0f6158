//! The `pyth` command; all of its logic lives in `pyth::cli`.

fn main() {
    std::process::exit(pyth::cli::main());
}
