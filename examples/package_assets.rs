//! Writes the installed commands' man pages and shell completions into a
//! folder, generated from their clap definitions so they never drift from
//! `--help`. Run at package-build time (`contrib/build-deb`):
//! `cargo run --example package_assets -- target/package-assets`.
//!
//! Output: `man/govmail-audit.1`, `man/govmail-milter.8`, and
//! `completions/{bash,zsh,fish}/…` named as each shell looks them up.

// Both commands' sources declare the shared `detector_sources` module
// themselves; here the two are compiled side by side.
#![allow(clippy::duplicate_mod)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

// The commands' own sources, for their `Args` definitions only.
#[allow(dead_code)]
#[path = "scan.rs"]
mod scan;

#[allow(dead_code)]
#[path = "milter/main.rs"]
mod milter;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: package_assets OUTPUT-DIR");
        return ExitCode::from(2);
    };
    match write_all(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("package_assets: {message}");
            ExitCode::from(2)
        }
    }
}

fn write_all(out: &Path) -> Result<(), String> {
    // (command, man section): the scanner is a user command, the milter a
    // daemon run by the administrator.
    let commands = [
        (scan::Args::command().name("govmail-audit"), "1"),
        (milter::Args::command().name("govmail-milter"), "8"),
    ];
    for (command, section) in commands {
        let name = command.get_name().to_string();
        let mut page = Vec::new();
        clap_mangen::Man::new(command.clone())
            .section(section)
            .manual("govmail-audit")
            .render(&mut page)
            .map_err(|e| format!("rendering the man page of {name}: {e}"))?;
        write(&out.join("man").join(format!("{name}.{section}")), &page)?;

        for (shell, file) in [
            (Shell::Bash, name.clone()),
            (Shell::Zsh, format!("_{name}")),
            (Shell::Fish, format!("{name}.fish")),
        ] {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command.clone(), &name, &mut script);
            let path = out.join("completions").join(shell.to_string()).join(file);
            write(&path, &script)?;
        }
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}
