use comfy_table::{Table, presets};
use serde_json::json;

use super::yes_no;
use crate::commands::open_readable;
use crate::error::Result;
use crate::output::Output;
use crate::settings::Settings;

pub fn run(settings: &Settings, out: &Output) -> Result<u8> {
    let db = open_readable(settings)?;
    let users = db.list_users()?;
    if out.json_mode() {
        out.json(&json!(users))?;
        return Ok(0);
    }
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "username",
        "active",
        "superuser",
        "created",
        "last login",
        "API keys",
    ]);
    for u in &users {
        table.add_row(vec![
            u.username.clone(),
            yes_no(u.is_active).to_owned(),
            yes_no(u.is_superuser).to_owned(),
            short_time(u.created_at.as_deref()),
            short_time(u.last_login_at.as_deref()),
            u.api_keys.to_string(),
        ]);
    }
    out.line(table.to_string())?;
    out.note(format!("{} user(s)", users.len()));
    Ok(0)
}

/// Stored datetimes to the minute, for a table; "never" for none.
fn short_time(value: Option<&str>) -> String {
    match value {
        Some(v) if v.len() >= 16 => format!("{} UTC", &v[..16]),
        Some(v) => v.to_owned(),
        None => "never".to_owned(),
    }
}
