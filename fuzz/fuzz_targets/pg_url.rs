#![no_main]
// The pg_url reader on arbitrary bytes (src/fuzzing.rs says what it covers).
libfuzzer_sys::fuzz_target!(|data: &[u8]| flowadmin::fuzzing::pg_url(data));
