//! Makes a benchmark database fast: `db init`'s Langflow 1.13 schema, one
//! superuser, and N encrypted values (9 credential variables to 1 API key),
//! each a real Fernet token under the given key.
//!
//!     cargo run --release --example bench_db -- OUT.db N SECRET_KEY

use flowadmin::crypto::{SecretKey, api_key_hash};
use rusqlite::{Connection, params};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, out, n, key] = args.as_slice() else {
        eprintln!("usage: bench_db OUT.db N SECRET_KEY");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("N is a number");
    let path = std::path::Path::new(out);
    flowadmin::storage::init_scratch(path).expect("a new scratch database");
    let ring = SecretKey::new(key.as_str()).keyring().expect("a valid key");
    let mut conn = Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    let user = "0000000000000000000000000000b0b0";
    tx.execute(
        "INSERT INTO user (id, username, password, is_active, is_superuser, create_at, updated_at, optins) \
         VALUES (?1, 'bench', '$2b$12$WWtlCG6bGzVWbAqvWh0tLOlJrJRFopzjtkbD0c0GHYbzOWC5L8KFy', 1, 1, \
         '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', '{}')",
        [user],
    )
    .unwrap();
    {
        let mut var = tx
            .prepare(
                "INSERT INTO variable (id, name, value, type, created_at, is_environment_managed, default_fields, user_id) \
                 VALUES (?1, ?2, ?3, 'Credential', '2026-01-01 00:00:00.000000', 0, '[]', ?4)",
            )
            .unwrap();
        let mut key_row = tx
            .prepare(
                "INSERT INTO apikey (id, name, created_at, total_uses, is_active, api_key, api_key_hash, user_id) \
                 VALUES (?1, ?2, '2026-01-01 00:00:00.000000', 0, 1, ?3, ?4, ?5)",
            )
            .unwrap();
        for i in 0..n {
            let id = format!("{:032x}", i + 1);
            if i % 10 == 9 {
                let plain = format!("sk-bench-{i:040}");
                key_row
                    .execute(params![
                        id,
                        format!("key-{i}"),
                        ring.encrypt(plain.as_bytes()),
                        api_key_hash(&plain),
                        user
                    ])
                    .unwrap();
            } else {
                let token = ring.encrypt(format!("credential-value-{i}").as_bytes());
                var.execute(params![id, format!("VAR_{i}"), token, user])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    println!("{out}: {n} encrypted values");
}
