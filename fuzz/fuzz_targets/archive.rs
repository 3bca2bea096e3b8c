//! Any bytes as an input of unknown format (mbox, message, tar, zip, gzip,
//! zstd): no panic, and every message read is accounted for.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static DETECTOR: std::sync::OnceLock<govmail_audit::Detector> = std::sync::OnceLock::new();
    let detector = DETECTOR.get_or_init(|| govmail_audit::Detector::with_defaults().unwrap());
    let mut scan = detector.scan();
    scan.add_reader("fuzz", data);
    let report = scan.finish();
    let s = &report.summary;
    assert_eq!(s.messages, s.inspected + s.skipped_total() + s.failed);
});
