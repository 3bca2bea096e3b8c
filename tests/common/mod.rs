use std::path::PathBuf;

use govmail_audit::Detector;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `fixtures/<relative>`.
pub fn fixture(relative: &str) -> PathBuf {
    root().join("fixtures").join(relative)
}

/// The same bytes with every line ending as LF.
pub fn to_lf(bytes: &[u8]) -> Vec<u8> {
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
pub fn to_crlf(bytes: &[u8]) -> Vec<u8> {
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
pub fn line_ending_variants(bytes: &[u8]) -> [(&'static str, Vec<u8>); 2] {
    [("LF", to_lf(bytes)), ("CRLF", to_crlf(bytes))]
}

/// The default detector, built once for the whole test binary.
pub fn detector() -> &'static Detector {
    static DETECTOR: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_defaults().expect("default detector"))
}

/// The path of the example binary built by `cargo test`.
pub fn scan_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/<profile>/deps/integration-<hash> → target/<profile>/examples/scan
    let profile_dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    profile_dir
        .join("examples")
        .join(format!("scan{}", std::env::consts::EXE_SUFFIX))
}
