//! `govmail-audit`, the installed scanner (feature `cli`): the scan
//! example's source, built as a command. Kept in `examples/scan.rs` so
//! `cargo run --example scan` works without the feature.

#[path = "../../examples/scan.rs"]
mod scan;

fn main() -> std::process::ExitCode {
    scan::main()
}
