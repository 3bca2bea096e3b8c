//! A throw-away Dovecot (Debian's `dovecot-imapd`) under a temporary
//! folder, and a throw-away certificate authority: shared by the IMAP tests
//! (Dovecot serving mail over TLS) and the notices' SMTP test (Dovecot as
//! Postfix's SASL authentication service). Both need root.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A running Dovecot; stopped, and its folder removed, on drop.
pub(crate) struct Dovecot {
    dir: PathBuf,
}

impl Dovecot {
    /// Writes `dir/dovecot.conf` (its own run and state folders and log
    /// file under `dir`, listening on loopback only, then `config`), starts
    /// Dovecot and waits until `127.0.0.1:port` accepts connections.
    pub(crate) fn start(dir: &Path, config: &str, port: u16) -> Dovecot {
        let d = dir.display();
        let config = format!(
            "base_dir = {d}/run\nstate_dir = {d}/state\nlog_path = {d}/dovecot.log\n\
             listen = 127.0.0.1\n{config}"
        );
        std::fs::write(dir.join("dovecot.conf"), config).unwrap();
        let status = Command::new("/usr/sbin/dovecot")
            .arg("-c")
            .arg(dir.join("dovecot.conf"))
            .status()
            .expect("run /usr/sbin/dovecot (apt-get install dovecot-imapd)");
        assert!(status.success(), "dovecot did not start: {}", log(dir));
        let dovecot = Dovecot {
            dir: dir.to_path_buf(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "dovecot is not listening on port {port}: {}",
                log(dir)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        dovecot
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = Command::new("/usr/sbin/dovecot")
            .arg("-c")
            .arg(self.dir.join("dovecot.conf"))
            .arg("stop")
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Dovecot's log in `dir`, for failure messages.
pub(crate) fn log(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("dovecot.log")).unwrap_or_default()
}

/// A throw-away CA (`ca.pem`) and a server certificate for 127.0.0.1 and
/// localhost signed by it (`server.pem`, `server.key`), in `dir`.
pub(crate) fn make_certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let output = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("run openssl");
        assert!(
            output.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=govmail test CA",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    std::fs::write(
        dir.join("san.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    ]);
}
