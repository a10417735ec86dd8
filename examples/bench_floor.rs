//! The floor a rotation cannot beat on this machine, in two parts:
//!
//! - `walk DB`: the rotation's own walk and UPDATEs (`rewrite_secrets`: the
//!   same batches, statements, read-back and one transaction), with every
//!   new token precomputed, so no crypto at all; committed.
//! - `crypto DB KEY`: the rotation's crypto alone, on all cores, with no
//!   database: each value opened with the old key, sealed with the new one
//!   and the new token opened again (what a rotation checks), on tokens
//!   read into memory first.
//!
//! - `updates DB PER`: the experiment of #33 (bench/set_update.py): the
//!   rotation's writes alone, in its batches of 2,000 rows, either a
//!   prepared UPDATE per row (`PER` = `row`, what the rotation does) or one
//!   `UPDATE ... FROM (VALUES ...)` per `PER` rows; rolled back.
//!
//! Prints the seconds each took, as JSON, for bench/run.py.
//!
//!     cargo run --release --example bench_floor -- walk OUT.db
//!     cargo run --release --example bench_floor -- crypto OUT.db OLD_KEY
//!     cargo run --release --example bench_floor -- updates OUT.db 500

use std::time::Instant;

use flowadmin::crypto::SecretKey;
use flowadmin::storage::Database;

/// The new key of the floor's runs (any valid Fernet key).
const NEW_KEY: &str = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [_, "walk", db] => walk(db),
        [_, "crypto", db, key] => crypto(db, key),
        [_, "updates", db, per] => updates(db, per.parse().ok()),
        _ => {
            eprintln!(
                "usage: bench_floor walk DB | bench_floor crypto DB OLD_KEY | bench_floor updates DB row|ROWS"
            );
            std::process::exit(2);
        }
    }
}

fn walk(db: &str) {
    let mut db = Database::open_for_write(std::path::Path::new(db), false).expect("a database");
    // A real token, made once; each row gets it with its last 16 characters
    // made unique (API keys are UNIQUE), so the UPDATEs write what a
    // rotation writes, at the same length, with no crypto.
    let token = SecretKey::new(NEW_KEY)
        .keyring()
        .expect("a key")
        .encrypt(b"credential-value-0000000");
    let stem: String = token.chars().take(token.len() - 18).collect();
    let n = std::sync::atomic::AtomicU64::new(0);
    let started = Instant::now();
    let committed = db
        .rewrite_secrets(
            &|_| {
                let i = n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Some(format!("{stem}{i:016x}=="))
            },
            &mut || true,
        )
        .expect("the walk");
    assert!(committed);
    println!("{{\"walk_s\": {:.3}}}", started.elapsed().as_secs_f64());
}

fn crypto(db: &str, key: &str) {
    let conn = rusqlite::Connection::open(db).expect("a database");
    let mut tokens: Vec<String> = Vec::new();
    for sql in ["SELECT value FROM variable", "SELECT api_key FROM apikey"] {
        let mut stmt = conn.prepare(sql).expect("a query");
        let rows = stmt.query_map([], |r| r.get(0)).expect("rows");
        tokens.extend(rows.map(|r| r.expect("a value")));
    }
    let old = SecretKey::new(key).keyring().expect("the old key");
    let new = SecretKey::new(NEW_KEY).keyring().expect("a key");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for part in tokens.chunks(tokens.len().div_ceil(threads).max(1)) {
            let (old, new) = (&old, &new);
            scope.spawn(move || {
                for t in part {
                    let (_, plain) = old.decrypt(t).expect("opens with the old key");
                    let sealed = new.encrypt(&plain);
                    assert!(new.decrypt(&sealed).is_some());
                }
            });
        }
    });
    println!(
        "{{\"crypto_s\": {:.3}, \"values\": {}, \"threads\": {threads}}}",
        started.elapsed().as_secs_f64(),
        tokens.len()
    );
}

/// The rotation's writes alone: `per` None = a prepared UPDATE per row,
/// Some(n) = one UPDATE ... FROM (VALUES ...) per n rows. Only the writes
/// are timed; the transaction is rolled back.
fn updates(db: &str, per: Option<usize>) {
    let mut conn = rusqlite::Connection::open(db).expect("a database");
    let tx = conn.transaction().expect("a transaction");
    let mut written = 0u64;
    let mut spent = std::time::Duration::ZERO;
    for (table, col) in [("variable", "value"), ("apikey", "api_key")] {
        let mut after = i64::MIN;
        loop {
            let rowids: Vec<i64> = tx
                .prepare_cached(&format!(
                    "SELECT rowid FROM \"{table}\" WHERE rowid > ?1 ORDER BY rowid LIMIT 2000"
                ))
                .expect("a query")
                .query_map([after], |r| r.get(0))
                .expect("rows")
                .map(|r| r.expect("a rowid"))
                .collect();
            let Some(&last) = rowids.last() else { break };
            after = last;
            let rows: Vec<(i64, String)> = rowids
                .iter()
                .map(|&id| (id, format!("gAAAAAB{:0>110}", written + id as u64)))
                .collect();
            let started = Instant::now();
            write_rows(&tx, table, col, &rows, per);
            spent += started.elapsed();
            written += rows.len() as u64;
        }
    }
    tx.rollback().expect("a rollback");
    let mode = per.map_or("row".to_owned(), |n| n.to_string());
    println!(
        "{{\"mode\": \"{mode}\", \"rows\": {written}, \"write_s\": {:.3}}}",
        spent.as_secs_f64()
    );
}

fn write_rows(
    tx: &rusqlite::Transaction,
    table: &str,
    col: &str,
    rows: &[(i64, String)],
    per: Option<usize>,
) {
    let Some(per) = per else {
        let sql = format!("UPDATE \"{table}\" SET \"{col}\" = ?1 WHERE rowid = ?2");
        let mut stmt = tx.prepare_cached(&sql).expect("an update");
        for (rowid, new) in rows {
            stmt.execute(rusqlite::params![new, rowid]).expect("a row");
        }
        return;
    };
    for chunk in rows.chunks(per) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(?{},?{})", 2 * i + 1, 2 * i + 2))
            .collect();
        let sql = format!(
            "UPDATE \"{table}\" SET \"{col}\" = v.column2 FROM (VALUES {}) AS v WHERE \"{table}\".rowid = v.column1",
            values.join(",")
        );
        let binds: Vec<&dyn rusqlite::ToSql> = chunk
            .iter()
            .flat_map(|(rowid, new)| [rowid as &dyn rusqlite::ToSql, new])
            .collect();
        let changed = tx
            .prepare_cached(&sql)
            .expect("an update")
            .execute(binds.as_slice())
            .expect("a chunk");
        assert_eq!(changed, chunk.len(), "every row of the chunk is updated");
    }
}
