//! Declarative administration (Langflow 1.13's `AdminState` manifests),
//! offline: read a manifest, export the deployment as one, plan the
//! changes in Langflow's order, and apply the whole plan in one
//! transaction. Knows nothing of the command line.

pub mod apply;
pub mod credentials;
pub mod documents;
pub mod error;
pub mod export;
pub mod manifest;
pub mod plan;
pub mod plan_credentials;
pub mod pyyaml;
pub mod yaml;
