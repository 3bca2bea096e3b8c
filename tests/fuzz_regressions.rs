//! Every input a fuzzer once failed on, kept and replayed with the fuzz
//! target's own check (`fixtures/fuzz/<target>-<hash>`).

use crate::common::fixture;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = std::fs::read_dir(fixture("fuzz"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{target}-")))
        })
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    found.sort();
    found
}

#[test]
fn split_mbox_crashes_stay_fixed() {
    let cases = inputs("split_mbox");
    assert!(!cases.is_empty());
    for (name, data) in cases {
        let Some((&limit, input)) = data.split_first() else {
            continue;
        };
        let max = if limit == 0 {
            1 << 20
        } else {
            usize::from(limit) * 4
        };
        assert_eq!(
            govmail_audit::fuzzing::split_fast(input, max),
            govmail_audit::fuzzing::split_reference(input, max),
            "{name}"
        );
    }
}
