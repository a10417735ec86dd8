//! Langflow's `authz_audit_log`, written as its administration routes write
//! it when `LANGFLOW_AUTHZ_AUDIT_ENABLED` is true: one `allow` row per
//! change, `event: mutation`, the route's own detail fields, `source:
//! manual`. Offline there is no request or credential, so the actor is a
//! `user` (the superuser the change is made as), and `operation_id` is one
//! `flowadmin-<uuid>` per run, which correlates a run's rows as the
//! `cli-<uuid>` of `langflow admin` does. Rows are written in the change's
//! own transaction (Langflow's `AUTHZ_AUDIT_DURABLE` mode): a change and
//! its record land together or not at all.

use serde_json::{Map, Value, json};

use crate::storage::Schema;
use crate::storage::authz::{Domain, RoleFields, Sql, TeamFields, Val, dashed_id};
use crate::storage::error::Result;

pub const AUDIT_TABLE: &str = "authz_audit_log";

/// Who a change is made as, and whether it is audited.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// The active superuser recorded as having made the change (None on a
    /// database with none).
    pub id: Option<String>,
    /// The `operation_id` of this run's audit rows; None: not audited.
    operation: Option<String>,
}

/// A revoked assignment as it was, for its audit row.
pub struct Revoked {
    pub id: String,
    pub user_id: String,
    pub role_id: String,
    pub domain_type: String,
    /// Dashed, as Langflow records it.
    pub domain_id: Option<String>,
    /// Grants of other sources that keep the assignment.
    pub surviving: Vec<Value>,
}

