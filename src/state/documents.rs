//! A manifest file's documents: Langflow's `AdminState` and flowadmin's
//! `Credentials`, each read by its own module.

use serde_json::Value;

use super::credentials::{self, Credentials};
use super::error::ManifestError;
use super::manifest::{self, AdminState};

/// Reads a file's documents: Langflow's `AdminState` and flowadmin's
/// `Credentials` (by `apiVersion`), at most one of each; YAML may hold both
/// (separated by `---`), JSON holds one. A file with no AdminState plans no
/// administration change.
pub fn parse_documents(
    text: &str,
    json: bool,
) -> Result<(Option<AdminState>, Option<Credentials>), ManifestError> {
    let docs: Vec<Value> = if json {
        vec![serde_json::from_str(text).map_err(|e| {
            ManifestError(format!(
                "Invalid JSON administration manifest at line {}, column {}",
                e.line(),
                e.column()
            ))
        })?]
    } else {
        super::pyyaml::load_all(text)
            .map_err(|e| ManifestError(format!("Invalid YAML administration manifest: {}", e.0)))?
    };
    for doc in &docs {
        manifest::refuse_nul(doc, "")?;
    }
    let (mut admin, mut creds) = (None, None);
    for doc in docs.iter().filter(|d| !d.is_null()) {
        if credentials::is_credentials(doc) {
            if creds.is_some() {
                return Err(ManifestError("more than one Credentials document".into()));
            }
            creds = Some(credentials::validate(doc)?);
        } else {
            if admin.is_some() {
                return Err(ManifestError("more than one AdminState document".into()));
            }
            admin = Some(manifest::validate(doc)?);
        }
    }
    if admin.is_none() && creds.is_none() {
        // What Langflow says of an empty manifest.
        return manifest::validate(&Value::Null).map(|a| (Some(a), None));
    }
    Ok((admin, creds))
}
