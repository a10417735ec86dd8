//! API keys: made and revoked as Langflow's API-key routes make and revoke
//! them, with their audit rows (`api_key:create`, `api_key:delete`; never
//! key material).

use super::{Result, StorageError, Tx, Val};
use crate::storage::authz::truthy;

/// A key to insert, already in its stored form (plaintext, a Fernet token,
/// or a token and its SHA-256, as the schema stores keys).
pub struct NewApiKey<'a> {
    pub user_id: &'a str,
    pub name: &'a str,
    pub stored: &'a str,
    pub hash: Option<&'a str>,
    /// Naive UTC text, on schemas with `expires_at` (1.10+).
    pub expires_at: Option<&'a str>,
}

/// A new key for an active owner (Langflow refuses an inactive owner's
/// keys, so one made for it would be a key nobody can use). Returns its id.
pub fn create_api_key(tx: &mut Tx, key: &NewApiKey) -> Result<String> {
    let owner = tx.rows(
        "SELECT username, CAST(is_active AS TEXT) FROM \"user\" WHERE id = $1",
        &[Val::id(key.user_id)],
    )?;
    let Some(owner) = owner.first() else {
        return Err(StorageError::Vanished("user"));
    };
    if !truthy(owner[1].as_deref()) {
        return Err(StorageError::InactiveOwner(
            owner[0].clone().unwrap_or_default(),
        ));
    }
    let id = crate::storage::new_id();
    tx.insert(
        "apikey",
        vec![
            ("id", Val::id(&id)),
            ("name", Val::text(key.name)),
            ("created_at", Val::now()),
            ("total_uses", Val::int(0)),
            ("is_active", Val::bool(true)),
            ("api_key", Val::text(key.stored)),
            ("api_key_hash", Val::opt_text(key.hash)),
            ("expires_at", Val::opt_time(key.expires_at)),
            ("user_id", Val::id(key.user_id)),
        ],
    )?;
    tx.actor.api_key_created(tx.sql, tx.schema, &id)?;
    Ok(id)
}

/// Deletes one key, as Langflow revokes keys.
pub fn revoke_api_key(tx: &mut Tx, id: &str) -> Result<()> {
    let owner = super::audit::key_owner(tx.sql, id)?;
    let n = tx.exec("DELETE FROM apikey WHERE id = $1", &[Val::id(id)])?;
    if n != 1 {
        return Err(StorageError::Vanished("key"));
    }
    tx.actor
        .api_key_deleted(tx.sql, tx.schema, id, owner.as_deref())
}
