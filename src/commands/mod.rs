//! One file per subcommand. Each takes the resolved settings and returns the
//! exit code it wants (errors carry their own).

pub mod api_key;
pub mod completions;
pub mod db_check;
pub mod db_init;
pub mod db_locate;
pub mod doctor;
pub mod flowfile;
pub(crate) mod hints;
pub(crate) mod key_change;
pub mod rbac;
pub mod secret_key;
pub mod state;
pub mod superuser;
pub mod user;
pub mod variable;

use crate::crypto::Keyring;
use crate::error::{Error, Result};
use crate::settings::Settings;
use crate::storage::Database;
use crate::storage::users::User;
use crate::ui::context::Ctx;
use crate::ui::prompt::{self, PasswordSources};

/// The configured database on either backend, opened for writing
/// (Langflow's, at a known revision), for the commands that write on both.
pub(crate) fn open_writable(settings: &Settings) -> Result<crate::storage::Store> {
    use crate::settings::DatabaseLocation;
    use crate::storage::Store;
    let target = settings.database()?;
    Ok(match &target.location {
        DatabaseLocation::Sqlite(path) => Store::Sqlite(Database::open_for_write(
            path,
            settings.allow_unknown_revision,
        )?),
        DatabaseLocation::Server { url, .. } => {
            let pg = settings.pg_target(url)?;
            Store::Postgres(crate::storage::pg::db::PgDatabase::open_for_write(
                &pg,
                settings.allow_unknown_revision,
            )?)
        }
    })
}

/// The configured database on either backend, opened for reading
/// (Langflow's). Commands that only read take this.
pub(crate) fn open_readable(settings: &Settings) -> Result<crate::storage::Store> {
    use crate::settings::DatabaseLocation;
    use crate::storage::Store;
    let target = settings.database()?;
    let store = match &target.location {
        DatabaseLocation::Sqlite(path) => Store::Sqlite(Database::open_read_only(path)?),
        DatabaseLocation::Server { url, .. } => {
            let pg = settings.pg_target(url)?;
            Store::Postgres(crate::storage::pg::db::PgDatabase::open(&pg)?)
        }
    };
    store.require_langflow()?;
    // Upgrade day: a schema newer than this flowadmin knows is read as the
    // newest it knows (writes need --allow-unknown-revision), and said so.
    let schema = store.schema();
    if let Some(revision) = schema.revision()
        && schema.release().is_none()
    {
        eprintln!(
            "warning: the database's Alembic revision {} is unknown to flowadmin {} (a newer Langflow?); it is read as Langflow 1.13's, and writes need --allow-unknown-revision",
            crate::ui::output::escape(revision),
            env!("CARGO_PKG_VERSION")
        );
    }
    Ok(store)
}

pub(crate) use crate::keyuse::langflow::key_for_encrypting;

/// The keyring when a usable key is configured; some checks work without one.
pub(crate) fn keyring_if_any(settings: &Settings) -> Option<Keyring> {
    settings.secret_key().ok()?.keyring().ok()
}

