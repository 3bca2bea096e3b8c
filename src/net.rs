//! What the IMAP reader and the SMTP sender share: TLS settings (rustls
//! with the system's roots and an optional CA file), a stream that may be
//! in clear until STARTTLS, and base64.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;

use rustls::{ClientConnection, StreamOwned};

use crate::error::{Error, ErrorKind, Result};

/// TLS with the system's trusted roots, plus `ca_file`'s certificates.
pub(crate) fn tls_config(
    ca_file: Option<&Path>,
    origin: &str,
) -> Result<Arc<rustls::ClientConfig>> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;

    let mut roots = rustls::RootCertStore::empty();
    // Unreadable system certificates are passed over: an extra CA may be
    // all that is needed.
    let native = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(native.certs);
    if let Some(path) = ca_file {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .and_then(|iter| iter.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| Error::new(ErrorKind::Io, format!("{} (ca_file): {e}", path.display())))?;
        if certs.is_empty() {
            return Err(Error::new(
                ErrorKind::Format,
                format!("{} (ca_file): no PEM certificate in it", path.display()),
            ));
        }
        roots.add_parsable_certificates(certs);
    }
    if roots.is_empty() {
        return Err(Error::new(
            ErrorKind::Format,
            format!(
                "{origin}: no trusted certificate authority (install ca-certificates or set ca_file)"
            ),
        ));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::new(ErrorKind::Internal, format!("TLS setup: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// A TLS error said plainly: a certificate the server shows and we do not
/// trust says so and what to do; any other error is passed on as it is.
pub(crate) fn explain_tls(error: io::Error) -> io::Error {
    use rustls::{CertificateError, Error as TlsError};
    let reason = match error.get_ref().and_then(|e| e.downcast_ref::<TlsError>()) {
        Some(TlsError::InvalidCertificate(reason)) => reason,
        _ => return error,
    };
    let what = match reason {
        CertificateError::UnknownIssuer => {
            "is not signed by an authority trusted here (if the server's CA is a private \
             one, give its certificate as ca_file)"
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            "is not issued for this host name (use the name the certificate gives)"
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => "has expired",
        _ => "is refused",
    };
    io::Error::new(
        error.kind(),
        format!("the server's TLS certificate {what}: {error}"),
    )
}

/// A connection, in clear until STARTTLS, or under TLS.
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf),
            Stream::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(s) => s.write(buf),
            Stream::Tls(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Plain(s) => s.flush(),
            Stream::Tls(s) => s.flush(),
        }
    }
}

/// Standard base64 with padding (RFC 4648), for SASL and MIME.
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                let digit = ALPHABET.get(((n >> shift) & 63) as usize).copied();
                out.push(char::from(digit.unwrap_or(b'=')));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untrusted_certificate_is_said_plainly() {
        let error = io::Error::new(
            io::ErrorKind::InvalidData,
            rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer),
        );
        let text = explain_tls(error).to_string();
        assert!(
            text.contains("not signed by an authority trusted here")
                && text.contains("ca_file")
                && text.contains("UnknownIssuer"),
            "{text}"
        );
        let other = explain_tls(io::Error::other("server closed the connection"));
        assert_eq!(other.to_string(), "server closed the connection");
    }
}
