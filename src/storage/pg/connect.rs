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

/// The `postgres` configuration for a target (without TLS, chosen apart),
/// connecting to `via` (the relay) instead of the server when given: the
/// library keeps a list of hosts and ports, so only one may be set.
fn config(target: &Target, via: Option<std::net::SocketAddr>) -> postgres::Config {
    let mut cfg = postgres::Config::new();
    cfg.user(&target.user)
        .dbname(&target.dbname)
        .port(via.map_or(target.port, |a| a.port()))
        .options(&target.options)
        .application_name(&target.application_name)
        .connect_timeout(target.connect_timeout);
    if let Some(password) = &target.password {
        cfg.password(password.as_bytes());
    }
    match via {
        Some(relay) => cfg.host(&relay.ip().to_string()),
        None if target.is_socket() => cfg.host_path(&target.host),
        None => cfg.host(&target.host),
    };
    cfg.ssl_mode(match target.sslmode {
        SslMode::Disable => postgres::config::SslMode::Disable,
        SslMode::Allow | SslMode::Prefer => postgres::config::SslMode::Prefer,
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
            postgres::config::SslMode::Require
        }
    });
    cfg
}

/// Connects, the whole establishment (TCP, TLS, startup, authentication)
/// within `connect_timeout` as libpq's is; over TCP through the
/// [relay](super::relay), which bounds every later wait by
/// `answer_timeout`. A Unix socket never uses TLS (as in libpq).
pub fn connect(target: &Target) -> Result<postgres::Client, ConnectError> {
    let at = target.describe();
    let unreachable = |reason: String| ConnectError::Unreachable {
        at: at.clone(),
        reason,
    };
    let relay = if target.is_socket() {
        None
    } else {
        Some(
            super::relay::start(
                &target.host,
                target.port,
                target.connect_timeout,
                target.answer_timeout,
            )
            .map_err(|e| unreachable(crate::error::io_reason(&e)))?,
        )
    };
    let mut cfg = config(target, relay.as_ref().map(|r| r.local));
    let tls = if target.is_socket() || target.sslmode == SslMode::Disable {
        cfg.ssl_mode(postgres::config::SslMode::Disable);
        None
    } else {
        Some(AsHost {
            inner: tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(target)?),
            host: target.host.clone(),
            meter: relay.as_ref().map(|r| std::sync::Arc::clone(&r.meter)),
        })
    };
    // The client library bounds only the TCP connect: the rest waits in a
    // thread of its own, given up on (and left to the process's end) when
    // the server accepts and never finishes the startup.
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let result = match tls {
            Some(tls) => cfg.connect(tls),
            None => cfg.connect(postgres::NoTls),
        };
        let _ = send.send(result);
    });
    match receive.recv_timeout(target.connect_timeout) {
        Ok(result) => result.map_err(|e| classify(target, &e)),
        Err(_) => Err(unreachable(format!(
            "it accepted the connection but did not finish the startup within {} s (connect_timeout)",
            target.connect_timeout.as_secs()
        ))),
    }
}

/// The TLS connector told the server's own name, not the relay's loopback
/// address, so `verify-full` checks the certificate against the real host;
/// its streams feed the relay's meter the plaintext.
struct AsHost<M> {
    inner: M,
    host: String,
    meter: Option<std::sync::Arc<super::relay::Meter>>,
}

impl<S, M> postgres::tls::MakeTlsConnect<S> for AsHost<M>
where
    M: postgres::tls::MakeTlsConnect<S>,
    <M::TlsConnect as postgres::tls::TlsConnect<S>>::Future: Send + 'static,
    M::Stream: Send + 'static,
{
    type Stream = super::relay::Watched<M::Stream>;
    type TlsConnect = super::relay::WatchedConnect<M::TlsConnect>;
    type Error = M::Error;

    fn make_tls_connect(&mut self, _relay: &str) -> Result<Self::TlsConnect, Self::Error> {
        Ok(super::relay::WatchedConnect {
            inner: self.inner.make_tls_connect(&self.host)?,
            meter: self
                .meter
                .clone()
                .unwrap_or_else(|| std::sync::Arc::new(super::relay::Meter::idle())),
        })
    }
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
