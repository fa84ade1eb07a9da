//! Configuration: command-line flags, each with an environment variable, optionally read
//! from a file first (`SIGHTLINE_CONFIG`, or `./sightline.env` if present; `KEY=value`
//! lines; variables already set win).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use app::protocol::IceServer;

/// Sightline: live video support in the browser.
#[derive(Debug, Parser)]
#[command(name = "sightline", version, about)]
pub struct Cli {
    /// Settings.
    #[command(flatten)]
    pub config: Config,
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Server settings.
#[derive(Clone, Debug, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "SIGHTLINE_BIND", default_value = "127.0.0.1:3000")]
    pub bind: SocketAddr,
    /// Database URL: `sqlite://path` (embedded default) or, later, `postgres://…`.
    #[arg(
        long,
        env = "SIGHTLINE_DATABASE_URL",
        default_value = "sqlite://data/sightline.db"
    )]
    pub database_url: String,
    /// Base URL customers reach the server at (used in invite links); default http://<bind>.
    #[arg(long, env = "SIGHTLINE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// ICE servers for browsers, as JSON: `[{"urls":["stun:host:3478"]}]`.
    #[arg(long, env = "SIGHTLINE_ICE_SERVERS", default_value = "[]")]
    pub ice_servers: String,
    /// How long an unused PIN or link stays valid, in seconds.
    #[arg(long, env = "SIGHTLINE_INVITE_TTL_SECS", default_value_t = 600)]
    pub invite_ttl_secs: u64,
    /// The file with the key that seals secrets at rest (two-factor secrets); default
    /// `secret.key` beside the SQLite database, created on first start. `SIGHTLINE_SECRET_KEY`
    /// (base64url of 32 bytes) instead keeps it out of files altogether.
    #[arg(long, env = "SIGHTLINE_SECRET_KEY_FILE")]
    pub secret_key_file: Option<PathBuf>,
    /// The built site (cargo-leptos output: pkg/, favicon…).
    #[arg(long, env = "SIGHTLINE_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// The reverse proxies in front of the server, whose `X-Forwarded-For` is believed for
    /// client addresses: comma-separated addresses and networks (`127.0.0.1, 10.0.0.0/8`).
    #[arg(long, env = "SIGHTLINE_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,
    /// Shorthand for a proxy on the same host: trusts the loopback addresses.
    #[arg(long, env = "SIGHTLINE_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,
    /// Log filter, e.g. `info` or `info,server=debug`.
    #[arg(long, env = "SIGHTLINE_LOG", default_value = "info")]
    pub log: String,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "SIGHTLINE_WORKERS")]
    pub workers: Option<usize>,
    /// SMTP server for email sent by the server (invites); without it, technicians send
    /// invites through their own mail client.
    #[arg(long, env = "SIGHTLINE_SMTP_HOST")]
    pub smtp_host: Option<String>,
    /// SMTP port.
    #[arg(long, env = "SIGHTLINE_SMTP_PORT", default_value_t = 587)]
    pub smtp_port: u16,
    /// SMTP connection protection: `starttls` (port 587), `tls` (465) or `none` (a local relay).
    #[arg(long, env = "SIGHTLINE_SMTP_TLS", value_enum, default_value_t = SmtpTlsArg::Starttls)]
    pub smtp_tls: SmtpTlsArg,
    /// SMTP user name (with SIGHTLINE_SMTP_PASSWORD, read from the environment only).
    #[arg(long, env = "SIGHTLINE_SMTP_USER")]
    pub smtp_user: Option<String>,
    /// The sender of email: `Name <address>` or an address.
    #[arg(
        long,
        env = "SIGHTLINE_SMTP_FROM",
        default_value = "Sightline <sightline@localhost>"
    )]
    pub smtp_from: String,
    /// Text-message gateway with the Twilio-style API, e.g. `https://api.twilio.com`;
    /// without it, no SMS invites.
    #[arg(long, env = "SIGHTLINE_SMS_URL")]
    pub sms_url: Option<String>,
    /// Gateway account ID (the token comes from SIGHTLINE_SMS_TOKEN, environment only).
    #[arg(long, env = "SIGHTLINE_SMS_ACCOUNT", default_value = "")]
    pub sms_account: String,
    /// Sender: a number in E.164 or an alphanumeric sender ID.
    #[arg(long, env = "SIGHTLINE_SMS_FROM", default_value = "Sightline")]
    pub sms_from: String,
}

/// SMTP connection protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SmtpTlsArg {
    /// STARTTLS, required.
    Starttls,
    /// TLS from the start.
    Tls,
    /// No encryption.
    None,
}

