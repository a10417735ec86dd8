#![no_main]
// The manifest reader on arbitrary bytes (src/fuzzing.rs says what it covers).
libfuzzer_sys::fuzz_target!(|data: &[u8]| flowadmin::fuzzing::manifest(data));
