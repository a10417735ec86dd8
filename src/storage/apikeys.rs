//! API keys as each Langflow generation stores them: plaintext (1.5 to 1.7),
//! Fernet-encrypted (1.8), Fernet-encrypted plus SHA-256 hash (1.9+); and
//! Langflow's check of a presented key.

use rusqlite::OptionalExtension;

use super::users::{User, is_past};
use super::{ApiKeys, Result};
use super::{Database, Release, db_error};
use crate::crypto::{Keyring, api_key_hash, looks_encrypted};

/// How this schema stores keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyStorage {
    /// Langflow 1.5 to 1.7: the key itself.
    Plaintext,
    /// Langflow 1.8: a Fernet token, no hash column.
    Encrypted,
    /// Langflow 1.9+: a Fernet token and `api_key_hash`.
    EncryptedWithHash,
}

/// One stored key. `stored` is the column as is (plaintext or a token); it is
/// never printed, only decrypted to be masked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ApiKeyRow {
    pub id: String,
    pub name: Option<String>,
    pub user_id: String,
    pub owner: Option<String>,
    pub created_at: Option<String>,
    pub last_used_at: Option<String>,
    pub total_uses: i64,
    pub is_active: bool,
    pub expires_at: Option<String>,
    #[serde(skip)]
    pub stored: crate::text::Redacted<String>,
}

