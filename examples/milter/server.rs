//! Every MTA connection, served from one thread. The sockets are polled
//! (epoll, through mio), so a connection Postfix holds open between
//! messages costs its session state and no thread: the milter's threads are
//! this one, the verdict workers, and the signal watcher, whatever the number
//! of connections. A whole message goes to the engine's worker pool; the
//! verdict comes back through a channel and a waker, or the time budget
//! runs out first and the message passes unchanged.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use govmail_audit::Verdict;
use mio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use mio::{Events, Interest, Poll, Registry, Token, Waker};

use super::engine::{Begun, Engine, FailOpen, Pending};
use super::protocol::{Command, Packet, Response, command_name, decode, encode, parse_packet};
use super::session::{Session, Step};

/// How many connections are served, and how long they may stay silent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Connections served in full; past this they are accepted uninspected,
    /// past twice this closed at once.
    pub(crate) max_connections: usize,
    /// A connection silent this long is closed.
    pub(crate) idle: Duration,
    /// A connection that takes none of our answer for this long is closed.
    pub(crate) write_stall: Duration,
}

/// Where the MTA connects.
pub(crate) enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

const LISTENER: Token = Token(0);
const WAKER: Token = Token(1);
const FIRST_CONNECTION: usize = 2;

/// Bytes read from a socket at a time.
const READ_CHUNK: usize = 64 << 10;
/// An input buffer larger than this is given back once empty, so an idle
/// connection holds no more than this.
const KEEP_BUFFER: usize = 4 << 10;
/// Unknown commands logged per connection; the rest are counted.
const UNKNOWN_LOGGED: u32 = 10;
/// How often silent connections are looked for.
const SWEEP: Duration = Duration::from_secs(1);

enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Stream {
    fn register(&mut self, registry: &Registry, token: Token) -> io::Result<()> {
        // Edge-triggered both ways from the start: a spurious "writable"
        // with nothing to write costs one empty pass.
        let interest = Interest::READABLE | Interest::WRITABLE;
        match self {
            Stream::Tcp(s) => registry.register(s, token, interest),
            Stream::Unix(s) => registry.register(s, token, interest),
        }
    }

    fn deregister(&mut self, registry: &Registry) {
        let _ = match self {
            Stream::Tcp(s) => registry.deregister(s),
            Stream::Unix(s) => registry.deregister(s),
        };
    }

    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => {
                let n = s.read(buffer)?;
                quick_ack(s);
                Ok(n)
            }
            Stream::Unix(s) => s.read(buffer),
        }
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.write(bytes),
            Stream::Unix(s) => s.write(bytes),
        }
    }
}

/// True where TCP_QUICKACK can be set.
const QUICK_ACK: bool = cfg!(target_os = "linux");

/// Acknowledges at once what the MTA sent. With reply skipping the MTA
/// writes several small packets without waiting for an answer; Nagle's
/// algorithm on its side holds each until the previous one is acknowledged,
/// and a delayed ACK here would make that wait up to 40 ms. The kernel
/// falls back to delayed ACKs after a while, so this is set after every read.
#[cfg(target_os = "linux")]
fn quick_ack(stream: &TcpStream) {
    let _ = socket2::SockRef::from(stream).set_tcp_quickack(true);
}

#[cfg(not(target_os = "linux"))]
fn quick_ack(_stream: &TcpStream) {}

/// A verdict being made for a connection.
struct Waiting {
    ticket: u64,
    pending: Pending,
    deadline: Instant,
}

/// A worker's answer, on its way back to the polling thread.
struct Completion {
    token: Token,
    ticket: u64,
    verdict: Option<Verdict>,
}

/// One MTA connection.
struct Connection<'e> {
    stream: Stream,
    /// The MTA's end of the connection (`host:port`, or `unix`).
    peer: String,
    session: Session<'e, Engine>,
    /// Bytes read and not yet a whole packet (or held while a verdict is made).
    input: Vec<u8>,
    /// Answers not yet taken by the socket.
    output: Vec<u8>,
    waiting: Option<Waiting>,
    last_activity: Instant,
    /// Close once the answers are written: the MTA quit, or broke the protocol.
    closing: bool,
    /// The MTA closed its side.
    ended: bool,
    unknown_commands: u32,
}

