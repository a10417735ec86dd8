//! Langflow 1.13's administration tables (`authz_*`: roles, teams,
//! memberships, role assignments and their grants), read and written in one
//! transaction on either backend. The statements are written once, in SQL
//! both backends take; [`Sql`] binds each value as its backend stores it
//! (SQLite: ids as 32 hex digits, times as naive UTC text, booleans 0/1;
//! PostgreSQL: `uuid`, `timestamptz`, `json`, `boolean`).

use std::path::Path;

use super::error::Result;
use super::{Described, Schema, Store};

/// How a bound value is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Id,
    Time,
    Json,
    Bool,
    Int,
}

/// One bound value: its kind and its text (None: NULL). Ids in either
/// spelling; times `YYYY-MM-DD HH:MM:SS.ffffff` in UTC; booleans "true"/"false".
#[derive(Debug, Clone)]
pub struct Val {
    pub kind: Kind,
    pub text: Option<String>,
}

impl Val {
    pub fn text(s: impl Into<String>) -> Val {
        Val {
            kind: Kind::Text,
            text: Some(s.into()),
        }
    }
    pub fn opt_text(s: Option<&str>) -> Val {
        Val {
            kind: Kind::Text,
            text: s.map(str::to_owned),
        }
    }
    pub fn id(s: &str) -> Val {
        Val {
            kind: Kind::Id,
            text: Some(s.to_owned()),
        }
    }
    pub fn opt_id(s: Option<&str>) -> Val {
        Val {
            kind: Kind::Id,
            text: s.map(str::to_owned),
        }
    }
    /// A stored naive-UTC time given as text, or NULL.
    pub fn opt_time(s: Option<&str>) -> Val {
        Val {
            kind: Kind::Time,
            text: s.map(str::to_owned),
        }
    }
    pub fn now() -> Val {
        Val {
            kind: Kind::Time,
            text: Some(super::now_text()),
        }
    }
    pub fn json(s: String) -> Val {
        Val {
            kind: Kind::Json,
            text: Some(s),
        }
    }
    pub fn int(n: i64) -> Val {
        Val {
            kind: Kind::Int,
            text: Some(n.to_string()),
        }
    }
    pub fn bool(b: bool) -> Val {
        Val {
            kind: Kind::Bool,
            text: Some(b.to_string()),
        }
    }
}

/// A statement runner inside one transaction. Statements use `$1`, `$2`...
/// and select every column `CAST(... AS TEXT)`, which both backends take.
pub trait Sql {
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64>;
    fn rows(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Option<String>>>>;
    /// Locks one row (by id) until the transaction ends, as Langflow's
    /// routes do with `SELECT ... FOR UPDATE`, so a change to the same row
    /// by a running Langflow waits, or is waited for. SQLite has no row
    /// locks: its write transaction already holds the whole database.
    fn lock_row(&mut self, table: &str, id: &str) -> Result<()>;
}

/// An id in one spelling (32 lowercase hex digits), whichever backend.
pub fn plain_id(id: &str) -> String {
    id.replace('-', "").to_ascii_lowercase()
}

/// An id with dashes (8-4-4-4-12), as Langflow's API and manifests show it.
pub fn dashed_id(id: &str) -> String {
    match uuid::Uuid::try_parse(&plain_id(id)) {
        Ok(u) => u.hyphenated().to_string(),
        Err(_) => id.to_owned(),
    }
}

/// A stored boolean read as text: SQLite `1`, PostgreSQL `true`.
pub fn truthy(text: Option<&str>) -> bool {
    matches!(text, Some("1" | "true" | "t"))
}

struct SqliteSql<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    path: &'a Path,
}

fn sqlite_text(sql: &str) -> String {
    // `$n` → `?n`: SQLite numbers `$name` parameters by first appearance.
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    out
}

fn sqlite_value(v: &Val) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match (&v.text, v.kind) {
        (None, _) => Value::Null,
        (Some(t), Kind::Id) => Value::Text(plain_id(t)),
        (Some(t), Kind::Bool) => Value::Integer(i64::from(t == "true")),
        (Some(t), Kind::Int) => Value::Integer(t.parse().unwrap_or(0)),
        (Some(t), _) => Value::Text(t.clone()),
    }
}

