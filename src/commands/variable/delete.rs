use serde_json::json;

use super::the_row;
use crate::cli::VariableDeleteArgs;
use crate::commands::{open_writable, owner};
use crate::error::{Error, Result};
use crate::storage::secrets::dashed_uuid;
use crate::ui::context::Ctx;
use crate::ui::prompt;

pub fn run(ctx: &Ctx, args: &VariableDeleteArgs) -> Result<()> {
    let (settings, out) = (&ctx.settings, &ctx.out);
    let (name, user, id) = (
        args.name.as_str(),
        args.owner.user.as_deref(),
        args.id.as_deref(),
    );
    let mut db = open_writable(settings)?;
    let user = owner(&db, settings, user)?;
    let row = match id {
        Some(id) => {
            let wanted = id.replace('-', "").to_ascii_lowercase();
            db.find_variables(&user.id, name)?
                .into_iter()
                .find(|r| r.id == wanted)
                .ok_or_else(|| {
                    Error::not_found(format!(
                        "{} has no variable {name:?} with id {id}",
                        user.username
                    ))
                })?
        }
        None => the_row(db.find_variables(&user.id, name)?, &user.username, name)?,
    };
    let what = format!("deleting variable {name} of {}", user.username);
    let question = format!(
        "Delete variable {name} of {}? Flows using it lose it",
        user.username
    );
    if !prompt::confirm(
        settings.output.yes,
        ctx.term.interactive(),
        &what,
        &question,
    )? {
        out.note("nothing changed");
        return Ok(());
    }
    let nobody = crate::ops::Actor::new(None, false, db.schema());
    crate::ops::transaction(&mut db, true, &nobody, |tx| {
        crate::ops::variables::delete_variable(tx, &row.id)
    })?;
    crate::ui::output::record_commit(
        format!(
            "variable {} was deleted",
            crate::ui::output::escape(&row.name)
        ),
        &[],
        0,
    );
    if out.json_mode() {
        out.json(
            &json!({ "deleted": dashed_uuid(&row.id), "name": name, "owner": user.username }),
        )?;
    } else {
        out.line(format!("deleted variable {name} of {}", user.username))?;
    }
    Ok(())
}
