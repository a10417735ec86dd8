use serde_json::json;

use crate::commands::{check_new_password, open_writable};
use crate::error::{Error, Result};
use crate::output::Output;
use crate::prompt::{self, PasswordSources};
use crate::settings::Settings;

pub fn run(settings: &Settings, out: &Output, name: &str, password_stdin: bool) -> Result<u8> {
    let mut db = open_writable(settings)?;
    let user = db.require_user(name)?;
    let password = prompt::password(PasswordSources {
        stdin: password_stdin,
        env: None,
        purpose: format!("new password of {}", user.username),
        confirm: true,
    })?;
    check_new_password(&password, settings, out)?;
    let hash = password.hash().map_err(|e| Error::Usage(e.to_string()))?;
    db.set_password(&user.id, &hash)?;
    if out.json_mode() {
        out.json(&json!({ "username": user.username, "password_changed": true, "is_active": user.is_active }))?;
    } else {
        out.line(format!("password of {} changed", user.username))?;
        if !user.is_active {
            out.note(format!(
                "{} is inactive and still cannot log in: flowadmin user activate {}",
                crate::output::escape(&user.username),
                crate::output::shell_quote(&user.username)
            ));
        }
    }
    Ok(0)
}