impl Config {
    /// The text-message gateway, when one is configured.
    /// The trusted proxies: the list given, plus the loopback with `trust_proxy`.
    pub fn proxies(&self) -> Result<app::client_addr::Proxies, app::client_addr::BadProxy> {
        let list = app::client_addr::Proxies::parse(&self.trusted_proxies)?;
        Ok(match self.trust_proxy {
            true => list.with(app::client_addr::Proxies::loopback()),
            false => list,
        })
    }

    pub fn sms(&self) -> Option<app::sms::gateway::TwilioLike> {
        let base_url = self.sms_url.clone().filter(|u| !u.is_empty())?;
        Some(app::sms::gateway::TwilioLike {
            base_url,
            account: self.sms_account.clone(),
            token: std::env::var("SIGHTLINE_SMS_TOKEN").unwrap_or_default(),
            from: self.sms_from.clone(),
        })
    }

    /// The SMTP settings, when a host is configured.
    pub fn smtp(&self) -> Option<app::mail::Smtp> {
        let host = self.smtp_host.clone().filter(|h| !h.is_empty())?;
        let password = std::env::var("SIGHTLINE_SMTP_PASSWORD").unwrap_or_default();
        Some(app::mail::Smtp {
            host,
            port: self.smtp_port,
            tls: match self.smtp_tls {
                SmtpTlsArg::Starttls => app::mail::SmtpTls::StartTls,
                SmtpTlsArg::Tls => app::mail::SmtpTls::Tls,
                SmtpTlsArg::None => app::mail::SmtpTls::None,
            },
            credentials: self.smtp_user.clone().map(|u| (u, password)),
            from: self.smtp_from.clone(),
        })
    }
}

/// Subcommands.
#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Create a user. The password is read from SIGHTLINE_PASSWORD, or from the first line
    /// of standard input, never from the command line.
    CreateUser {
        /// Sign-in email.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Role.
        #[arg(long, value_enum, default_value_t = RoleArg::Technician)]
        role: RoleArg,
        /// Name of the organisation to create when there is none yet.
        #[arg(long)]
        org_name: Option<String>,
    },
    /// Seal every stored secret with a new key (the key file moves to `<file>.old`).
    RotateSecretKey,
}

/// Role of a new user.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RoleArg {
    /// Administrator (also a technician).
    Admin,
    /// Technician.
    Technician,
}

impl Config {
    /// The ICE servers, parsed.
    pub fn ice_servers(&self) -> Result<Vec<IceServer>, serde_json::Error> {
        serde_json::from_str(&self.ice_servers)
    }
}

/// Loads the optional configuration file into the environment (existing variables win).
pub fn load_file() -> Result<Option<PathBuf>, dotenvy::Error> {
    let path = match std::env::var_os("SIGHTLINE_CONFIG") {
        Some(p) => PathBuf::from(p),
        None => {
            let default = PathBuf::from("sightline.env");
            if !default.is_file() {
                return Ok(None);
            }
            default
        }
    };
    dotenvy::from_path(&path)?;
    Ok(Some(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_embedded_setup() {
        let cli = Cli::try_parse_from(["sightline"]).unwrap();
        assert_eq!(cli.config.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(cli.config.public_url, None);
        assert!(cli.config.database_url.starts_with("sqlite://data/"));
        assert!(cli.config.ice_servers().unwrap().is_empty());
        assert!(cli.command.is_none());
    }

    #[test]
    fn ice_servers_parse() {
        let cli = Cli::try_parse_from([
            "sightline",
            "--ice-servers",
            r#"[{"urls":["turn:t.example:3478"],"username":"u","credential":"c"}]"#,
        ])
        .unwrap();
        let servers = cli.config.ice_servers().unwrap();
        assert_eq!(servers[0].urls, ["turn:t.example:3478"]);
        assert_eq!(servers[0].username.as_deref(), Some("u"));
    }

    #[test]
    fn create_user_takes_no_password_argument() {
        assert!(
            Cli::try_parse_from([
                "sightline",
                "create-user",
                "--email",
                "a@b.c",
                "--name",
                "A",
                "--password",
                "x"
            ])
            .is_err()
        );
        let cli = Cli::try_parse_from([
            "sightline",
            "create-user",
            "--email",
            "a@b.c",
            "--name",
            "A",
            "--role",
            "admin",
        ])
        .unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::CreateUser {
                role: RoleArg::Admin,
                ..
            })
        ));
    }
}