/// A new password from its sources (stdin, an environment variable, or a
/// prompt asked twice), held to Langflow's rules, as a bcrypt hash.
pub(crate) fn new_password_hash(
    ctx: &Ctx,
    stdin: bool,
    env: Option<(&'static str, Option<&str>)>,
    purpose: String,
) -> Result<String> {
    let auto_login = ctx.settings.auth.auto_login;
    password_hash_by(ctx, stdin, env, purpose, &|password| {
        if !auto_login && password == "langflow" {
            return Err(Error::policy(
                "the password `langflow` is Langflow's well-known default, refused at login while LANGFLOW_AUTO_LOGIN is false",
            )
            .hint("choose another"));
        }
        Ok(())
    })
}

/// A new password from its sources, held to the product's `rule`, as a
/// bcrypt hash (both products store bcrypt).
pub(crate) fn password_hash_by(
    ctx: &Ctx,
    stdin: bool,
    env: Option<(&'static str, Option<&str>)>,
    purpose: String,
    rule: &dyn Fn(&str) -> Result<()>,
) -> Result<String> {
    let password = prompt::password(PasswordSources {
        stdin,
        env,
        purpose,
        confirm: true,
        interactive: ctx.term.interactive(),
    })?;
    let truncated = password
        .validate()
        .map_err(|e| Error::usage(e.to_string()))?;
    rule(password.expose())?;
    if truncated {
        ctx.out.warn("warning: the password is longer than 72 bytes; bcrypt (and so the product) only uses the first 72");
    }
    password.hash().map_err(|e| Error::usage(e.to_string()))
}

/// The superuser whose API key `token` is, as Langflow would accept it
/// (active key, not expired, owner active and a superuser): the proof a
/// second superuser or someone else's key needs while AUTO_LOGIN is off.
pub(crate) fn superuser_by_token(
    ctx: &Ctx,
    db: &crate::storage::Store,
    token: &str,
) -> Result<User> {
    match db.authenticate_api_key(token, keyring_if_any(&ctx.settings).as_ref())? {
        Some(user) if user.is_superuser => Ok(user),
        _ => Err(Error::policy(
            "the auth token is not an active superuser's API key (unknown, revoked, expired, or its owner is inactive or not a superuser); nothing changed",
        )
        .hint("use a current superuser's key (see `flowadmin api-key list --all`)")),
    }
}

/// The token given as proof: `--auth-token`, else LANGFLOW_SUPERUSER_TOKEN.
pub(crate) fn given_token(ctx: &Ctx, flag: &crate::cli::AuthToken) -> Option<String> {
    flag.token.clone().or_else(|| {
        ctx.settings
            .auth
            .superuser_token
            .as_ref()
            .map(|t| t.expose().to_owned())
    })
}

/// The user named `name`, else the configured superuser (LANGFLOW_SUPERUSER,
/// else `langflow`): the owner of keys and variables. The one owner look-up.
pub(crate) fn owner(
    db: &crate::storage::Store,
    settings: &Settings,
    name: Option<&str>,
) -> Result<User> {
    let given = name.is_some();
    let name = name.unwrap_or(&settings.auth.superuser);
    if let Some(user) = db.find_user(name)? {
        return Ok(user);
    }
    // Only on the way out: a second look tells the operator what to do.
    let hint = if db.list_users()?.is_empty() {
        "the database has no user yet: create one with `flowadmin superuser --username NAME`"
            .to_owned()
    } else if given {
        "see `flowadmin user list` for the names there are".to_owned()
    } else {
        format!(
            "{name:?} is the default owner (LANGFLOW_SUPERUSER); pass --user NAME (or --all where listing), or set LANGFLOW_SUPERUSER (see `flowadmin user list`)"
        )
    };
    Err(Error::not_found(format!("no user named {name:?}")).hint(hint))
}

/// The files no output may replace: the SQLite database (and its side
/// files), the secret key file, its pending key and backups, the env files,
/// and `extra` (the manifest being applied).
pub(crate) fn protected_files(
    settings: &Settings,
    extra: &[&std::path::Path],
) -> crate::outfile::Protected {
    let mut protected = crate::outfile::Protected::default();
    // Both products' databases and keys, whichever this deployment is.
    for target in [settings.database(), settings.flowfile_database()]
        .into_iter()
        .flatten()
    {
        if let crate::settings::DatabaseLocation::Sqlite(path) = &target.location {
            protected.add_database(path);
            add_key_files(
                &mut protected,
                &crate::keychange::flowfile::key_file_for(path),
            );
        }
    }
    add_key_files(&mut protected, &settings.secret_key_path());
    match settings.master_key_source() {
        Ok(crate::settings::flowfile::MasterKeySource::Store { dir, .. }) => {
            use crate::settings::flowfile::{STORE_FILE, STORE_KEY_FILE};
            protected.add(&dir.join(STORE_FILE), "Flowfile's key store");
            protected.add(&dir.join(STORE_KEY_FILE), "Flowfile's key store");
        }
        Ok(crate::settings::flowfile::MasterKeySource::DockerSecret(path)) => {
            protected.add(&path, "the master key's Docker secret");
        }
        _ => {}
    }
    for file in settings.env().files() {
        protected.add(file, "the env file");
    }
    for path in extra {
        protected.add(path, "the manifest");
    }
    protected
}

/// A key file, its pending key and its backups.
fn add_key_files(protected: &mut crate::outfile::Protected, key_file: &std::path::Path) {
    protected.add(key_file, "a key file");
    protected.add(
        &crate::keyfile::pending_path(key_file),
        "a pending key file",
    );
    if let (Some(dir), Some(name)) = (key_file.parent(), key_file.file_name()) {
        let prefix = format!("{}.backup.", name.to_string_lossy());
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                protected.add(&entry.path(), "a key backup");
            }
        }
    }
}

