//! PostgreSQL: Langflow's production database. The URL as Langflow takes
//! it ([`url`]) and the connection, TLS through rustls ([`connect`]).

pub mod connect;
pub mod db;
pub mod delete;
pub mod relay;
pub mod secrets;
pub mod url;