impl Sql for SqliteSql<'_> {
    fn lock_row(&mut self, _table: &str, _id: &str) -> Result<()> {
        Ok(())
    }

    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64> {
        let values: Vec<_> = params.iter().map(sqlite_value).collect();
        self.tx
            .execute(&sqlite_text(sql), rusqlite::params_from_iter(values))
            .map(|n| n as u64)
            .map_err(|e| super::db_error(self.path, e))
    }

    fn rows(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Option<String>>>> {
        let err = |e| super::db_error(self.path, e);
        let values: Vec<_> = params.iter().map(sqlite_value).collect();
        let mut stmt = self.tx.prepare(&sqlite_text(sql)).map_err(err)?;
        let n = stmt.column_count();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values), |r| {
                (0..n).map(|i| r.get::<_, Option<String>>(i)).collect()
            })
            .map_err(err)?;
        rows.collect::<std::result::Result<_, _>>().map_err(err)
    }
}

struct PgSql<'a, 'b> {
    tx: &'a mut postgres::Transaction<'b>,
    at: &'a str,
}

/// `$n` → `CAST($n::text AS <type>)`: every value is bound as text and cast
/// by the server to the column's type.
fn pg_text(sql: &str, params: &[Val]) -> String {
    let mut out = String::with_capacity(sql.len() + 16 * params.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' || !chars.peek().is_some_and(char::is_ascii_digit) {
            out.push(c);
            continue;
        }
        let mut digits = String::new();
        while let Some(d) = chars.next_if(char::is_ascii_digit) {
            digits.push(d);
        }
        let n: usize = digits.parse().unwrap_or(0);
        let ty = match params.get(n.wrapping_sub(1)).map(|v| v.kind) {
            Some(Kind::Id) => "uuid",
            Some(Kind::Time) => "timestamptz",
            Some(Kind::Json) => "json",
            Some(Kind::Bool) => "boolean",
            Some(Kind::Int) => "integer",
            _ => "text",
        };
        out.push_str(&format!("CAST(${n}::text AS {ty})"));
    }
    out
}

fn pg_values(params: &[Val]) -> Vec<Option<String>> {
    params
        .iter()
        .map(|v| match (v.kind, &v.text) {
            // Stored times are UTC: said so, whatever the session's zone.
            (Kind::Time, Some(t)) => Some(format!("{t}+00")),
            (_, t) => t.clone(),
        })
        .collect()
}

impl Sql for PgSql<'_, '_> {
    fn lock_row(&mut self, table: &str, id: &str) -> Result<()> {
        self.rows(
            &format!("SELECT CAST(id AS TEXT) FROM \"{table}\" WHERE id = $1 FOR UPDATE"),
            &[Val::id(id)],
        )?;
        Ok(())
    }

    // Every value goes as text and is cast by the statement itself, so each
    // runs typed: Parse, Bind and Execute in one round trip.
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64> {
        let values = pg_values(params);
        let typed: Vec<(&(dyn postgres::types::ToSql + Sync), postgres::types::Type)> = values
            .iter()
            .map(|v| (v as _, postgres::types::Type::TEXT))
            .collect();
        self.tx
            .execute_typed(pg_text(sql, params).as_str(), &typed)
            .map_err(|e| super::pg::db::server_sql(self.at, e))
    }

    fn rows(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Option<String>>>> {
        let values = pg_values(params);
        let typed: Vec<(&(dyn postgres::types::ToSql + Sync), postgres::types::Type)> = values
            .iter()
            .map(|v| (v as _, postgres::types::Type::TEXT))
            .collect();
        let rows = self
            .tx
            .query_typed(pg_text(sql, params).as_str(), &typed)
            .map_err(|e| super::pg::db::server_sql(self.at, e))?;
        // Every column is read as text (queries cast what is not).
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| r.try_get::<_, Option<String>>(i))
                    .collect::<std::result::Result<Vec<_>, _>>()
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| super::pg::db::server_sql(self.at, e))
    }
}

impl Store {
    /// Runs `f` in one write transaction over the authz tables: committed
    /// when `commit` and `f` succeeds, else rolled back (a dry run takes
    /// every step of the real one).
    pub fn authz_write<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&mut dyn Sql, &Schema) -> Result<T>,
    ) -> Result<T> {
        match self {
            Store::Sqlite(db) => {
                let path = db.path.clone();
                db.write_then(commit, |tx, schema| {
                    Ok(f(&mut SqliteSql { tx, path: &path }, schema)?)
                })
            }
            Store::Postgres(db) => {
                let (schema, at) = (db.schema().clone(), db.at().to_owned());
                db.write_then(commit, |tx| Ok(f(&mut PgSql { tx, at: &at }, &schema)))
            }
        }
    }

    /// Runs `f` in one read-only transaction (one consistent view).
    pub fn authz_read<T>(&self, f: impl FnOnce(&mut dyn Sql, &Schema) -> Result<T>) -> Result<T> {
        match self {
            Store::Sqlite(db) => {
                let err = |e| super::db_error(&db.path, e);
                let tx = db.conn.unchecked_transaction().map_err(err)?;
                let value = f(
                    &mut SqliteSql {
                        tx: &tx,
                        path: &db.path,
                    },
                    &db.schema,
                );
                tx.rollback().map_err(err)?;
                value
            }
            Store::Postgres(db) => {
                let (schema, at) = (db.schema().clone(), db.at().to_owned());
                db.in_transaction(true, |tx| Ok(f(&mut PgSql { tx, at: &at }, &schema)))
            }
        }
    }
}

