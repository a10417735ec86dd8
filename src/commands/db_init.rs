use serde_json::json;

use crate::cli::DbInitArgs;
use crate::error::Result;
use crate::storage;
use crate::ui::context::Ctx;

pub fn run(ctx: &Ctx, args: &DbInitArgs) -> Result<()> {
    let (out, path) = (&ctx.out, args.path.as_path());
    storage::init_scratch(path)?;
    if out.json_mode() {
        out.json(&json!({ "created": path, "langflow_release": "1.13", "journal_mode": "wal" }))?;
    } else {
        out.line(format!(
            "created {} (scratch Langflow 1.13 tables, WAL mode)",
            path.display()
        ))?;
        out.note("Langflow creates its real database itself; this one is for trying flowadmin and for tests.");
        out.note(format!(
            "try: flowadmin --db {} db check",
            crate::ui::output::shell_quote(&path.display().to_string())
        ));
    }
    Ok(())
}