/// The superuser recorded as the actor: `--as`, else the first active
/// superuser by name that `leaving` (the plan's deactivations) keeps
/// active; None on a database with none.
pub(crate) fn superuser_actor(
    db: &crate::storage::Store,
    name: Option<&str>,
    leaving: &dyn Fn(&str) -> bool,
) -> Result<Option<String>> {
    let supers = db.superusers()?;
    match name {
        Some(name) => match supers.iter().find(|u| u.username == name && u.is_active) {
            Some(u) => Ok(Some(u.id.clone())),
            None => Err(
                Error::policy(format!("--as {name}: not an active superuser"))
                    .hint("name an active superuser (`flowadmin user list`)"),
            ),
        },
        None => {
            let mut active: Vec<_> = supers.iter().filter(|u| u.is_active).collect();
            active.sort_by(|a, b| a.username.cmp(&b.username));
            let staying = active.iter().find(|u| !leaving(&u.id));
            Ok(staying.or(active.first()).map(|u| u.id.clone()))
        }
    }
}

/// The Flowfile database file (a server URL is refused: flowadmin reads
/// Flowfile's SQLite catalog only, for now).
pub(crate) fn flowfile_database_path(settings: &Settings) -> Result<std::path::PathBuf> {
    let target = settings.flowfile_database()?;
    match &target.location {
        crate::settings::DatabaseLocation::Sqlite(path) => Ok(path.clone()),
        crate::settings::DatabaseLocation::Server { dialect, url } => Err(Error::unsupported(format!(
            "Flowfile's catalog on {dialect} ({url}, from {}) is not supported yet; flowadmin reads Flowfile's SQLite catalog",
            target.source
        ))
        .hint("point FLOWFILE_DB_PATH (or --db) at the SQLite file")),
    }
}

/// The configured Flowfile database, opened for reading (Flowfile's).
pub(crate) fn open_flowfile_readable(
    settings: &Settings,
) -> Result<crate::storage::flowfile::FlowfileDb> {
    Ok(crate::storage::flowfile::FlowfileDb::open_read_only(
        &flowfile_database_path(settings)?,
    )?)
}

/// The configured Flowfile database, opened for writing (Flowfile's, at a
/// release flowadmin knows unless --allow-unknown-revision).
pub(crate) fn open_flowfile_writable(
    settings: &Settings,
) -> Result<crate::storage::flowfile::FlowfileDb> {
    Ok(crate::storage::flowfile::FlowfileDb::open_for_write(
        &flowfile_database_path(settings)?,
        settings.allow_unknown_revision,
    )?)
}

/// Who a command's change is recorded as (audit rows, `created_by`): the
/// first active superuser by name other than `not` (the user a
/// deactivation targets), as `state apply` chooses without `--as`; nobody
/// on a database with none. Audited when LANGFLOW_AUTHZ_AUDIT_ENABLED is true.
pub(crate) fn acting_superuser(
    ctx: &Ctx,
    db: &crate::storage::Store,
    not: Option<&str>,
) -> Result<crate::ops::Actor> {
    let plain = crate::storage::authz::plain_id;
    let id = superuser_actor(db, None, &|id| not.is_some_and(|n| plain(n) == plain(id)))?;
    // The target itself was the only choice: nobody acts.
    let id = id.filter(|id| not.is_none_or(|n| plain(n) != plain(id)));
    Ok(crate::ops::Actor::new(
        id,
        ctx.settings.auth.authz_audit_enabled,
        db.schema(),
    ))
}

/// The personal folder's name (`DEFAULT_FOLDER_NAME` in Langflow).
pub(crate) fn folder_name(settings: &Settings) -> String {
    settings
        .env()
        .get("DEFAULT_FOLDER_NAME")
        .unwrap_or("Starter Project")
        .to_owned()
}
