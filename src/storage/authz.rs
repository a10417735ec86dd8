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
#[derive(Clone)]
pub struct VariableRow {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub kind: Option<String>,
    pub stored: String,
    pub fields: Vec<String>,
}

impl std::fmt::Debug for VariableRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VariableRow({} {})", self.name, self.id)
    }
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
                stored: cell(r, 4),
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

/// Inserts the columns of `fields` this schema has.
pub(crate) fn insert(
    sql: &mut dyn Sql,
    schema: &Schema,
    table: &str,
    fields: Vec<(&str, Val)>,
) -> Result<()> {
    let (cols, vals): (Vec<&str>, Vec<Val>) = fields
        .into_iter()
        .filter(|(c, _)| schema.has_column(table, c))
        .unzip();
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
    sql.exec(
        &format!(
            "INSERT INTO \"{table}\" ({}) VALUES ({})",
            cols.join(", "),
            marks.join(", ")
        ),
        &vals,
    )?;
    Ok(())
}

/// A role's fields as a write gives them.
pub struct RoleFields<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub permissions: &'a [String],
    pub parent_id: Option<&'a str>,
}

fn permissions_json(permissions: &[String]) -> String {
    super::pyjson::dumps(&serde_json::json!(permissions))
}

/// A string as Python's `json.dumps` writes it (ASCII only, `\uXXXX`).
pub fn python_json_string(s: &str) -> String {
    super::pyjson::dumps(&serde_json::Value::String(s.to_owned()))
}

pub fn insert_role(
    sql: &mut dyn Sql,
    schema: &Schema,
    r: &RoleFields,
    actor: Option<&str>,
) -> Result<String> {
    let id = super::new_id();
    insert(
        sql,
        schema,
        "authz_role",
        vec![
            ("id", Val::id(&id)),
            ("name", Val::text(r.name)),
            ("description", Val::opt_text(r.description)),
            ("is_system", Val::bool(false)),
            ("permissions", Val::json(permissions_json(r.permissions))),
            ("parent_role_id", Val::opt_id(r.parent_id)),
            ("workspace_id", Val::opt_id(None)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
            ("created_by", Val::opt_id(actor)),
        ],
    )?;
    Ok(id)
}

/// Name, description, permissions and parent together, as Langflow's
/// reconciler sends them; `updated_at` always.
pub fn update_role(sql: &mut dyn Sql, id: &str, r: &RoleFields) -> Result<()> {
    sql.exec(
        "UPDATE authz_role SET name = $1, description = $2, permissions = $3, parent_role_id = $4, \
         updated_at = $5 WHERE id = $6",
        &[
            Val::text(r.name),
            Val::opt_text(r.description),
            Val::json(permissions_json(r.permissions)),
            Val::opt_id(r.parent_id),
            Val::now(),
            Val::id(id),
        ],
    )?;
    Ok(())
}

/// Langflow's role hierarchy has no cycle (its PATCH route refuses one):
/// checked on the rows as the transaction sees them after its writes, so
/// a cycle made through roles the write did not touch, or by another
/// writer, is refused with Langflow's words.
pub fn refuse_parent_cycle(sql: &mut dyn Sql) -> Result<()> {
    let rows = sql.rows(
        "SELECT CAST(id AS TEXT), CAST(parent_role_id AS TEXT), name FROM authz_role",
        &[],
    )?;
    let parent: std::collections::HashMap<String, Option<String>> = rows
        .iter()
        .map(|r| (plain_id(&cell(r, 0)), r[1].as_deref().map(plain_id)))
        .collect();
    for r in &rows {
        let start = plain_id(&cell(r, 0));
        let mut at = parent.get(&start).cloned().flatten();
        // At most one step per role: a longer walk has met a cycle.
        for _ in 0..=parent.len() {
            let Some(id) = at else { break };
            if id == start {
                return Err(super::StorageError::Conflict(format!(
                    "role {:?}: Setting this parent would create a role hierarchy cycle",
                    cell(r, 2)
                )));
            }
            at = parent.get(&id).cloned().flatten();
        }
    }
    Ok(())
}

/// A team's fields as a write gives them.
pub struct TeamFields<'a> {
    pub adom_name: &'a str,
    pub team_name: &'a str,
    pub description: Option<&'a str>,
    pub active: bool,
}

