//! One MTA connection: the milter conversation, and the message put back
//! together from its header and body callbacks.

use super::protocol::{Command, Negotiated, Response};

/// A message as the MTA passed it, with its envelope.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Message {
    /// The MTA's queue id (macro `i`), when it sent one.
    pub(crate) queue_id: Option<String>,
    /// The SMTP client's address.
    pub(crate) client: String,
    /// MAIL FROM, without angle brackets.
    pub(crate) mail_from: Option<String>,
    /// RCPT TO addresses, without angle brackets.
    pub(crate) recipients: Vec<String>,
    /// The message: header fields (CRLF), a blank line, the body (CRLF).
    /// Emptied once the message grows past the size limit.
    pub(crate) raw: Vec<u8>,
    /// Bytes seen, counted on past the limit.
    pub(crate) size: usize,
    /// True when the message is larger than the limit (`raw` is empty).
    pub(crate) oversized: bool,
    /// True when it was dropped because all connections together held
    /// their budget of message bytes (`raw` is empty, `oversized` set).
    pub(crate) over_budget: bool,
}

/// Message bytes held in memory, counted against the budget shared by all
/// connections until dropped (with the message, or with its verdict job).
#[derive(Debug, Default)]
pub(crate) struct Held {
    budget: Option<std::sync::Arc<std::sync::atomic::AtomicUsize>>,
    bytes: usize,
}

impl Held {
    /// Counts `bytes` more against `budget` unless that would pass `limit`.
    pub(crate) fn take(
        &mut self,
        budget: &std::sync::Arc<std::sync::atomic::AtomicUsize>,
        limit: usize,
        bytes: usize,
    ) -> bool {
        use std::sync::atomic::Ordering;
        let taken = budget.fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
            held.checked_add(bytes).filter(|&total| total <= limit)
        });
        if taken.is_err() {
            return false;
        }
        self.budget
            .get_or_insert_with(|| std::sync::Arc::clone(budget));
        self.bytes += bytes;
        true
    }
}

/// Two holds are alike when they count as much (for comparing steps in tests).
impl PartialEq for Held {
    fn eq(&self, other: &Held) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for Held {}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(budget) = &self.budget {
            budget.fetch_sub(self.bytes, std::sync::atomic::Ordering::AcqRel);
        }
    }
}

/// What the MTA may be asked to do with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Abilities {
    /// Header values carry their leading space (SMFIP_HDR_LEADSPC).
    pub(crate) leading_space: bool,
    pub(crate) add_headers: bool,
    pub(crate) quarantine: bool,
}

/// Decides about whole messages.
pub(crate) trait Handler {
    /// The modifications to ask for (headers, quarantine), never a reject,
    /// decided on this thread (tests; the server asks the engine's workers).
    #[cfg(test)]
    fn end_of_message(&self, message: Message, abilities: Abilities) -> Vec<Response>;
    /// Messages larger than this are passed on uninspected.
    fn max_message_bytes(&self) -> usize;
    /// A connection from the MTA at `peer`, for the SMTP client `client`,
    /// is accepted uninspected (overload).
    fn connection_passed(&self, _peer: &str, _client: &str) {}
    /// Counts `bytes` more of a message in `held` against the budget all
    /// connections share; false when the budget is spent.
    fn hold(&self, _held: &mut Held, _bytes: usize) -> bool {
        true
    }
}

/// The state of one connection.
pub(crate) struct Session<'h, H: Handler + ?Sized> {
    handler: &'h H,
    negotiated: Negotiated,
    /// Overloaded: accept the connection without looking at it.
    passthrough: bool,
    /// Ask the MTA not to wait for replies (Unix sockets).
    skip_replies: bool,
    /// The MTA's end of the connection, for the log.
    peer: String,
    client: String,
    message: Message,
    /// The current message's bytes, counted against the shared budget.
    held: Held,
    headers_done: bool,
}