impl Connection<'_> {
    fn protocol_error(&self, engine: &Engine, error: &str) {
        engine.protocol_error(&self.peer, self.session.client(), error);
    }
}

/// What a connection needs from the server while it is driven.
struct Context<'a, 'e> {
    engine: &'e Engine,
    scratch: &'a mut [u8],
    completions: &'a Sender<Completion>,
    waker: &'a Arc<Waker>,
    next_ticket: &'a mut u64,
}

/// Serves connections from `listener` until the process ends.
pub(crate) fn run(listener: Listener, engine: &Engine, limits: Limits) -> io::Result<()> {
    let mut server = Server::new(listener, engine, limits)?;
    loop {
        server.turn()?;
    }
}

struct Server<'e> {
    engine: &'e Engine,
    poll: Poll,
    events: Events,
    listener: Listener,
    waker: Arc<Waker>,
    completions: Sender<Completion>,
    finished: Receiver<Completion>,
    connections: HashMap<Token, Connection<'e>>,
    next_token: usize,
    next_ticket: u64,
    limits: Limits,
    scratch: Vec<u8>,
    /// Accepting failed (out of descriptors): try again at the next turn.
    accept_again: bool,
    last_sweep: Instant,
}

impl<'e> Server<'e> {
    fn new(mut listener: Listener, engine: &'e Engine, limits: Limits) -> io::Result<Server<'e>> {
        let poll = Poll::new()?;
        match &mut listener {
            Listener::Tcp(l) => poll.registry().register(l, LISTENER, Interest::READABLE)?,
            Listener::Unix(l) => poll.registry().register(l, LISTENER, Interest::READABLE)?,
        }
        let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
        let (completions, finished) = mpsc::channel();
        Ok(Server {
            engine,
            poll,
            events: Events::with_capacity(256),
            listener,
            waker,
            completions,
            finished,
            connections: HashMap::new(),
            next_token: FIRST_CONNECTION,
            next_ticket: 0,
            limits,
            scratch: vec![0; READ_CHUNK],
            accept_again: false,
            last_sweep: Instant::now(),
        })
    }

    /// Waits for something to do, and does it.
    fn turn(&mut self) -> io::Result<()> {
        let timeout = self.timeout();
        if let Err(error) = self.poll.poll(&mut self.events, Some(timeout)) {
            if error.kind() == io::ErrorKind::Interrupted {
                return Ok(());
            }
            return Err(error);
        }
        let ready: Vec<Token> = self.events.iter().map(|e| e.token()).collect();
        for token in ready {
            match token {
                LISTENER => self.accept(),
                WAKER => {}
                token => self.drive(token),
            }
        }
        if self.accept_again {
            self.accept();
        }
        self.take_verdicts();
        self.expire();
        Ok(())
    }

    /// Until the next verdict deadline or sweep.
    fn timeout(&self) -> Duration {
        let now = Instant::now();
        let mut timeout = SWEEP;
        if self.accept_again {
            timeout = Duration::from_millis(50);
        }
        for connection in self.connections.values() {
            if let Some(waiting) = &connection.waiting {
                timeout = timeout.min(waiting.deadline.saturating_duration_since(now));
            }
        }
        timeout
    }

    fn accept(&mut self) {
        self.accept_again = false;
        loop {
            let accepted = match &self.listener {
                Listener::Tcp(l) => l.accept().map(|(stream, address)| {
                    let _ = stream.set_nodelay(true);
                    (Stream::Tcp(stream), address.to_string())
                }),
                Listener::Unix(l) => l
                    .accept()
                    .map(|(stream, _)| (Stream::Unix(stream), "unix".to_string())),
            };
            match accepted {
                Ok((stream, peer)) => self.admit(stream, peer),
                Err(error) if error.kind() == io::ErrorKind::WouldBlock => return,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => {
                    // Out of file descriptors and the like: the connection
                    // waits in the backlog; try again shortly, do not spin.
                    eprintln!("govmail-milter: accept: {error}");
                    self.accept_again = true;
                    return;
                }
            }
        }
    }

    fn admit(&mut self, mut stream: Stream, peer: String) {
        let count = self.connections.len() + 1;
        if count > self.limits.max_connections.saturating_mul(2) {
            // Postfix applies milter_default_action (accept) to this session.
            self.engine.connection_refused(&peer);
            return;
        }
        let passthrough = count > self.limits.max_connections;
        // Replies are skipped where no Nagle stall can follow (see
        // Negotiated::answer): on Unix sockets, and on TCP where quick ACKs
        // can be asked for.
        let skip_replies = matches!(stream, Stream::Unix(_)) || QUICK_ACK;
        let token = Token(self.next_token);
        self.next_token = self.next_token.wrapping_add(1).max(FIRST_CONNECTION);
        if let Err(error) = stream.register(self.poll.registry(), token) {
            eprintln!("govmail-milter: connection from {peer}: {error}");
            return;
        }
        let session = Session::new(self.engine, passthrough, skip_replies, peer.clone());
        self.connections.insert(
            token,
            Connection {
                stream,
                peer,
                session,
                input: Vec::new(),
                output: Vec::new(),
                waiting: None,
                last_activity: Instant::now(),
                closing: false,
                ended: false,
                unknown_commands: 0,
            },
        );
        // Data may already be there: edge-triggered polling reports only
        // what arrives after registration.
        self.drive(token);
    }

    /// Reads, answers and writes what a connection has ready; closes it
    /// when it is done.
    fn drive(&mut self, token: Token) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        let mut context = Context {
            engine: self.engine,
            scratch: &mut self.scratch,
            completions: &self.completions,
            waker: &self.waker,
            next_ticket: &mut self.next_ticket,
        };
        if !pump(connection, token, &mut context) {
            self.close(token);
        }
    }

