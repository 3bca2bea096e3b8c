//! `govmail-milter`, the installed milter (feature `cli`): the milter
//! example's source, built as a command. Kept in `examples/milter/` so
//! `cargo run --example milter` works without the feature.

#[path = "../../examples/milter/main.rs"]
mod milter;

fn main() -> std::process::ExitCode {
    milter::main()
}