/// What to do after a command.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// Answer with these packets (none when the MTA waits for no answer).
    Reply(Vec<Response>),
    /// The MTA said goodbye.
    Close,
    /// The message is whole: get its verdict (the handler's
    /// `end_of_message`, or the engine's worker pool), then answer with
    /// [`Session::answer`]. Its bytes stay counted until `Held` is dropped.
    Inspect(Message, Abilities, Held),
}

impl<'h, H: Handler + ?Sized> Session<'h, H> {
    pub(crate) fn new(handler: &'h H, passthrough: bool, skip_replies: bool, peer: String) -> Self {
        Session {
            handler,
            negotiated: Negotiated::NONE,
            passthrough,
            skip_replies,
            peer,
            client: String::new(),
            message: Message::default(),
            held: Held::default(),
            headers_done: false,
        }
    }

    fn new_message(&mut self) {
        self.message = Message {
            client: self.client.clone(),
            ..Message::default()
        };
        self.held = Held::default();
        self.headers_done = false;
    }

    fn append(&mut self, bytes: &[u8]) {
        let message = &mut self.message;
        message.size = message.size.saturating_add(bytes.len());
        if message.oversized {
            return;
        }
        if message.size > self.handler.max_message_bytes() {
            message.oversized = true;
            message.raw = Vec::new();
            self.held = Held::default();
            return;
        }
        if !self.handler.hold(&mut self.held, bytes.len()) {
            message.oversized = true;
            message.over_budget = true;
            message.raw = Vec::new();
            self.held = Held::default();
            return;
        }
        message.raw.extend_from_slice(bytes);
    }

    /// Postfix sends a header field without CR: the value's folds are bare
    /// LFs. Put the field back as it was on the wire, CRLF throughout.
    fn append_header(&mut self, name: &[u8], value: &[u8]) {
        let mut field = Vec::with_capacity(name.len() + value.len() + 4);
        field.extend_from_slice(name);
        field.push(b':');
        if !self.negotiated.leading_space() {
            // Without SMFIP_HDR_LEADSPC the MTA ate one space after the colon.
            field.push(b' ');
        }
        let mut previous = 0u8;
        for &b in value {
            if b == b'\n' && previous != b'\r' {
                field.push(b'\r');
            }
            field.push(b);
            previous = b;
        }
        field.extend_from_slice(b"\r\n");
        self.append(&field);
    }

    fn end_headers(&mut self) {
        if !self.headers_done {
            self.headers_done = true;
            self.append(b"\r\n");
        }
    }

    /// Handles one command.
    pub(crate) fn handle(&mut self, command: Command) -> Step {
        let expects_reply = self.negotiated.expects_reply(&command);
        let mut reply = Vec::new();
        match command {
            Command::OptNeg {
                version,
                actions,
                protocol,
            } => {
                self.negotiated = Negotiated::answer(version, actions, protocol, self.skip_replies);
                return Step::Reply(vec![self.negotiated.response()]);
            }
            Command::Macro { pairs, .. } => {
                for (name, value) in pairs {
                    if name == "i" || name == "{i}" {
                        self.message.queue_id = Some(value);
                    }
                }
            }
            Command::Connect { address, .. } => {
                self.client = address;
                self.new_message();
                if self.passthrough {
                    self.handler.connection_passed(&self.peer, &self.client);
                    reply.push(Response::Accept);
                }
            }
            Command::Mail(args) => {
                let queue_id = self.message.queue_id.take();
                self.new_message();
                self.message.queue_id = queue_id;
                self.message.mail_from = args.first().map(|a| unbracket(a));
            }
            Command::Rcpt(args) => {
                if let Some(address) = args.first() {
                    self.message.recipients.push(unbracket(address));
                }
            }
            Command::Header { name, value } => self.append_header(&name, &value),
            Command::EndOfHeaders => self.end_headers(),
            Command::Body(chunk) => {
                self.end_headers();
                self.append(&chunk);
            }
            Command::EndOfMessage(chunk) => {
                self.end_headers();
                if !chunk.is_empty() {
                    self.append(&chunk);
                }
                let message = std::mem::take(&mut self.message);
                let held = std::mem::take(&mut self.held);
                self.new_message();
                if self.passthrough {
                    reply.push(Response::Accept);
                } else {
                    let abilities = Abilities {
                        leading_space: self.negotiated.leading_space(),
                        add_headers: self.negotiated.may_add_headers(),
                        quarantine: self.negotiated.may_quarantine(),
                    };
                    return Step::Inspect(message, abilities, held);
                }
            }
            Command::Abort => self.new_message(),
            Command::QuitNewConnection => {
                self.client.clear();
                self.new_message();
            }
            Command::Quit => return Step::Close,
            Command::Helo | Command::Data | Command::Unknown | Command::Other(_) => {}
        }
        if !expects_reply {
            return Step::Reply(Vec::new());
        }
        if reply.is_empty() {
            reply.push(if self.passthrough {
                Response::Accept
            } else {
                Response::Continue
            });
        }
        Step::Reply(reply)
    }