/// The tables every administration write needs (Langflow 1.13's RBAC).
pub const AUTHZ_TABLES: [&str; 6] = [
    "authz_role",
    "authz_role_assignment",
    "authz_role_assignment_grant",
    "authz_team",
    "authz_team_member",
    "authz_team_member_grant",
];

/// Whether this schema has Langflow's administration tables.
pub fn has_authz(schema: &Schema) -> bool {
    AUTHZ_TABLES.iter().all(|t| schema.has_table(t))
}

#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: String,
    pub username: String,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct RoleRow {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub system: bool,
    pub permissions: Vec<String>,
    pub parent_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct TeamRow {
    pub id: String,
    pub adom_name: String,
    pub team_name: String,
    pub description: Option<String>,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct MemberRow {
    pub id: String,
    pub team_id: String,
    pub user_id: String,
    pub source: String,
    pub manual_grant: bool,
}

#[derive(Debug, Clone)]
pub struct AssignmentRow {
    pub id: String,
    pub user_id: String,
    pub role_id: String,
    pub domain_type: String,
    /// Dashed, lowercase.
    pub domain_id: Option<String>,
    pub manual_grant: bool,
    /// Grants of any kind.
    pub grants: u64,
}

/// Everything the administration state is made of, as stored (ids in the
/// 32-hex spelling). Assignments newest first, as Langflow lists them.
#[derive(Debug, Clone, Default)]
pub struct AuthzRows {
    pub users: Vec<UserRow>,
    pub roles: Vec<RoleRow>,
    pub teams: Vec<TeamRow>,
    pub members: Vec<MemberRow>,
    pub assignments: Vec<AssignmentRow>,
    /// Rows in `casbin_rule`: an authorization plugin compiles its policy
    /// from the authz tables into it.
    pub casbin_rules: u64,
    /// Global variables (their stored values as they are).
    pub variables: Vec<VariableRow>,
    /// API keys: (owner id, name).
    pub api_keys: Vec<(String, Option<String>)>,
}

/// A global variable as stored; `stored` is never shown.
#[derive(Debug, Clone)]
pub struct VariableRow {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub kind: Option<String>,
    pub stored: crate::text::Redacted<String>,
    pub fields: Vec<String>,
}

fn cell(row: &[Option<String>], i: usize) -> String {
    row.get(i).cloned().flatten().unwrap_or_default()
}

fn id_cell(row: &[Option<String>], i: usize) -> Option<String> {
    row.get(i).cloned().flatten().map(|s| plain_id(&s))
}

/// Reads the users and, when the schema has them, the authz tables.
pub fn read_rows(sql: &mut dyn Sql, schema: &Schema) -> Result<AuthzRows> {
    read_rows_with(sql, schema, false)
}

/// As [`read_rows`], and with `credentials` the variables and API keys too
/// (only a manifest with a Credentials document needs them: on a large
/// deployment they are most of the database).
pub fn read_rows_with(sql: &mut dyn Sql, schema: &Schema, credentials: bool) -> Result<AuthzRows> {
    let users = sql
        .rows(
            "SELECT CAST(id AS TEXT), username, CAST(is_active AS TEXT) FROM \"user\"",
            &[],
        )?
        .iter()
        .map(|r| UserRow {
            id: plain_id(&cell(r, 0)),
            username: cell(r, 1),
            active: truthy(r[2].as_deref()),
        })
        .collect();
    let mut rows = AuthzRows {
        users,
        ..Default::default()
    };
    if credentials {
        read_credentials(sql, schema, &mut rows)?;
    }
    if !has_authz(schema) {
        return Ok(rows);
    }
    rows.roles = sql
        .rows(
            "SELECT CAST(id AS TEXT), name, description, CAST(is_system AS TEXT), \
             CAST(permissions AS TEXT), CAST(parent_role_id AS TEXT) FROM authz_role",
            &[],
        )?
        .iter()
        .map(|r| RoleRow {
            id: plain_id(&cell(r, 0)),
            name: cell(r, 1),
            description: r[2].clone(),
            system: truthy(r[3].as_deref()),
            permissions: serde_json::from_str(&cell(r, 4)).unwrap_or_default(),
            parent_id: id_cell(r, 5),
        })
        .collect();
    rows.teams = sql
        .rows(
            "SELECT CAST(id AS TEXT), adom_name, team_name, description, CAST(is_active AS TEXT) FROM authz_team",
            &[],
        )?
        .iter()
        .map(|r| TeamRow {
            id: plain_id(&cell(r, 0)),
            adom_name: cell(r, 1),
            team_name: cell(r, 2),
            description: r[3].clone(),
            active: truthy(r[4].as_deref()),
        })
        .collect();
    rows.members = sql
        .rows(
            "SELECT CAST(m.id AS TEXT), CAST(m.team_id AS TEXT), CAST(m.user_id AS TEXT), m.source, \
             CAST((SELECT count(*) FROM authz_team_member_grant g WHERE g.membership_id = m.id \
                   AND g.source_kind = 'manual') AS TEXT) \
             FROM authz_team_member m",
            &[],
        )?
        .iter()
        .map(|r| MemberRow {
            id: plain_id(&cell(r, 0)),
            team_id: plain_id(&cell(r, 1)),
            user_id: plain_id(&cell(r, 2)),
            source: cell(r, 3),
            manual_grant: cell(r, 4) != "0",
        })
        .collect();
    rows.assignments = read_assignments(sql)?;
    if schema.has_table("casbin_rule") {
        let n = sql.rows("SELECT CAST(count(*) AS TEXT) FROM casbin_rule", &[])?;
        rows.casbin_rules = n
            .first()
            .map(|r| cell(r, 0))
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
    }
    Ok(rows)
}

fn read_credentials(sql: &mut dyn Sql, schema: &Schema, rows: &mut AuthzRows) -> Result<()> {
    if schema.has_table("variable") {
        let fields = match schema.has_column("variable", "default_fields") {
            true => "CAST(default_fields AS TEXT)",
            false => "NULL",
        };
        rows.variables = sql
            .rows(
                &format!(
                    "SELECT CAST(id AS TEXT), CAST(user_id AS TEXT), name, type, value, {fields} FROM variable"
                ),
                &[],
            )?
            .iter()
            .map(|r| VariableRow {
                id: plain_id(&cell(r, 0)),
                user_id: plain_id(&cell(r, 1)),
                name: cell(r, 2),
                kind: r[3].clone(),
                stored: crate::text::Redacted(cell(r, 4)),
                fields: serde_json::from_str(&cell(r, 5)).unwrap_or_default(),
            })
            .collect();
    }
    if schema.has_table("apikey") {
        rows.api_keys = sql
            .rows("SELECT CAST(user_id AS TEXT), name FROM apikey", &[])?
            .iter()
            .map(|r| (plain_id(&cell(r, 0)), r[1].clone()))
            .collect();
    }
    Ok(())
}

fn read_assignments(sql: &mut dyn Sql) -> Result<Vec<AssignmentRow>> {
    Ok(sql
        .rows(
            "SELECT CAST(a.id AS TEXT), CAST(a.user_id AS TEXT), CAST(a.role_id AS TEXT), a.domain_type, \
             CAST(a.domain_id AS TEXT), \
             CAST((SELECT count(*) FROM authz_role_assignment_grant g WHERE g.assignment_id = a.id \
                   AND g.source_kind = 'manual') AS TEXT), \
             CAST((SELECT count(*) FROM authz_role_assignment_grant g WHERE g.assignment_id = a.id) AS TEXT) \
             FROM authz_role_assignment a ORDER BY a.assigned_at DESC",
            &[],
        )?
        .iter()
        .map(|r| AssignmentRow {
            id: plain_id(&cell(r, 0)),
            user_id: plain_id(&cell(r, 1)),
            role_id: plain_id(&cell(r, 2)),
            domain_type: cell(r, 3),
            domain_id: r[4].as_deref().map(dashed_id),
            manual_grant: cell(r, 5) != "0",
            grants: cell(r, 6).parse().unwrap_or(0),
        })
        .collect())
}

/// A role's fields as a write gives them.
pub struct RoleFields<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub permissions: &'a [String],
    pub parent_id: Option<&'a str>,
}

/// A string as Python's `json.dumps` writes it (ASCII only, `\uXXXX`).
pub fn python_json_string(s: &str) -> String {
    super::pyjson::dumps(&serde_json::Value::String(s.to_owned()))
}

/// A team's fields as a write gives them.
pub struct TeamFields<'a> {
    pub adom_name: &'a str,
    pub team_name: &'a str,
    pub description: Option<&'a str>,
    pub active: bool,
}

/// Where a role is held: `global` (no id), or a workspace/project by id.
pub struct Domain<'a> {
    pub kind: &'a str,
    pub id: Option<&'a str>,
}
