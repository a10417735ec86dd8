//! Every wait on a PostgreSQL server bounded, whatever the server does.
//!
//! The `postgres` client has no timeout once connected: a server that
//! accepts a statement (a COMMIT) and never answers, or a frozen backend,
//! keeps it waiting forever, holding locks. So flowadmin talks to the
//! server through a relay in its own process: the client connects to a
//! loopback port, the relay to the server (with TCP keepalives), and two
//! threads copy the bytes. A [`Meter`] follows the protocol's framing: a
//! request is outstanding from the client's sync point (a simple query `Q`,
//! an extended-protocol `Sync`, the startup message) until the server's
//! `ReadyForQuery` (`Z`) for it. While one is outstanding the server must
//! send something within `answer`; past that the relay closes both sides,
//! so the client's call fails at once as a lost connection (a COMMIT as
//! "unknown"), and [`stalled`] says why. Idle time between requests (a
//! prompt, the crypto of a page) never counts. Under TLS the relay only
//! sees ciphertext: the meter is then fed the plaintext by [`Watched`], a
//! wrapper around the client's TLS stream.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Set once a relay in this process gave up on a silent server.
static STALLED: AtomicBool = AtomicBool::new(false);
/// The bound that was exceeded, in seconds (for messages).
static STALLED_AFTER: AtomicU64 = AtomicU64::new(0);

/// Whether a server stopped answering (and after how many seconds).
pub fn stalled() -> Option<u64> {
    STALLED
        .load(Ordering::SeqCst)
        .then(|| STALLED_AFTER.load(Ordering::SeqCst))
}

/// How often the server side checks the clock while it waits.
const TICK: Duration = Duration::from_millis(200);

/// A parser of one direction's message framing: untyped messages first
/// (`length, code, ...`: the SSL request and the startup message), then
/// typed ones (`type, length, ...`).
#[derive(Default)]
struct Framing {
    typed: bool,
    header: Vec<u8>,
    skip: usize,
}

impl Framing {
    fn typed() -> Framing {
        Framing {
            typed: true,
            ..Framing::default()
        }
    }

    /// Feeds bytes; calls `on` with each message's type (or, untyped, its
    /// code) as soon as its header is complete.
    fn feed(&mut self, mut bytes: &[u8], on: &mut dyn FnMut(Header)) {
        while !bytes.is_empty() {
            if self.skip > 0 {
                let n = self.skip.min(bytes.len());
                self.skip -= n;
                bytes = &bytes[n..];
                continue;
            }
            let want = if self.typed { 5 } else { 8 };
            let n = (want - self.header.len()).min(bytes.len());
            self.header.extend_from_slice(&bytes[..n]);
            bytes = &bytes[n..];
            if self.header.len() < want {
                return;
            }
            let h = std::mem::take(&mut self.header);
            if self.typed {
                let len = u32::from_be_bytes([h[1], h[2], h[3], h[4]]) as usize;
                self.skip = len.saturating_sub(4);
                on(Header::Typed(h[0]));
            } else {
                let len = u32::from_be_bytes([h[0], h[1], h[2], h[3]]) as usize;
                let code = u32::from_be_bytes([h[4], h[5], h[6], h[7]]);
                self.skip = len.saturating_sub(8);
                // Only the SSL request comes before the startup message.
                self.typed = code != SSL_REQUEST;
                on(Header::Untyped(code));
            }
        }
    }
}

enum Header {
    Typed(u8),
    Untyped(u32),
}

const SSL_REQUEST: u32 = 80_877_103;

/// What the meter knows of one connection.
struct Count {
    client: Framing,
    server: Framing,
    /// The client asked for TLS and the one-byte answer is next.
    ssl_answer_next: bool,
    /// Sync points sent and `ReadyForQuery` answers received.
    syncs: u64,
    readies: u64,
    /// Milliseconds since `start` of the last sign of life while waiting.
    progress: u64,
}

/// Follows one connection's requests and answers (see the module docs).
pub struct Meter {
    start: Instant,
    count: std::sync::Mutex<Count>,
    /// Under TLS the relay sees ciphertext: [`Watched`] feeds the meter.
    encrypted: AtomicBool,
}

impl Meter {
    fn new() -> Meter {
        Meter {
            start: Instant::now(),
            count: std::sync::Mutex::new(Count {
                client: Framing::default(),
                server: Framing::typed(),
                ssl_answer_next: false,
                syncs: 0,
                readies: 0,
                progress: 0,
            }),
            encrypted: AtomicBool::new(false),
        }
    }