/// The fields a PATCH changed, sorted as Langflow records them.
pub fn changed(fields: &[(&'static str, bool)]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = fields.iter().filter(|f| f.1).map(|f| f.0).collect();
    out.sort_unstable();
    out
}

fn id_json(id: Option<&str>) -> Value {
    id.map_or(Value::Null, |i| Value::String(dashed_id(i)))
}

impl Actor {
    /// `audit`: the deployment's `LANGFLOW_AUTHZ_AUDIT_ENABLED`; a schema
    /// without the audit table (before Langflow 1.13) records nothing.
    pub fn new(id: Option<String>, audit: bool, schema: &Schema) -> Actor {
        let operation = (audit && schema.has_table(AUDIT_TABLE))
            .then(|| format!("flowadmin-{}", uuid::Uuid::new_v4().hyphenated()));
        Actor { id, operation }
    }

    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    pub fn audits(&self) -> bool {
        self.operation.is_some()
    }

    /// One row: `action` on `resource` (type, id), with `details` (an
    /// object) followed by `source` and `operation_id`, as an
    /// administration route records it.
    pub fn record(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        action: &str,
        resource: (&str, &str),
        details: Value,
    ) -> Result<()> {
        let mut details = details;
        if let Value::Object(map) = &mut details {
            map.insert("source".into(), "manual".into());
        }
        self.record_as(sql, schema, self.id(), action, resource, details)
    }

    /// One row recorded as `user` (the API-key routes record the key's
    /// owner), its `details` as given plus this run's `operation_id`.
    pub fn record_as(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        user: Option<&str>,
        action: &str,
        resource: (&str, &str),
        details: Value,
    ) -> Result<()> {
        let Some(operation) = &self.operation else {
            return Ok(());
        };
        let mut map = match details {
            Value::Object(map) => map,
            _ => Map::new(),
        };
        map.insert("operation_id".into(), operation.as_str().into());
        let actor_type = if user.is_some() { "user" } else { "unknown" };
        super::insert(
            sql,
            schema,
            AUDIT_TABLE,
            vec![
                ("id", Val::id(&crate::storage::new_id())),
                ("user_id", Val::opt_id(user)),
                ("actor_type", Val::text(actor_type)),
                ("actor_id", Val::opt_id(user)),
                ("action", Val::text(action)),
                ("resource_type", Val::text(resource.0)),
                ("resource_id", Val::id(resource.1)),
                ("result", Val::text("allow")),
                (
                    "details",
                    Val::json(crate::storage::pyjson::dumps(&Value::Object(map))),
                ),
                ("timestamp", Val::now()),
            ],
        )
    }

    /// `api_key:create`, recorded as the key's owner (Langflow's route is
    /// the owner's own request); never key material.
    pub fn api_key_created(&self, sql: &mut dyn Sql, schema: &Schema, key: &str) -> Result<()> {
        let owner = key_owner(sql, key)?;
        let details = json!({"secret_material_in_event": false});
        self.record_as(
            sql,
            schema,
            owner.as_deref(),
            "api_key:create",
            ("api_key", key),
            details,
        )
    }

    /// `api_key:delete`, before the row goes (it names the owner).
    pub fn api_key_deleted(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        key: &str,
        owner: Option<&str>,
    ) -> Result<()> {
        let details = json!({"revocation": "effective_after_commit"});
        self.record_as(
            sql,
            schema,
            owner,
            "api_key:delete",
            ("api_key", key),
            details,
        )
    }

    pub fn user_created(&self, sql: &mut dyn Sql, schema: &Schema, user: &str) -> Result<()> {
        let details = json!({"event": "mutation", "created_by": "admin"});
        self.record(sql, schema, "user:create", ("user", user), details)
    }

    /// `disabled`: the update turned an active user inactive.
    pub fn user_updated(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        user: &str,
        fields: &[&str],
        disabled: bool,
    ) -> Result<()> {
        let kind = if disabled {
            json!("user.disabled")
        } else {
            Value::Null
        };
        let details =
            json!({"event": "mutation", "fields_changed": fields, "lifecycle_kind": kind});
        self.record(sql, schema, "user:update", ("user", user), details)
    }

    pub fn role_created(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        role: &str,
        fields: &RoleFields,
    ) -> Result<()> {
        let details = json!({
            "event": "mutation",
            "role_name": fields.name,
            "permissions": fields.permissions,
            "parent_role_id": id_json(fields.parent_id),
        });
        self.record(sql, schema, "role:create", ("role", role), details)
    }

    pub fn role_updated(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        role: &str,
        name: &str,
        fields: &[&str],
    ) -> Result<()> {
        let details = json!({"event": "mutation", "role_name": name, "fields_changed": fields});
        self.record(sql, schema, "role:update", ("role", role), details)
    }

    pub fn role_deleted(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        role: &str,
        name: &str,
    ) -> Result<()> {
        let details = json!({"event": "mutation", "role_name": name});
        self.record(sql, schema, "role:delete", ("role", role), details)
    }

    pub fn team_created(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        team: &str,
        fields: &TeamFields,
    ) -> Result<()> {
        let details = json!({
            "event": "mutation",
            "team_name": fields.team_name,
            "adom_name": fields.adom_name,
        });
        self.record(sql, schema, "team:create", ("team", team), details)
    }

    pub fn team_updated(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        team: &str,
        team_name: &str,
        fields: &[&str],
    ) -> Result<()> {
        let details =
            json!({"event": "mutation", "team_name": team_name, "fields_changed": fields});
        self.record(sql, schema, "team:update", ("team", team), details)
    }

    pub fn team_deleted(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        team: &str,
        name: &str,
    ) -> Result<()> {
        let details = json!({"event": "mutation", "team_name": name});
        self.record(sql, schema, "team:delete", ("team", team), details)
    }

    pub fn member_added(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        team: &str,
        user: &str,
    ) -> Result<()> {
        if !self.audits() {
            return Ok(());
        }
        // The team's display name as it is now (made or renamed earlier in
        // the same transaction, perhaps).
        let rows = sql.rows(
            "SELECT team_name FROM authz_team WHERE id = $1",
            &[Val::id(team)],
        )?;
        let name = rows.first().and_then(|r| r.first().cloned().flatten());
        let details = json!({"event": "mutation", "team_name": name, "user_id": dashed_id(user)});
        self.record(sql, schema, "team_member:create", ("team", team), details)
    }

    pub fn member_removed(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        team: &str,
        user: &str,
    ) -> Result<()> {
        let details = json!({"event": "mutation", "user_id": dashed_id(user)});
        self.record(sql, schema, "team_member:delete", ("team", team), details)
    }

    /// `role`: (id, name).
    pub fn role_granted(
        &self,
        sql: &mut dyn Sql,
        schema: &Schema,
        assignment: &str,
        user: &str,
        role: (&str, &str),
        domain: &Domain,
    ) -> Result<()> {
        let details = json!({
            "event": "mutation",
            "assignment_id": dashed_id(assignment),
            "subject_type": "user",
            "user_id": dashed_id(user),
            "role_id": dashed_id(role.0),
            "role_name": role.1,
            "domain_type": domain.kind,
            "domain_id": id_json(domain.id),
        });
        self.record(
            sql,
            schema,
            "role_assignment:create",
            ("role_assignment", assignment),
            details,
        )
    }

    /// The row of a revoke: `delete`, or `delete_manual_source` when other
    /// grants keep the assignment.
    pub fn role_revoked(&self, sql: &mut dyn Sql, schema: &Schema, r: Revoked) -> Result<()> {
        let mut details = json!({
            "event": "mutation",
            "assignment_id": dashed_id(&r.id),
            "subject_type": "user",
            "user_id": dashed_id(&r.user_id),
            "role_id": dashed_id(&r.role_id),
            "domain_type": r.domain_type,
            "domain_id": id_json(r.domain_id.as_deref()),
        });
        let action = if r.surviving.is_empty() {
            "role_assignment:delete"
        } else {
            details["effective_assignment_preserved"] = json!(true);
            details["surviving_grant_sources"] = Value::Array(r.surviving);
            "role_assignment:delete_manual_source"
        };
        self.record(sql, schema, action, ("role_assignment", &r.id), details)
    }
}

/// The owner of an API key row.
pub fn key_owner(sql: &mut dyn Sql, key: &str) -> Result<Option<String>> {
    let rows = sql.rows(
        "SELECT CAST(user_id AS TEXT) FROM apikey WHERE id = $1",
        &[Val::id(key)],
    )?;
    Ok(rows.first().and_then(|r| r[0].clone()))
}
