use std::path::PathBuf;

/// A throw-away Dovecot and certificate authority (the IMAP tests, and the
/// SASL service of the notices' SMTP test).
#[cfg(any(feature = "imap", feature = "smtp"))]
pub(crate) mod dovecot;

use govmail_audit::Detector;

/// A new, empty folder `govmail-<kind>-<pid>-<n>` in the temporary
/// folder, with the folders `subs` in it: a throw-away server's home.
pub(crate) fn fresh_dir(kind: &str, subs: &[&str]) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "govmail-{kind}-{}-{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in subs {
        std::fs::create_dir_all(dir.join(sub)).expect("a folder in the temporary folder");
    }
    dir
}

/// The crate's root folder.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `fixtures/<relative>`.
pub(crate) fn fixture(relative: &str) -> PathBuf {
    root().join("fixtures").join(relative)
}

/// The same bytes with every line ending as LF.
pub(crate) fn to_lf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The same bytes with every line ending as CRLF.
pub(crate) fn to_crlf(bytes: &[u8]) -> Vec<u8> {
    let lf = to_lf(bytes);
    let mut out = Vec::with_capacity(lf.len() + lf.len() / 20);
    for &b in &lf {
        if b == b'\n' {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

/// Both line-ending variants, named.
pub(crate) fn line_ending_variants(bytes: &[u8]) -> [(&'static str, Vec<u8>); 2] {
    [("LF", to_lf(bytes)), ("CRLF", to_crlf(bytes))]
}

/// The default detector, built once for the whole test binary.
pub(crate) fn detector() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_defaults().expect("default detector"))
}

/// The path of the scan example, built for this test run.
pub(crate) fn scan_binary() -> PathBuf {
    example_binary("scan")
}

/// The path of an example binary, built (once per test run and example, in
/// the test's own profile) so that a filtered test run never uses a stale one.
pub(crate) fn example_binary(name: &str) -> PathBuf {
    static BUILT: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/integration-<hash> → target/<profile>/examples/<name>
    let profile_dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    let mut built = BUILT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !built.iter().any(|b| b == name) {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = std::process::Command::new(cargo);
        build
            .args(["build", "--quiet", "--example", name])
            .current_dir(root());
        if profile_dir.ends_with("release") {
            build.arg("--release");
        }
        // The tests of the ledger run the milter with `--ledger`.
        #[cfg(feature = "ledger")]
        build.args(["--features", "ledger"]);
        let status = build.status().expect("run cargo build --example");
        assert!(status.success(), "cargo build --example {name} failed");
        built.push(name.to_string());
    }
    profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}
