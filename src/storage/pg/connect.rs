//! Connecting to PostgreSQL as libpq would for the same settings: `sslmode`
//! reproduced with rustls (no OpenSSL), the session in UTC, every wait
//! bounded, and failures told apart (unreachable, refused login, TLS, no
//! such database) without ever showing the password.

use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use super::url::{SslMode, Target};

/// Why a connection could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("cannot reach the PostgreSQL server at {at}: {reason}")]
    Unreachable { at: String, reason: String },
    #[error(
        "the server refused the login of {user:?} (wrong password, or a role that may not log in)"
    )]
    LoginRefused { user: String },
    #[error("the server at {at} has no database {dbname:?}")]
    NoDatabase { at: String, dbname: String },
    #[error("TLS with the server at {at} failed: {reason}")]
    Tls { at: String, reason: String },
    #[error("the sslrootcert file {path}: {reason}")]
    RootCert { path: String, reason: String },
    #[error("PostgreSQL at {at}: {reason}")]
    Other { at: String, reason: String },
}

/// libpq `require`: encrypt, check nothing; `verify-ca`: check the chain,
/// not the host name. The handshake signatures are checked either way.
#[derive(Debug)]
struct Lenient {
    inner: Arc<WebPkiServerVerifier>,
    check_chain: bool,
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if !self.check_chain {
            return Ok(ServerCertVerified::assertion());
        }
        match self
            .inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

fn roots(target: &Target) -> Result<RootCertStore, ConnectError> {
    let mut store = RootCertStore::empty();
    match &target.sslrootcert {
        Some(path) => {
            let shown = path.display().to_string();
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| ConnectError::RootCert {
                    path: shown.clone(),
                    reason: e.to_string(),
                })?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| ConnectError::RootCert {
                    path: shown.clone(),
                    reason: e.to_string(),
                })?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(ConnectError::RootCert {
                    path: shown,
                    reason: "it holds no usable certificate".into(),
                });
            }
        }
        None => store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    Ok(store)
}

fn tls_config(target: &Target) -> Result<rustls::ClientConfig, ConnectError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let at = target.describe();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| ConnectError::Tls {
            at: at.clone(),
            reason: e.to_string(),
        })?;
    let config = if target.sslmode == SslMode::VerifyFull {
        builder
            .with_root_certificates(roots(target)?)
            .with_no_client_auth()
    } else {
        let roots = if target.sslmode == SslMode::VerifyCa {
            roots(target)?
        } else {
            // Nothing is checked: any root will do for the verifier's shape.
            let mut store = RootCertStore::empty();
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            store
        };
        let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .map_err(|e| ConnectError::Tls {
                at: at.clone(),
                reason: e.to_string(),
            })?;
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Lenient {
                inner,
                check_chain: target.sslmode == SslMode::VerifyCa,
            }))
            .with_no_client_auth()
    };
    Ok(config)
}

/// The `postgres` configuration for a target (without TLS, chosen apart).
fn config(target: &Target) -> postgres::Config {
    let mut cfg = postgres::Config::new();
    cfg.user(&target.user)
        .dbname(&target.dbname)
        .port(target.port)
        .options(&target.options)
        .application_name(&target.application_name)
        .connect_timeout(target.connect_timeout);
    if let Some(password) = &target.password {
        cfg.password(password.as_bytes());
    }
    if target.is_socket() {
        cfg.host_path(&target.host);
    } else {
        cfg.host(&target.host);
    }
    cfg.ssl_mode(match target.sslmode {
        SslMode::Disable => postgres::config::SslMode::Disable,
        SslMode::Allow | SslMode::Prefer => postgres::config::SslMode::Prefer,
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
            postgres::config::SslMode::Require
        }
    });
    cfg
}

/// Connects. A Unix socket never uses TLS (as in libpq).
pub fn connect(target: &Target) -> Result<postgres::Client, ConnectError> {
    let mut cfg = config(target);
    let result = if target.is_socket() || target.sslmode == SslMode::Disable {
        cfg.ssl_mode(postgres::config::SslMode::Disable);
        cfg.connect(postgres::NoTls)
    } else {
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(target)?);
        cfg.connect(tls)
    };
    result.map_err(|e| classify(target, &e))
}

/// Tells connection failures apart from what the server and the socket said.
fn classify(target: &Target, err: &postgres::Error) -> ConnectError {
    use postgres::error::SqlState;
    let at = target.describe();
    if let Some(db) = err.as_db_error() {
        let code = db.code();
        if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return ConnectError::LoginRefused {
                user: target.user.clone(),
            };
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return ConnectError::NoDatabase {
                at,
                dbname: target.dbname.clone(),
            };
        }
        return ConnectError::Other {
            at,
            reason: db.message().to_owned(),
        };
    }
    // Walk the causes: an I/O error means the server could not be reached;
    // a rustls error means TLS failed.
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(err);
    while let Some(c) = cause {
        if let Some(tls) = c.downcast_ref::<rustls::Error>() {
            return ConnectError::Tls {
                at,
                reason: tls.to_string(),
            };
        }
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            if let Some(tls) = io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
            {
                return ConnectError::Tls {
                    at,
                    reason: tls.to_string(),
                };
            }
            return ConnectError::Unreachable {
                at,
                reason: crate::error::io_reason(io),
            };
        }
        cause = c.source();
    }
    let text = err.to_string();
    if text.contains("timed out") || text.contains("timeout") {
        return ConnectError::Unreachable {
            at,
            reason: format!("no answer within {} s", target.connect_timeout.as_secs()),
        };
    }
    if text.contains("TLS") || text.contains("SSL") || text.contains("ssl") {
        return ConnectError::Tls { at, reason: text };
    }
    if text.contains("password missing") {
        return ConnectError::LoginRefused {
            user: target.user.clone(),
        };
    }
    ConnectError::Other { at, reason: text }
}