pub fn insert_team(sql: &mut dyn Sql, schema: &Schema, t: &TeamFields) -> Result<String> {
    let id = super::new_id();
    insert(
        sql,
        schema,
        "authz_team",
        vec![
            ("id", Val::id(&id)),
            ("team_name", Val::text(t.team_name)),
            ("adom_name", Val::text(t.adom_name)),
            ("description", Val::opt_text(t.description)),
            ("is_active", Val::bool(t.active)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )?;
    Ok(id)
}

pub fn update_team(sql: &mut dyn Sql, id: &str, t: &TeamFields) -> Result<()> {
    sql.exec(
        "UPDATE authz_team SET team_name = $1, adom_name = $2, description = $3, is_active = $4, \
         updated_at = $5 WHERE id = $6",
        &[
            Val::text(t.team_name),
            Val::text(t.adom_name),
            Val::opt_text(t.description),
            Val::bool(t.active),
            Val::now(),
            Val::id(id),
        ],
    )?;
    Ok(())
}

/// A manual membership: a membership row (unless one from another source
/// exists, which then becomes manual) and its manual grant.
pub fn add_member(
    sql: &mut dyn Sql,
    schema: &Schema,
    existing: Option<&str>,
    team_id: &str,
    user_id: &str,
    actor: Option<&str>,
) -> Result<()> {
    let membership = match existing {
        Some(id) => {
            sql.exec(
                "UPDATE authz_team_member SET source = 'manual' WHERE id = $1",
                &[Val::id(id)],
            )?;
            id.to_owned()
        }
        None => {
            let id = super::new_id();
            insert(
                sql,
                schema,
                "authz_team_member",
                vec![
                    ("id", Val::id(&id)),
                    ("team_id", Val::id(team_id)),
                    ("user_id", Val::id(user_id)),
                    ("source", Val::text("manual")),
                    ("created_at", Val::now()),
                ],
            )?;
            id
        }
    };
    insert(
        sql,
        schema,
        "authz_team_member_grant",
        vec![
            ("id", Val::id(&super::new_id())),
            ("membership_id", Val::id(&membership)),
            ("source_kind", Val::text("manual")),
            ("provider_id", Val::opt_text(None)),
            ("external_group_id", Val::opt_text(None)),
            ("legacy_source", Val::opt_text(None)),
            ("administrative_actor", Val::opt_id(actor)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )
}

/// Removes a membership's manual grant; the membership goes with its last
/// grant, else its source becomes the first left of directory > legacy.
pub fn remove_member(sql: &mut dyn Sql, membership_id: &str) -> Result<()> {
    let id = Val::id(membership_id);
    sql.exec(
        "DELETE FROM authz_team_member_grant WHERE membership_id = $1 AND source_kind = 'manual'",
        std::slice::from_ref(&id),
    )?;
    let left = sql.rows(
        "SELECT source_kind FROM authz_team_member_grant WHERE membership_id = $1",
        std::slice::from_ref(&id),
    )?;
    let kinds: Vec<String> = left.iter().map(|r| cell(r, 0)).collect();
    match ["directory", "legacy"]
        .iter()
        .find(|k| kinds.iter().any(|s| s == *k))
    {
        None => sql.exec("DELETE FROM authz_team_member WHERE id = $1", &[id])?,
        Some(source) => sql.exec(
            "UPDATE authz_team_member SET source = $1 WHERE id = $2",
            &[Val::text(*source), id],
        )?,
    };
    Ok(())
}

/// Where a role is held: `global` (no id), or a workspace/project by id.
pub struct Domain<'a> {
    pub kind: &'a str,
    pub id: Option<&'a str>,
}

/// A manual role assignment: a manual grant on the matching assignment
/// (`existing`), or a new assignment and its grant. Returns the assignment's id.
pub fn grant_role(
    sql: &mut dyn Sql,
    schema: &Schema,
    existing: Option<&str>,
    user_id: &str,
    role_id: &str,
    domain: &Domain,
    actor: Option<&str>,
) -> Result<String> {
    let assignment = match existing {
        Some(id) => id.to_owned(),
        None => {
            // As Langflow's grant route: the user's row locked, then the
            // scope checked, so two grants for one user (ours or a running
            // Langflow's) serialise and the second sees the first.
            sql.lock_row("user", user_id)?;
            let held = sql.rows(
                "SELECT CAST(id AS TEXT) FROM authz_role_assignment WHERE user_id = $1 AND domain_type = $2 \
                 AND ((domain_id IS NULL AND $3 IS NULL) OR domain_id = $3)",
                &[Val::id(user_id), Val::text(domain.kind), Val::opt_id(domain.id)],
            )?;
            if !held.is_empty() {
                return Err(super::StorageError::Conflict(
                    "A role already exists for this user with this scope. Please update the existing role or revoke it before assigning a new one.".into(),
                ));
            }
            let id = super::new_id();
            insert(
                sql,
                schema,
                "authz_role_assignment",
                vec![
                    ("id", Val::id(&id)),
                    ("user_id", Val::id(user_id)),
                    ("role_id", Val::id(role_id)),
                    ("domain_type", Val::text(domain.kind)),
                    ("domain_id", Val::opt_id(domain.id)),
                    ("assigned_at", Val::now()),
                    ("assigned_by", Val::opt_id(actor)),
                ],
            )?;
            id
        }
    };
    insert(
        sql,
        schema,
        "authz_role_assignment_grant",
        vec![
            ("id", Val::id(&super::new_id())),
            ("assignment_id", Val::id(&assignment)),
            ("source_kind", Val::text("manual")),
            ("provider_id", Val::opt_text(None)),
            ("external_group", Val::opt_text(None)),
            ("administrative_actor", Val::opt_id(actor)),
            ("created_at", Val::now()),
            ("updated_at", Val::now()),
        ],
    )?;
    Ok(assignment)
}

/// Removes an assignment's manual grant, and the assignment with it when
/// no other grant holds it.
pub fn revoke_role(sql: &mut dyn Sql, assignment_id: &str, other_grants: bool) -> Result<()> {
    // Langflow's revoke route locks the assignment it deletes.
    sql.lock_row("authz_role_assignment", assignment_id)?;
    let id = Val::id(assignment_id);
    sql.exec(
        "DELETE FROM authz_role_assignment_grant WHERE assignment_id = $1 AND source_kind = 'manual'",
        std::slice::from_ref(&id),
    )?;
    if !other_grants {
        sql.exec("DELETE FROM authz_role_assignment WHERE id = $1", &[id])?;
    }
    Ok(())
}

/// Deletes a team with its memberships and their grants (what PostgreSQL's
/// cascades do; on SQLite Langflow would leave them dangling).
pub fn delete_team(sql: &mut dyn Sql, team_id: &str) -> Result<()> {
    let id = Val::id(team_id);
    sql.exec(
        "DELETE FROM authz_team_member_grant WHERE membership_id IN \
         (SELECT id FROM authz_team_member WHERE team_id = $1)",
        std::slice::from_ref(&id),
    )?;
    sql.exec(
        "DELETE FROM authz_team_member WHERE team_id = $1",
        std::slice::from_ref(&id),
    )?;
    sql.exec("DELETE FROM authz_team WHERE id = $1", &[id])?;
    Ok(())
}

/// Deletes a role no assignment holds; its children lose their parent (what
/// PostgreSQL's SET NULL does; on SQLite Langflow would leave a dangling id).
pub fn delete_role(sql: &mut dyn Sql, role_id: &str) -> Result<()> {
    let id = Val::id(role_id);
    sql.exec(
        "UPDATE authz_role SET parent_role_id = NULL WHERE parent_role_id = $1",
        std::slice::from_ref(&id),
    )?;
    sql.exec("DELETE FROM authz_role WHERE id = $1", &[id])?;
    Ok(())
}
