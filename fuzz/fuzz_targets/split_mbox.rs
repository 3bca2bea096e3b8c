//! The fast mbox splitter must agree with the line-by-line reference reader
//! on every input, for any size limit.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&limit, input)) = data.split_first() else {
        return;
    };
    let max = if limit == 0 { 1 << 20 } else { usize::from(limit) * 4 };
    let fast = govmail_audit::fuzzing::split_fast(input, max);
    let reference = govmail_audit::fuzzing::split_reference(input, max);
    assert_eq!(fast, reference);
});
