//! The per-message verdict on any bytes: no panic (the guarded API would
//! hide one), bounded work.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = govmail_audit::fuzzing::inspect_unguarded(data);
});
