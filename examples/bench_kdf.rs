//! Times what a sealed bundle's passphrase costs alone: `sealed::seal` of an
//! empty payload (one argon2id derivation at the default costs, then an
//! AES-GCM of nothing). Prints one JSON line of seconds.
//!
//!     cargo run --release --example bench_kdf -- RUNS

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let cost = flowadmin::crypto::sealed::DEFAULT_COST;
    let mut secs: Vec<f64> = (0..runs)
        .map(|_| {
            let started = std::time::Instant::now();
            let bundle = flowadmin::crypto::sealed::seal(b"bench passphrase", "bench/1", b"", cost);
            assert!(!bundle.is_empty());
            started.elapsed().as_secs_f64()
        })
        .collect();
    secs.sort_by(f64::total_cmp);
    println!(
        "{{\"runs\": {runs}, \"median_s\": {}, \"min_s\": {}, \"max_s\": {}, \"memory_kib\": {}, \"iterations\": {}, \"parallelism\": {}}}",
        secs[runs / 2],
        secs[0],
        secs[runs - 1],
        cost.memory_kib,
        cost.iterations,
        cost.parallelism
    );
}
