//! A tiny SMTP client over `std::net::TcpStream`: enough to hand messages
//! to Postfix (EHLO, MAIL, RCPT, DATA with dot-stuffing, QUIT).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

pub(crate) struct Smtp {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Smtp {
    /// Connects and greets. Every read and write times out after 60 s.
    pub(crate) fn connect(port: u16) -> Result<Smtp, String> {
        let stream = TcpStream::connect_timeout(
            &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
            Duration::from_secs(10),
        )
        .map_err(|e| format!("connect to 127.0.0.1:{port}: {e}"))?;
        let timeout = Some(Duration::from_secs(60));
        stream
            .set_read_timeout(timeout)
            .map_err(|e| e.to_string())?;
        stream
            .set_write_timeout(timeout)
            .map_err(|e| e.to_string())?;
        let _ = stream.set_nodelay(true);
        let writer = stream.try_clone().map_err(|e| e.to_string())?;
        let mut smtp = Smtp {
            reader: BufReader::new(stream),
            writer,
        };
        smtp.expect(220)?;
        smtp.command("EHLO client.test.invalid", 250)?;
        Ok(smtp)
    }

    /// Reads one (possibly multi-line) reply; fails unless its code is `code`.
    fn expect(&mut self, code: u16) -> Result<String, String> {
        let mut text = String::new();
        loop {
            let mut line = String::new();
            let n = self
                .reader
                .read_line(&mut line)
                .map_err(|e| format!("reading the reply: {e}"))?;
            if n == 0 {
                return Err("connection closed by the server".into());
            }
            text.push_str(&line);
            // "250-..." continues, "250 ..." ends.
            if line.as_bytes().get(3) != Some(&b'-') {
                break;
            }
        }
        if text.get(..3) == Some(code.to_string().as_str()) {
            Ok(text)
        } else {
            Err(format!("expected {code}, got: {}", text.trim_end()))
        }
    }

    fn command(&mut self, line: &str, code: u16) -> Result<String, String> {
        self.writer
            .write_all(format!("{line}\r\n").as_bytes())
            .map_err(|e| format!("sending {line}: {e}"))?;
        self.expect(code)
    }

    /// Sends one message; returns the queue id from the server's reply.
    pub(crate) fn send(
        &mut self,
        from: &str,
        recipients: &[impl AsRef<str>],
        message: &[u8],
    ) -> Result<String, String> {
        self.command(&format!("MAIL FROM:<{from}>"), 250)?;
        for rcpt in recipients {
            self.command(&format!("RCPT TO:<{}>", rcpt.as_ref()), 250)?;
        }
        self.command("DATA", 354)?;
        self.writer
            .write_all(&dot_stuffed(message))
            .map_err(|e| format!("sending the message: {e}"))?;
        let reply = self.expect(250)?;
        // "250 2.0.0 Ok: queued as 4Xyz..."
        Ok(reply
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string())
    }

    pub(crate) fn quit(mut self) {
        let _ = self.command("QUIT", 221);
    }
}

/// The message with CRLF line ends, a final line end, dot-stuffed, and the
/// terminating `.` line.
pub(crate) fn dot_stuffed(message: &[u8]) -> Vec<u8> {
    let crlf = crate::common::to_crlf(message);
    let mut out = Vec::with_capacity(crlf.len() + 64);
    let mut at_line_start = true;
    for &b in &crlf {
        if at_line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        at_line_start = b == b'\n';
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

#[test]
fn dot_stuffing() {
    assert_eq!(
        dot_stuffed(b"a\n.b\n..\nc"),
        b"a\r\n..b\r\n...\r\nc\r\n.\r\n"
    );
    assert_eq!(dot_stuffed(b".\n"), b"..\r\n.\r\n");
}
