use serde_json::json;

use super::{Readback, is_legacy_generic};
use crate::cli::VariableListArgs;
use crate::commands::{open_readable, owner};
use crate::error::Result;
use crate::keyuse::langflow::key_for_reading;
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;
use crate::ui::output::minute;

pub fn run(ctx: &Ctx, args: &VariableListArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (user, all, show_values) = (args.scope.user.as_deref(), args.scope.all, args.show_values);
    let db = open_readable(settings)?;
    let user_id = if all {
        None
    } else {
        Some(owner(&db, settings, user)?.id)
    };
    let rows: Vec<_> = db
        .list_variables(user_id.as_deref())?
        .into_iter()
        .filter(|r| {
            args.kind
                .is_none_or(|k| r.kind.as_deref() == Some(k.as_stored()))
        })
        .collect();
    let (_key_guard, keyring) = key_for_reading(settings, db.secrets(), out)?;
    // Values only when asked, and never into a pipe as plain text.
    let values_shown = show_values && (out.json_mode() || out.stdout_is_tty);
    let mut failing = 0;
    let mut legacy = 0;
    let mut entries = Vec::new();
    for row in &rows {
        let readback = Readback::of(row, keyring.as_ref());
        let is_legacy = is_legacy_generic(db.schema(), row);
        failing += usize::from(!readback.opens());
        legacy += usize::from(is_legacy);
        let value = match (&readback, values_shown) {
            (Readback::Decrypted(v), true) => Some(v.to_string()),
            (Readback::Plain(v), true) => Some(v.clone()),
            _ => None,
        };
        entries.push((row, readback.opens(), is_legacy, value));
    }
    if out.json_mode() {
        let list: Vec<_> = entries
            .iter()
            .map(|(row, opens, is_legacy, value)| {
                let mut v = json!(row);
                v["id"] = json!(dashed_uuid(&row.id));
                v["decrypts"] = json!(opens);
                v["legacy_encrypted_generic"] = json!(is_legacy);
                if values_shown {
                    v["value"] = json!(value);
                }
                v
            })
            .collect();
        out.json(&json!(list))?;
    } else {
        let mut header = vec!["name", "type", "owner", "updated", "fields", "decrypts"];
        if values_shown {
            header.push("value");
        }
        let mut table = Vec::new();
        for (row, opens, is_legacy, value) in &entries {
            let when = row
                .updated_at
                .as_deref()
                .or(row.created_at.as_deref())
                .unwrap_or("?");
            let mut cells = vec![
                row.name.clone(),
                row.kind.clone().unwrap_or_default(),
                row.owner.clone().unwrap_or_else(|| "(no owner)".into()),
                minute(Some(when), "?"),
                row.default_fields.join(", "),
                match (opens, is_legacy) {
                    (true, true) => "yes (legacy: run repair)".to_owned(),
                    (true, false) => "yes".to_owned(),
                    (false, _) => "NO".to_owned(),
                },
            ];
            if values_shown {
                cells.push(value.clone().unwrap_or_else(|| "(does not decrypt)".into()));
            }
            table.push(cells);
        }
        out.table(&header, &table)?;
        out.note(format!("{} variable(s)", rows.len()));
        if show_values && !values_shown {
            out.note("values are shown only on a terminal or with --json");
        }
    }
    if failing > 0 {
        out.warn(format!("warning: {failing} value(s) do not decrypt with the configured secret key; see `flowadmin db check`"));
    }
    if legacy > 0 {
        out.warn(format!(
            "warning: {legacy} Generic value(s) are still encrypted from Langflow 1.5-1.7 and read raw by Langflow 1.8+; fix with `flowadmin variable repair`"
        ));
    }
    Ok(())
}