    /// The answer to the end of a message, from the verdict's responses.
    pub(crate) fn answer(mut responses: Vec<Response>) -> Vec<Response> {
        responses.push(Response::Continue);
        responses
    }

    /// The SMTP client's address, once the MTA has said it.
    pub(crate) fn client(&self) -> &str {
        &self.client
    }

    /// Handles one command, waiting here for a verdict (tests).
    #[cfg(test)]
    pub(crate) fn handle_now(&mut self, command: Command) -> Step {
        match self.handle(command) {
            Step::Inspect(message, abilities, _held) => Step::Reply(Self::answer(
                self.handler.end_of_message(message, abilities),
            )),
            step => step,
        }
    }
}

fn unbracket(address: &str) -> String {
    address
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

/// Serves one connection until the MTA quits or the stream fails, blocking
/// (tests; the milter's connections are served by `server.rs`).
#[cfg(test)]
pub(crate) fn serve<H: Handler + ?Sized>(
    reader: &mut impl std::io::BufRead,
    writer: &mut impl std::io::Write,
    handler: &H,
    passthrough: bool,
    skip_replies: bool,
) -> std::io::Result<()> {
    use super::protocol::{decode, read_packet, write_responses};
    use std::io;
    let mut session = Session::new(handler, passthrough, skip_replies, "test".into());
    while let Some((code, data)) = read_packet(reader)? {
        let command =
            decode(code, data).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        match session.handle_now(command) {
            Step::Close => return Ok(()),
            Step::Inspect(..) => unreachable!("handle_now answers"),
            Step::Reply(responses) if responses.is_empty() => {}
            Step::Reply(responses) => write_responses(writer, &responses)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::super::protocol::{encode, read_packet};
    use super::*;

    /// Records the messages it is given; adds one header to each.
    struct Recorder {
        seen: RefCell<Vec<Message>>,
        limit: usize,
        passed: RefCell<Vec<String>>,
    }

    impl Handler for Recorder {
        fn end_of_message(&self, message: Message, abilities: Abilities) -> Vec<Response> {
            self.seen.borrow_mut().push(message);
            let space = if abilities.leading_space { " " } else { "" };
            vec![Response::AddHeader {
                name: "X-Test".into(),
                value: format!("{space}seen"),
            }]
        }
        fn max_message_bytes(&self) -> usize {
            self.limit
        }
        fn connection_passed(&self, _peer: &str, client: &str) {
            self.passed.borrow_mut().push(client.to_string());
        }
    }

    fn recorder(limit: usize) -> Recorder {
        Recorder {
            seen: RefCell::new(Vec::new()),
            limit,
            passed: RefCell::new(Vec::new()),
        }
    }

    fn optneg(protocol: u32) -> Command {
        Command::OptNeg {
            version: 6,
            actions: 0x1ff,
            protocol,
        }
    }

    fn header(name: &str, value: &str) -> Command {
        Command::Header {
            name: name.as_bytes().to_vec(),
            value: value.as_bytes().to_vec(),
        }
    }

    /// A Postfix-like conversation for one message, with LEADSPC offered or not.
    fn conversation(leadspc: bool) -> Vec<Command> {
        let sp = if leadspc { " " } else { "" };
        vec![
            optneg(if leadspc { 0x1f_ffff } else { 0xf_ffff }),
            Command::Macro {
                for_command: b'C',
                pairs: vec![("j".into(), "mx".into())],
            },
            Command::Connect {
                host: "localhost".into(),
                address: "127.0.0.1".into(),
            },
            Command::Mail(vec!["<a@b.example>".into()]),
            Command::Rcpt(vec!["<x@stttt.quangngai.gov.vn>".into()]),
            Command::Rcpt(vec!["<y@stttt.quangngai.gov.vn>".into()]),
            Command::Macro {
                for_command: b'T',
                pairs: vec![("i".into(), "4ABC".into())],
            },
            Command::Data,
            header("From", &format!("{sp}A <a@b.example>")),
            header("Subject", &format!("{sp}folded\n\tsubject")),
            Command::EndOfHeaders,
            Command::Body(b"line 1\r\n".to_vec()),
            Command::Body(b"line 2\r\n".to_vec()),
            Command::EndOfMessage(vec![]),
        ]
    }

    const EXPECTED: &[u8] =
        b"From: A <a@b.example>\r\nSubject: folded\r\n\tsubject\r\n\r\nline 1\r\nline 2\r\n";

    #[test]
    fn reassembles_the_message_with_or_without_leading_space() {
        for leadspc in [true, false] {
            let handler = recorder(1 << 20);
            let mut session = Session::new(&handler, false, true, "mta".into());
            let mut replies = Vec::new();
            for command in conversation(leadspc) {
                replies.push(session.handle_now(command));
            }
            let seen = handler.seen.borrow();
            let message = seen.first().unwrap();
            assert_eq!(
                String::from_utf8_lossy(&message.raw),
                String::from_utf8_lossy(EXPECTED)
            );
            assert_eq!(message.queue_id.as_deref(), Some("4ABC"));
            assert_eq!(message.client, "127.0.0.1");
            assert_eq!(message.mail_from.as_deref(), Some("a@b.example"));
            assert_eq!(
                message.recipients,
                ["x@stttt.quangngai.gov.vn", "y@stttt.quangngai.gov.vn"]
            );
            assert!(!message.oversized);
            // Negotiated no-reply events get nothing; CONNECT and EOB do.
            let last = replies.pop().unwrap();
            let space = if leadspc { " " } else { "" };
            assert_eq!(
                last,
                Step::Reply(vec![
                    Response::AddHeader {
                        name: "X-Test".into(),
                        value: format!("{space}seen")
                    },
                    Response::Continue
                ])
            );
            assert_eq!(replies.get(2), Some(&Step::Reply(vec![Response::Continue])));
            assert_eq!(replies.get(8), Some(&Step::Reply(vec![])));
        }
    }

    #[test]
    fn several_messages_abort_and_quit() {
        let handler = recorder(1 << 20);
        let mut session = Session::new(&handler, false, true, "mta".into());
        for command in conversation(true) {
            session.handle_now(command);
        }
        // A second message on the same connection, aborted half way.
        session.handle_now(Command::Mail(vec!["<c@d.example>".into()]));
        session.handle_now(header("Subject", " aborted"));
        session.handle_now(Command::Abort);
        // A third one, complete: nothing of the aborted one remains.
        session.handle_now(Command::Mail(vec!["<e@f.example>".into()]));
        session.handle_now(Command::Rcpt(vec!["<z@g.example>".into()]));
        session.handle_now(header("Subject", " third"));
        session.handle_now(Command::EndOfHeaders);
        session.handle_now(Command::EndOfMessage(b"body\r\n".to_vec()));
        assert_eq!(session.handle_now(Command::Quit), Step::Close);
        let seen = handler.seen.borrow();
        assert_eq!(seen.len(), 2);
        let third = seen.get(1).unwrap();
        assert_eq!(third.raw, b"Subject: third\r\n\r\nbody\r\n");
        assert_eq!(third.recipients, ["z@g.example"]);
        assert_eq!(third.client, "127.0.0.1");
    }

    #[test]
    fn an_oversized_message_is_flagged_and_not_kept() {
        let handler = recorder(20);
        let mut session = Session::new(&handler, false, true, "mta".into());
        for command in conversation(true) {
            session.handle_now(command);
        }
        let seen = handler.seen.borrow();
        let message = seen.first().unwrap();
        assert!(message.oversized);
        assert!(message.raw.is_empty());
        assert_eq!(message.size, EXPECTED.len());
    }

    #[test]
    fn an_old_mta_gets_an_answer_to_everything() {
        let handler = recorder(1 << 20);
        let mut session = Session::new(&handler, false, true, "mta".into());
        session.handle_now(Command::OptNeg {
            version: 2,
            actions: 0x3f,
            protocol: 0x7f,
        });
        assert_eq!(
            session.handle_now(header("Subject", "x")),
            Step::Reply(vec![Response::Continue])
        );
        assert_eq!(
            session.handle_now(Command::Body(vec![])),
            Step::Reply(vec![Response::Continue])
        );
    }

    #[test]
    fn passthrough_accepts_without_looking() {
        let handler = recorder(1 << 20);
        let mut session = Session::new(&handler, true, true, "mta".into());
        let mut commands = conversation(true).into_iter();
        assert!(matches!(
            session.handle_now(commands.next().unwrap()),
            Step::Reply(r) if matches!(r.first(), Some(Response::OptNeg { .. }))
        ));
        commands.next();
        assert_eq!(
            session.handle_now(commands.next().unwrap()),
            Step::Reply(vec![Response::Accept])
        );
        for command in commands {
            session.handle_now(command);
        }
        assert!(handler.seen.borrow().is_empty());
        assert_eq!(*handler.passed.borrow(), ["127.0.0.1"]);
    }

    #[test]
    fn serves_a_byte_stream() {
        let mut wire = Vec::new();
        let packet = |code: u8, data: &[u8], out: &mut Vec<u8>| {
            out.extend_from_slice(&((data.len() + 1) as u32).to_be_bytes());
            out.push(code);
            out.extend_from_slice(data);
        };
        let mut optneg = Vec::new();
        for word in [6u32, 0x1ff, 0x1f_ffff] {
            optneg.extend_from_slice(&word.to_be_bytes());
        }
        packet(b'O', &optneg, &mut wire);
        packet(b'C', b"localhost\x004\x30\x39127.0.0.1\0", &mut wire);
        packet(b'M', b"<a@b.example>\0", &mut wire);
        packet(b'L', b"Subject\0 hi\0", &mut wire);
        packet(b'N', b"", &mut wire);
        packet(b'B', b"body\r\n", &mut wire);
        packet(b'E', b"", &mut wire);
        packet(b'Q', b"", &mut wire);
        let handler = recorder(1 << 20);
        let mut out = Vec::new();
        serve(&mut &wire[..], &mut out, &handler, false, true).unwrap();
        let mut replies = &out[..];
        let mut codes = Vec::new();
        while let Some((code, _)) = read_packet(&mut replies).unwrap() {
            codes.push(code);
        }
        assert_eq!(codes, b"Ochc");
        assert_eq!(
            handler.seen.borrow().first().unwrap().raw,
            b"Subject: hi\r\n\r\nbody\r\n"
        );
        // A broken packet ends the conversation with an error.
        let mut broken = Vec::new();
        encode(&Response::Continue, &mut broken);
        broken.truncate(3);
        assert!(serve(&mut &broken[..], &mut Vec::new(), &handler, false, true).is_err());
    }
}
