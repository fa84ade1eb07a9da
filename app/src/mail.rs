//! Email from the server over SMTP (`lettre`): the settings, and sending a multipart message
//! (plain text and HTML). Used for customer invites; later for account invitations.

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How the connection to the SMTP server is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain text (a relay on the same host or network only).
    None,
    /// Plain connection upgraded with STARTTLS (required), usually port 587.
    StartTls,
    /// TLS from the start ("SMTPS"), usually port 465.
    Tls,
}

/// Where and how the server sends email.
#[derive(Clone, Debug)]
pub struct Smtp {
    /// Host name of the SMTP server.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// Protection of the connection.
    pub tls: SmtpTls,
    /// User name and password, when the server wants them.
    pub credentials: Option<(String, String)>,
    /// The sender, `Name <address>` or an address.
    pub from: String,
}

/// A message to send.
pub struct Outgoing<'a> {
    /// The recipient's address.
    pub to: &'a str,
    /// Subject line.
    pub subject: &'a str,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The recipient's (or the configured sender's) address is not an address.
    #[error("bad address")]
    BadAddress,
    /// The message could not be built.
    #[error("message: {0}")]
    Message(#[from] lettre::error::Error),
    /// The SMTP server refused it or could not be reached.
    #[error("smtp: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

/// Whether `s` is an email address lettre can send to.
pub fn is_address(s: &str) -> bool {
    s.len() <= 254 && s.parse::<lettre::Address>().is_ok()
}

/// Sends `msg` through `smtp`.
pub async fn send(smtp: &Smtp, msg: Outgoing<'_>) -> Result<(), MailError> {
    let from: Mailbox = smtp.from.parse().map_err(|_| MailError::BadAddress)?;
    let to: Mailbox = msg.to.parse().map_err(|_| MailError::BadAddress)?;
    let email = Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject)
        .multipart(MultiPart::alternative_plain_html(msg.text, msg.html))?;
    let builder = match smtp.tls {
        SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
        SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
    };
    let mut builder = builder.port(smtp.port);
    if let Some((user, password)) = &smtp.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    builder.build().send(email).await?;
    Ok(())
}