impl Database {
    fn any_encrypted_key(&self) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare("SELECT api_key FROM apikey")
            .map_err(|e| db_error(&self.path, e))?;
        let mut rows = stmt.query([]).map_err(|e| db_error(&self.path, e))?;
        while let Some(row) = rows.next().map_err(|e| db_error(&self.path, e))? {
            let v: String = row.get(0).map_err(|e| db_error(&self.path, e))?;
            if looks_encrypted(&v) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl ApiKeys for Database {
    /// How keys are stored here: by column when it shows, else by release
    /// (1.8 started encrypting with no column to show it).
    fn key_storage(&self) -> KeyStorage {
        if self.schema.has_column("apikey", "api_key_hash") {
            return KeyStorage::EncryptedWithHash;
        }
        match self.schema.release() {
            Some(r) if r >= Release::V1_8 => KeyStorage::Encrypted,
            Some(_) => KeyStorage::Plaintext,
            // Unknown and hashless: an encrypted key already there decides.
            None if self.any_encrypted_key().unwrap_or(false) => KeyStorage::Encrypted,
            None => KeyStorage::Plaintext,
        }
    }

    fn supports_key_expiry(&self) -> bool {
        self.schema.has_column("apikey", "expires_at")
    }

    /// Calls `f` with each key, newest first, one row in memory at a time
    /// (the audit reads every key of a large deployment).
    fn visit_api_keys(&self, user_id: Option<&str>, f: &mut dyn FnMut(ApiKeyRow)) -> Result<()> {
        let err = |e| db_error(&self.path, e);
        let col = |c: &str| {
            if self.schema.has_column("apikey", c) {
                format!("k.{c}")
            } else {
                "NULL".into()
            }
        };
        let sql = format!(
            "SELECT k.id, k.name, k.user_id, u.username, {}, {}, coalesce(k.total_uses, 0), coalesce(k.is_active, 0), {}, k.api_key \
             FROM apikey k LEFT JOIN user u ON u.id = k.user_id WHERE (?1 IS NULL OR k.user_id = ?1) \
             ORDER BY k.created_at DESC, k.id",
            col("created_at"),
            col("last_used_at"),
            col("expires_at")
        );
        let mut stmt = self.conn.prepare(&sql).map_err(err)?;
        let mut rows = stmt.query([user_id]).map_err(err)?;
        while let Some(r) = rows.next().map_err(err)? {
            f(ApiKeyRow {
                id: r.get(0).map_err(err)?,
                name: r.get(1).map_err(err)?,
                user_id: r.get(2).map_err(err)?,
                owner: r.get(3).map_err(err)?,
                created_at: r.get(4).map_err(err)?,
                last_used_at: r.get(5).map_err(err)?,
                total_uses: r.get(6).map_err(err)?,
                is_active: r.get(7).map_err(err)?,
                expires_at: r.get(8).map_err(err)?,
                stored: crate::text::Redacted(r.get(9).map_err(err)?),
            });
        }
        Ok(())
    }

    /// The id of the row that stores `key` (by its SHA-256 hash, else by
    /// plaintext or decryption on older schemas), active or not. The key is
    /// compared, never kept or shown.
    fn find_api_key_by_secret(
        &self,
        key: &str,
        keyring: Option<&Keyring>,
    ) -> Result<Option<String>> {
        if key.is_empty() || !self.schema.has_table("apikey") {
            return Ok(None);
        }
        let err = |e| db_error(&self.path, e);
        if self.schema.has_column("apikey", "api_key_hash") {
            let found: Option<String> = self
                .conn
                .query_row(
                    "SELECT id FROM apikey WHERE api_key_hash = ?1 ORDER BY id LIMIT 1",
                    [api_key_hash(key)],
                    |r| r.get(0),
                )
                .optional()
                .map_err(err)?;
            if found.is_some() {
                return Ok(found);
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id, api_key FROM apikey ORDER BY id")
            .map_err(err)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(err)?;
        for row in rows {
            let (id, stored) = row.map_err(err)?;
            let matches = stored == key
                || keyring
                    .and_then(|k| k.decrypt(&stored))
                    .is_some_and(|(_, plain)| plain.as_slice() == key.as_bytes());
            if matches {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// The owner of `key` when Langflow would accept it: an active key row
    /// (found by its SHA-256 hash, else by plaintext or decryption on older
    /// schemas), not expired, owned by an active user. Read-only: unlike a
    /// request to Langflow, it does not count as a use.
    fn authenticate_api_key(&self, key: &str, keyring: Option<&Keyring>) -> Result<Option<User>> {
        if key.is_empty() || !self.schema.has_table("apikey") {
            return Ok(None);
        }
        let err = |e| db_error(&self.path, e);
        let expires = if self.schema.has_column("apikey", "expires_at") {
            "expires_at"
        } else {
            "NULL"
        };
        let has_hash = self.schema.has_column("apikey", "api_key_hash");
        let mut candidates: Vec<(String, String, Option<String>)> = Vec::new();
        if has_hash {
            let digest = api_key_hash(key);
            let sql = format!(
                "SELECT user_id, api_key, {expires} FROM apikey WHERE api_key_hash = ?1 AND is_active = 1"
            );
            let mut stmt = self.conn.prepare(&sql).map_err(err)?;
            let rows: Vec<_> = stmt
                .query_map([&digest], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(err)?
                .collect::<rusqlite::Result<_>>()
                .map_err(err)?;
            match rows.len() {
                1 => candidates = rows,
                0 => {}
                // Langflow refuses a hash shared by several keys.
                _ => return Ok(None),
            }
        }
        if candidates.is_empty() {
            let filter = if has_hash {
                " AND api_key_hash IS NULL"
            } else {
                ""
            };
            let sql = format!(
                "SELECT user_id, api_key, {expires} FROM apikey WHERE is_active = 1{filter}"
            );
            let mut stmt = self.conn.prepare(&sql).map_err(err)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?))
                })
                .map_err(err)?;
            for row in rows {
                let row = row.map_err(err)?;
                let matches = row.1 == key
                    || keyring
                        .and_then(|k| k.decrypt(&row.1))
                        .is_some_and(|(_, plain)| plain.as_slice() == key.as_bytes());
                if matches {
                    candidates.push(row);
                    break;
                }
            }
        }
        let Some((user_id, _, expires_at)) = candidates.pop() else {
            return Ok(None);
        };
        if expires_at.as_deref().is_some_and(is_past) {
            return Ok(None);
        }
        let sql = format!("{} WHERE u.id = ?1", self.user_select());
        let user = self
            .conn
            .query_row(&sql, [&user_id], Self::user_from_row)
            .optional()
            .map_err(err)?;
        Ok(user.filter(|u| u.is_active))
    }
}
