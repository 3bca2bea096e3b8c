//! The fast block splitter against the line-by-line reference reader: a
//! property test over generated mailboxes, and every input a fuzzer once
//! failed on (`fixtures/fuzz/split_mbox-<hash>`), replayed with the fuzz
//! target's own check. Unit tests, because both splitters are internal.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use super::split_for_tests as split_fast;

/// The reference reader's output in the fast splitter's shape.
fn split_reference(input: &[u8], max: usize) -> Vec<(u64, Vec<u8>, Option<u64>)> {
    super::mbox::MboxReader::new(input, max)
        .filter_map(Result::ok)
        .map(|m| (m.offset, m.bytes, m.oversized))
        .collect()
}

/// A line of a generated mbox: separators, near-separators, blank lines,
/// quoting, in LF or CRLF.
fn mbox_line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z: ]{0,12}",
        2 => Just(String::new()),
        2 => Just("From a@x Mon Jan  6 08:15:02 2025".to_string()),
        1 => Just("From - ".to_string()),
        1 => Just("From the desk".to_string()),
        1 => Just(">From a@x Mon Jan  6 08:15:02 2025".to_string()),
        1 => Just(">>From x".to_string()),
        1 => Just("Content-Length: 7".to_string()),
        1 => Just("\r".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    /// The splitters agree (offsets, bytes, sizes) on arbitrary inputs,
    /// except where mboxcl Content-Length is trusted (kept out of this
    /// comparison).
    #[test]
    fn fast_splitter_agrees_with_the_reference_reader(
        lines in proptest::collection::vec(mbox_line(), 0..40),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
        max in prop_oneof![Just(1usize << 20), 8usize..64],
    ) {
        let ending = if crlf { "\r\n" } else { "\n" };
        let lines: Vec<String> = lines.into_iter().filter(|l| !l.starts_with("Content-Length")).collect();
        let mut text = lines.join(ending);
        if final_newline && !text.is_empty() {
            text.push_str(ending);
        }
        let input = text.as_bytes();
        prop_assert_eq!(split_fast(input, max), split_reference(input, max));
    }
}

#[test]
fn split_mbox_fuzz_crashes_stay_fixed() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz");
    let mut cases: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("split_mbox-"))
        })
        .collect();
    cases.sort();
    assert!(
        !cases.is_empty(),
        "no split_mbox cases in {}",
        folder.display()
    );
    for path in cases {
        let data = std::fs::read(&path).unwrap();
        let Some((&limit, input)) = data.split_first() else {
            continue;
        };
        // The fuzz target's own reading of its first byte.
        let max = if limit == 0 {
            1 << 20
        } else {
            usize::from(limit) * 4
        };
        assert_eq!(
            split_fast(input, max),
            split_reference(input, max),
            "{}",
            path.display()
        );
    }
}