    /// A meter no relay reads (a connection without one).
    pub fn idle() -> Meter {
        Meter::new()
    }

    fn now(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Count> {
        self.count.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Bytes the client sent (plaintext).
    fn client_bytes(&self, bytes: &[u8]) {
        let now = self.now();
        let mut c = self.lock();
        let Count {
            client,
            ssl_answer_next,
            syncs,
            readies,
            progress,
            ..
        } = &mut *c;
        client.feed(bytes, &mut |h| match h {
            Header::Untyped(SSL_REQUEST) => *ssl_answer_next = true,
            Header::Untyped(_) | Header::Typed(b'Q' | b'S') => {
                if *syncs == *readies {
                    *progress = now;
                }
                *syncs += 1;
            }
            Header::Typed(_) => {}
        });
    }

    /// Bytes the server sent (plaintext); returns whether TLS starts.
    fn server_bytes(&self, mut bytes: &[u8]) -> bool {
        let now = self.now();
        let mut c = self.lock();
        c.progress = now;
        if c.ssl_answer_next && !bytes.is_empty() {
            c.ssl_answer_next = false;
            if bytes[0] == b'S' {
                // What follows is TLS: the wrapper starts afresh on plaintext.
                c.client = Framing::default();
                c.server = Framing::typed();
                return true;
            }
            bytes = &bytes[1..];
        }
        let Count {
            server, readies, ..
        } = &mut *c;
        server.feed(bytes, &mut |h| {
            if let Header::Typed(b'Z') = h {
                *readies += 1;
            }
        });
        false
    }

    /// Any byte from the server is a sign of life, even one not parsed.
    fn alive(&self) {
        let now = self.now();
        self.lock().progress = now;
    }

    /// Whether a request has waited past `answer` with no sign of life.
    fn stalled(&self, answer: Duration) -> bool {
        let now = self.now();
        let c = self.lock();
        c.syncs > c.readies && now.saturating_sub(c.progress) > answer.as_millis() as u64
    }
}

/// A relay ready for one client connection on `local`, and its meter (for
/// [`Watched`] under TLS).
pub struct Relay {
    pub local: SocketAddr,
    pub meter: Arc<Meter>,
}

/// Connects to `host:port` (each address in turn, each within `connect`),
/// then listens on a loopback port for the client. `answer` bounds each
/// wait for the server's reply.
pub fn start(host: &str, port: u16, connect: Duration, answer: Duration) -> std::io::Result<Relay> {
    let server = connect_any(host, port, connect)?;
    let listener = TcpListener::bind(("127.0.0.1", 0))?;
    let local = listener.local_addr()?;
    let meter = Arc::new(Meter::new());
    let pumped = Arc::clone(&meter);
    std::thread::spawn(move || {
        // One client, the one this process is about to connect.
        if let Ok((client, _)) = listener.accept() {
            pump(client, server, &pumped, answer);
        }
    });
    Ok(Relay { local, meter })
}

fn connect_any(host: &str, port: u16, limit: Duration) -> std::io::Result<TcpStream> {
    let mut last = std::io::Error::new(std::io::ErrorKind::NotFound, "no address for the host");
    for addr in (host, port).to_socket_addrs()? {
        match TcpStream::connect_timeout(&addr, limit) {
            Ok(stream) => {
                keepalive(&stream)?;
                stream.set_nodelay(true)?;
                return Ok(stream);
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// TCP keepalives, so a server host that vanished is noticed even while
/// nothing is outstanding.
fn keepalive(stream: &TcpStream) -> std::io::Result<()> {
    let socket = socket2::SockRef::from(stream);
    let probes = socket2::TcpKeepalive::new()
        .with_time(Duration::from_secs(15))
        .with_interval(Duration::from_secs(5))
        .with_retries(3);
    socket.set_tcp_keepalive(&probes)
}

fn pump(client: TcpStream, server: TcpStream, meter: &Arc<Meter>, answer: Duration) {
    let _ = client.set_nodelay(true);
    let (Ok(client_up), Ok(server_up)) = (client.try_clone(), server.try_clone()) else {
        return;
    };
    let up_meter = Arc::clone(meter);
    std::thread::spawn(move || upstream(client_up, server_up, &up_meter));
    downstream(server, client, meter, answer);
}

/// Client to server. The meter hears of a request before it leaves, so an
/// answer can never arrive before the wait it ends was recorded.
fn upstream(mut client: TcpStream, mut server: TcpStream, meter: &Meter) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match client.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if !meter.encrypted.load(Ordering::SeqCst) {
                    meter.client_bytes(&buf[..n]);
                }
                if server.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = server.shutdown(Shutdown::Write);
}

/// Server to client, giving up on a server silent for `answer` while a
/// request waits.
fn downstream(mut server: TcpStream, mut client: TcpStream, meter: &Meter, answer: Duration) {
    let _ = server.set_read_timeout(Some(TICK));
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match server.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if meter.encrypted.load(Ordering::SeqCst) {
                    meter.alive();
                } else if meter.server_bytes(&buf[..n]) {
                    meter.encrypted.store(true, Ordering::SeqCst);
                }
                if client.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                if meter.stalled(answer) {
                    STALLED_AFTER.store(answer.as_secs(), Ordering::SeqCst);
                    STALLED.store(true, Ordering::SeqCst);
                    let _ = server.shutdown(Shutdown::Both);
                    break;
                }
            }
            Err(_) => break,
        }
    }
    let _ = client.shutdown(Shutdown::Both);
}

/// The client's TLS stream, feeding the [`Meter`] the plaintext both ways
/// (the relay below it only sees ciphertext).
pub struct Watched<S> {
    inner: S,
    meter: Arc<Meter>,
}

impl<S: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for Watched<S> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = std::pin::Pin::new(&mut self.inner).poll_read(cx, buf);
        if let std::task::Poll::Ready(Ok(())) = &polled {
            self.meter.server_bytes(&buf.filled()[before..]);
        }
        polled
    }
}