    fn close(&mut self, token: Token) {
        if let Some(mut connection) = self.connections.remove(&token) {
            connection.stream.deregister(self.poll.registry());
            let unlogged = connection.unknown_commands.saturating_sub(UNKNOWN_LOGGED);
            if unlogged > 0 {
                connection.protocol_error(
                    self.engine,
                    &format!("{unlogged} more unknown commands (not logged one by one)"),
                );
            }
        }
    }

    /// Answers the messages whose verdicts have come back.
    fn take_verdicts(&mut self) {
        while let Ok(Completion {
            token,
            ticket,
            verdict,
        }) = self.finished.try_recv()
        {
            let Some(connection) = self.connections.get_mut(&token) else {
                continue; // The connection is gone; so is the message.
            };
            let current = connection
                .waiting
                .as_ref()
                .is_some_and(|w| w.ticket == ticket);
            if !current {
                continue; // Answered already, at its deadline.
            }
            if let Some(waiting) = connection.waiting.take() {
                let outcome = verdict.ok_or(FailOpen::Internal);
                let responses = self.engine.finish(waiting.pending, outcome);
                queue_answer(connection, responses);
            }
            self.drive(token);
        }
    }

    /// Fails open on verdicts past their deadline; closes silent connections.
    fn expire(&mut self) {
        let now = Instant::now();
        let late: Vec<Token> = self
            .connections
            .iter()
            .filter(|(_, c)| c.waiting.as_ref().is_some_and(|w| w.deadline <= now))
            .map(|(&token, _)| token)
            .collect();
        for token in late {
            if let Some(connection) = self.connections.get_mut(&token)
                && let Some(waiting) = connection.waiting.take()
            {
                let responses = self.engine.finish(waiting.pending, Err(FailOpen::Timeout));
                queue_answer(connection, responses);
            }
            self.drive(token);
        }
        if now.duration_since(self.last_sweep) < SWEEP {
            return;
        }
        self.last_sweep = now;
        let limits = self.limits;
        let silent: Vec<(Token, &'static str)> = self
            .connections
            .iter()
            .filter(|(_, c)| c.waiting.is_none())
            .filter_map(|(&token, c)| {
                let quiet = now.duration_since(c.last_activity);
                if !c.output.is_empty() && quiet >= limits.write_stall {
                    Some((token, "takes no answer"))
                } else if quiet >= limits.idle {
                    Some((token, "idle"))
                } else {
                    None
                }
            })
            .collect();
        for (token, why) in silent {
            if let Some(connection) = self.connections.get(&token) {
                eprintln!(
                    "govmail-milter: closing the connection from {} (client {:?}): {why} for {} s",
                    connection.peer,
                    connection.session.client(),
                    now.duration_since(connection.last_activity).as_secs()
                );
            }
            self.close(token);
        }
    }
}

/// Appends the answer to the end of a message.
fn queue_answer(connection: &mut Connection<'_>, responses: Vec<Response>) {
    for response in Session::<Engine>::answer(responses) {
        encode(&response, &mut connection.output);
    }
}

/// Moves a connection on as far as it can go now. False when it is to be
/// closed.
fn pump(connection: &mut Connection<'_>, token: Token, context: &mut Context<'_, '_>) -> bool {
    // Packets already read, held while a verdict was made.
    answer_packets(connection, token, context);
    while connection.waiting.is_none() && !connection.closing && !connection.ended {
        match connection.stream.read(context.scratch) {
            Ok(0) => {
                connection.ended = true;
                if !connection.input.is_empty() {
                    let expected = connection
                        .input
                        .get(..4)
                        .and_then(|b| <[u8; 4]>::try_from(b).ok())
                        .map(|b| format!(" of {}", u64::from(u32::from_be_bytes(b)) + 4))
                        .unwrap_or_default();
                    connection.protocol_error(
                        context.engine,
                        &format!(
                            "truncated packet: {} bytes{expected}, then end of stream",
                            connection.input.len()
                        ),
                    );
                }
            }
            Ok(n) => {
                connection.last_activity = Instant::now();
                connection
                    .input
                    .extend_from_slice(context.scratch.get(..n).unwrap_or_default());
                answer_packets(connection, token, context);
            }
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => break,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => {
                if !quietly_gone(&error) {
                    eprintln!("govmail-milter: reading from {}: {error}", connection.peer);
                }
                return false;
            }
        }
    }
    while !connection.output.is_empty() {
        match connection.stream.write(&connection.output) {
            Ok(0) => return false,
            Ok(n) => {
                connection.output.drain(..n.min(connection.output.len()));
                connection.last_activity = Instant::now();
            }
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => break,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => {
                if !quietly_gone(&error) {
                    eprintln!("govmail-milter: writing to {}: {error}", connection.peer);
                }
                return false;
            }
        }
    }
    if connection.output.is_empty() && connection.output.capacity() > KEEP_BUFFER {
        connection.output = Vec::new();
    }
    // The MTA gone (a verdict in flight is dropped with it), or finished.
    !(connection.ended || (connection.closing && connection.output.is_empty()))
}

/// The peer hung up: the MTA applies milter_default_action to what was in
/// flight; nothing to tell.
fn quietly_gone(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe
    )
}