impl<S: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for Watched<S> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        let polled = std::pin::Pin::new(&mut self.inner).poll_write(cx, buf);
        if let std::task::Poll::Ready(Ok(n)) = &polled {
            self.meter.client_bytes(&buf[..*n]);
        }
        polled
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

impl<S: postgres::tls::TlsStream + Unpin> postgres::tls::TlsStream for Watched<S> {
    fn channel_binding(&self) -> postgres::tls::ChannelBinding {
        self.inner.channel_binding()
    }
}

/// A TLS connector whose streams are [`Watched`].
pub struct WatchedConnect<T> {
    pub inner: T,
    pub meter: Arc<Meter>,
}

type Connecting<T, E> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, E>> + Send>>;

impl<S, T> postgres::tls::TlsConnect<S> for WatchedConnect<T>
where
    T: postgres::tls::TlsConnect<S>,
    T::Future: Send + 'static,
    T::Stream: Send + 'static,
{
    type Stream = Watched<T::Stream>;
    type Error = T::Error;
    type Future = Connecting<Watched<T::Stream>, T::Error>;

    fn connect(self, stream: S) -> Self::Future {
        let meter = self.meter;
        let connecting = self.inner.connect(stream);
        Box::pin(async move { connecting.await.map(|inner| Watched { inner, meter }) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut m = vec![kind];
        m.extend_from_slice(&(body.len() as u32 + 4).to_be_bytes());
        m.extend_from_slice(body);
        m
    }

    #[test]
    fn the_meter_follows_requests_and_answers_across_split_reads() {
        let meter = Meter::new();
        // SSL request, refused, then the startup message: one request.
        let mut ssl = 8u32.to_be_bytes().to_vec();
        ssl.extend_from_slice(&SSL_REQUEST.to_be_bytes());
        meter.client_bytes(&ssl);
        assert!(!meter.server_bytes(b"N"));
        let mut startup = 16u32.to_be_bytes().to_vec();
        startup.extend_from_slice(&196_608u32.to_be_bytes());
        startup.extend_from_slice(b"user\0u\0\0\0");
        startup.truncate(16);
        meter.client_bytes(&startup);
        assert_eq!(meter.lock().syncs, 1);
        let mut answer = typed(b'R', &[0, 0, 0, 0]);
        answer.extend(typed(b'Z', b"I"));
        // Split anywhere: the framing still finds the `Z`.
        for chunk in answer.chunks(3) {
            meter.server_bytes(chunk);
        }
        assert_eq!(meter.lock().readies, 1);
        // A query and a COMMIT in flight, one answer so far: still waiting.
        let mut two = typed(b'Q', b"SELECT 1\0");
        two.extend(typed(b'Q', b"COMMIT\0"));
        meter.client_bytes(&two);
        meter.server_bytes(&typed(b'Z', b"T"));
        let c = meter.lock();
        assert_eq!((c.syncs, c.readies), (3, 2));
    }
}