/// Answers every whole packet in the input, up to a message whose verdict
/// must be waited for.
fn answer_packets(connection: &mut Connection<'_>, token: Token, context: &mut Context<'_, '_>) {
    let mut used = 0;
    while connection.waiting.is_none() && !connection.closing {
        let rest = connection.input.get(used..).unwrap_or_default();
        let Packet { code, data, length } = match parse_packet(rest) {
            Ok(Some(packet)) => packet,
            Ok(None) => break,
            Err(error) => {
                connection.protocol_error(context.engine, &error);
                connection.closing = true;
                break;
            }
        };
        let decoded = decode(code, data.to_vec());
        used += length;
        let command = match decoded {
            Ok(command) => command,
            Err(error) => {
                connection.protocol_error(
                    context.engine,
                    &format!("command {}: {error}", command_name(code)),
                );
                connection.closing = true;
                break;
            }
        };
        if let Command::Other(code) = command {
            // libmilter closes here; an unknown command needs no answer, so
            // the conversation goes on and the MTA keeps its mail flowing.
            connection.unknown_commands = connection.unknown_commands.saturating_add(1);
            if connection.unknown_commands <= UNKNOWN_LOGGED {
                connection.protocol_error(
                    context.engine,
                    &format!("unknown command {}, ignored", command_name(code)),
                );
            }
        }
        match connection.session.handle(command) {
            Step::Reply(responses) => {
                for response in &responses {
                    encode(response, &mut connection.output);
                }
            }
            Step::Close => connection.closing = true,
            Step::Inspect(message, abilities, held) => {
                let ticket = *context.next_ticket;
                *context.next_ticket = ticket.wrapping_add(1);
                let completions = context.completions.clone();
                let waker = Arc::clone(context.waker);
                let notify = Box::new(move |verdict| {
                    let _ = completions.send(Completion {
                        token,
                        ticket,
                        verdict,
                    });
                    let _ = waker.wake();
                });
                match context.engine.begin(message, abilities, held, notify) {
                    Begun::Done(responses) => queue_answer(connection, responses),
                    Begun::Pending(pending) => {
                        connection.waiting = Some(Waiting {
                            ticket,
                            pending,
                            deadline: Instant::now() + context.engine.time_budget(),
                        });
                    }
                }
            }
        }
    }
    connection.input.drain(..used.min(connection.input.len()));
    if connection.input.is_empty() && connection.input.capacity() > KEEP_BUFFER {
        connection.input = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};
    use std::net::TcpStream as StdTcpStream;
    use std::path::Path;

    use govmail_audit::Detector;
    use serde_json::Value;

    use super::super::engine::tests::{config, temp_log};
    use super::super::engine::{Config, Log};
    use super::*;

    /// A server on a free loopback port, serving on a thread of its own for
    /// the rest of the test run; its address.
    fn start(log: &Path, time_budget: Duration, max_connections: usize) -> String {
        let config = Config {
            time_budget,
            ..config()
        };
        let engine = Arc::new(Engine::new(
            config,
            Detector::with_defaults().unwrap(),
            1,
            Log::open(Some(log.to_path_buf())).unwrap(),
        ));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        listener.set_nonblocking(true).unwrap();
        let listener = Listener::Tcp(TcpListener::from_std(listener));
        let limits = Limits {
            max_connections,
            idle: Duration::from_secs(60),
            write_stall: Duration::from_secs(60),
        };
        std::thread::spawn(move || run(listener, &engine, limits));
        address
    }

    fn packet(code: u8, data: &[u8]) -> Vec<u8> {
        let mut out = ((data.len() + 1) as u32).to_be_bytes().to_vec();
        out.push(code);
        out.extend_from_slice(data);
        out
    }

    fn optneg() -> Vec<u8> {
        let mut words = Vec::new();
        for word in [6u32, 0x1ff, 0x1f_ffff] {
            words.extend_from_slice(&word.to_be_bytes());
        }
        packet(b'O', &words)
    }

    fn connect(client: &str) -> Vec<u8> {
        let mut data = b"host.example\x004\x30\x39".to_vec();
        data.extend_from_slice(client.as_bytes());
        data.push(0);
        packet(b'C', &data)
    }

    /// One message, its header fields as Postfix passes them.
    fn message_packets(raw: &[u8]) -> Vec<u8> {
        let text = String::from_utf8_lossy(raw).replace("\r\n", "\n");
        let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
        let mut wire = packet(b'M', b"<registration@facebookmail.com>\0");
        wire.extend(packet(b'R', b"<an.nguyen@stttt.quangngai.gov.vn>\0"));
        let mut fields: Vec<String> = Vec::new();
        for line in head.lines() {
            match fields.last_mut() {
                Some(field) if line.starts_with([' ', '\t']) => {
                    field.push('\n');
                    field.push_str(line);
                }
                _ => fields.push(line.to_string()),
            }
        }
        for field in fields {
            let (name, value) = field.split_once(':').unwrap();
            let mut data = name.as_bytes().to_vec();
            data.push(0);
            data.extend_from_slice(value.as_bytes());
            data.push(0);
            wire.extend(packet(b'L', &data));
        }
        wire.extend(packet(b'N', b""));
        wire.extend(packet(b'B', body.replace('\n', "\r\n").as_bytes()));
        wire.extend(packet(b'E', b""));
        wire
    }

    /// Reads answer packets until `count` have come (or the server closes).
    fn read_codes(stream: &mut StdTcpStream, count: usize) -> Vec<u8> {
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let mut codes = Vec::new();
        while codes.len() < count {
            let mut length = [0u8; 4];
            if stream.read_exact(&mut length).is_err() {
                break;
            }
            let mut packet = vec![0u8; u32::from_be_bytes(length) as usize];
            stream.read_exact(&mut packet).unwrap();
            codes.push(packet[0]);
        }
        codes
    }

    /// The log's lines, once `ready` holds for one of them (the server
    /// writes from its own thread).
    fn log_lines(log: &Path, ready: impl Fn(&Value) -> bool) -> Vec<Value> {
        for _ in 0..200 {
            let lines: Vec<Value> = std::fs::read_to_string(log)
                .unwrap_or_default()
                .lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect();
            if lines.iter().any(&ready) {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "no such line in {}: {:?}",
            log.display(),
            std::fs::read_to_string(log)
        );
    }

    /// A connection to `address`, its own address (the server's `peer`),
    /// and the opening packets (OPTNEG, CONNECT for `client`).
    fn open(address: &str, client: &str) -> (StdTcpStream, String, Vec<u8>) {
        let stream = StdTcpStream::connect(address).unwrap();
        let peer = stream.local_addr().unwrap().to_string();
        let mut wire = optneg();
        wire.extend(connect(client));
        (stream, peer, wire)
    }

    /// The first log line with this action, once written.
    fn first_line(log: &Path, action: &str) -> Value {
        let lines = log_lines(log, |l| l["action"] == action);
        lines
            .into_iter()
            .find(|l| l["action"] == action)
            .unwrap_or_default()
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/messages")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn a_message_is_answered_from_the_worker_pool() {
        let log = temp_log("answer");
        let address = start(&log, Duration::from_secs(10), 8);
        let (mut stream, _, mut wire) = open(&address, "203.0.113.7");
        wire.extend(message_packets(&fixture("facebook-verify-vi.eml")));
        wire.extend(packet(b'Q', b""));
        stream.write_all(&wire).unwrap();
        // OPTNEG, CONNECT, then at the end of the message: the header, continue.
        assert_eq!(read_codes(&mut stream, 4), b"Ochc");
        assert_eq!(first_line(&log, "header")["client"], "203.0.113.7");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn a_verdict_past_its_budget_passes_the_message_unchanged() {
        let log = temp_log("budget");
        let address = start(&log, Duration::ZERO, 8);
        let (mut stream, _, mut wire) = open(&address, "203.0.113.8");
        wire.extend(message_packets(&fixture("facebook-verify-vi.eml")));
        stream.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut stream, 3), b"Occ");
        log_lines(&log, |l| {
            l["action"] == "fail_open" && l["reason"] == "timeout"
        });
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn a_truncated_packet_then_end_of_stream_is_logged_with_the_peer() {
        let log = temp_log("truncated");
        let address = start(&log, Duration::from_secs(10), 8);
        let (mut stream, peer, mut wire) = open(&address, "203.0.113.9");
        let body = packet(b'B', b"half of a body chunk");
        wire.extend_from_slice(&body[..10]);
        stream.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut stream, 2), b"Oc");
        stream.shutdown(std::net::Shutdown::Write).unwrap();
        let error = first_line(&log, "protocol_error");
        assert_eq!(error["peer"], peer.as_str());
        assert_eq!(error["client"], "203.0.113.9");
        let text = error["error"].as_str().unwrap();
        assert!(text.contains("truncated packet: 10 bytes of 25"), "{text}");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn an_unknown_command_is_logged_and_the_conversation_goes_on() {
        let log = temp_log("unknown");
        let address = start(&log, Duration::from_secs(10), 8);
        let (mut stream, peer, mut wire) = open(&address, "203.0.113.10");
        wire.extend(packet(b'X', b"what is this"));
        wire.extend(message_packets(&fixture("facebook-verify-vi.eml")));
        stream.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut stream, 4), b"Ochc");
        let error = first_line(&log, "protocol_error");
        assert_eq!(error["peer"], peer.as_str());
        assert_eq!(error["client"], "203.0.113.10");
        assert_eq!(error["error"], "unknown command 'X' (0x58), ignored");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn a_broken_length_is_logged_and_the_connection_closed() {
        let log = temp_log("length");
        let address = start(&log, Duration::from_secs(10), 8);
        let mut stream = StdTcpStream::connect(&address).unwrap();
        let mut wire = optneg();
        wire.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, b'B']);
        stream.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut stream, 2), b"O", "answered, then closed");
        let lines = log_lines(&log, |l| l["action"] == "protocol_error");
        assert!(lines.iter().any(|l| {
            l["error"]
                .as_str()
                .is_some_and(|e| e.contains("length 4294967295 out of range"))
        }));
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn connections_past_the_limit_pass_and_past_twice_it_are_refused_by_peer() {
        let log = temp_log("limit");
        let address = start(&log, Duration::from_secs(10), 1);
        let mut first = StdTcpStream::connect(&address).unwrap();
        let mut wire = optneg();
        wire.extend(connect("203.0.113.11"));
        first.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut first, 2), b"Oc");
        // The second is served uninspected: CONNECT is answered ACCEPT.
        let mut second = StdTcpStream::connect(&address).unwrap();
        let second_peer = second.local_addr().unwrap().to_string();
        let mut wire = optneg();
        wire.extend(connect("203.0.113.12"));
        second.write_all(&wire).unwrap();
        assert_eq!(read_codes(&mut second, 2), b"Oa");
        // The third is closed at once.
        let mut third = StdTcpStream::connect(&address).unwrap();
        let third_peer = third.local_addr().unwrap().to_string();
        assert_eq!(read_codes(&mut third, 1), b"");
        let lines = log_lines(&log, |l| l["refused"] == true);
        let passed = lines
            .iter()
            .find(|l| l["reason"] == "too_many_connections" && l["refused"].is_null())
            .unwrap();
        assert_eq!(passed["peer"], second_peer.as_str());
        assert_eq!(passed["client"], "203.0.113.12");
        let refused = lines.iter().find(|l| l["refused"] == true).unwrap();
        assert_eq!(refused["peer"], third_peer.as_str());
        let _ = std::fs::remove_file(log);
    }

    /// This process's threads, from the kernel.
    fn threads() -> usize {
        std::fs::read_to_string("/proc/self/status")
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    }

    #[test]
    fn held_connections_cost_no_threads() {
        let log = temp_log("threads");
        let address = start(&log, Duration::from_secs(10), 512);
        // Let the server and its worker start before counting.
        let mut probe = StdTcpStream::connect(&address).unwrap();
        probe.write_all(&optneg()).unwrap();
        assert_eq!(read_codes(&mut probe, 1), b"O");
        let before = threads();
        let mut held = Vec::new();
        for _ in 0..300 {
            let mut stream = StdTcpStream::connect(&address).unwrap();
            stream.write_all(&optneg()).unwrap();
            assert_eq!(read_codes(&mut stream, 1), b"O");
            held.push(stream);
        }
        let after = threads();
        // Other tests of this binary start and end threads meanwhile; a
        // thread per connection would add 300.
        assert!(
            after < before + 40,
            "{before} threads before 300 connections, {after} with them"
        );
        drop(held);
        let _ = std::fs::remove_file(log);
    }
}
