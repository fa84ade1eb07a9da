//! The `sightline` command: serve, or administrative subcommands for scripts and tests.

use std::io::BufRead;
use std::sync::Arc;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use app::auth::UserRole;
use app::auth::repo;
use app::auth::server::{AccountInput, OrgChoice, create_account};
use app::ssr_ctx::{Clock, SystemClock};

use crate::config::{Cli, Command, Config, RoleArg};
use crate::error::ServerError;

/// Parses the command line and runs it.
pub async fn run() -> Result<(), ServerError> {
    let file = crate::config::load_file().map_err(|e| ServerError::Config(e.to_string()))?;
    let cli = <Cli as clap::Parser>::parse();
    init_logging(&cli.config.log)?;
    if let Some(path) = file {
        tracing::info!(path = %path.display(), "configuration file loaded");
    }
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&cli.config).await,
        Command::CreateUser {
            email,
            name,
            role,
            org_name,
        } => create_user(&cli.config, email, name, role, org_name).await,
        Command::RotateSecretKey => crate::keys::rotate(&cli.config).await,
    }
}

fn init_logging(filter: &str) -> Result<(), ServerError> {
    let targets: Targets = filter
        .parse()
        .map_err(|e| ServerError::Config(format!("log filter: {e}")))?;
    tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_target(false))
        .with(targets)
        .init();
    Ok(())
}

async fn serve(config: &Config) -> Result<(), ServerError> {
    let running = crate::serve::start(config, Arc::new(SystemClock), |_| {}).await?;
    tracing::info!(database = %redact(&config.database_url), "database ready");
    println!("Sightline is running at {}", running.public_url);
    println!("(listening on http://{})", running.addr);
    running.server.await?;
    Ok(())
}

/// A database URL without its password, for logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let creds = &url[scheme_end + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

fn read_password() -> Result<String, ServerError> {
    if let Ok(p) = std::env::var("SIGHTLINE_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

async fn create_user(
    config: &Config,
    email: String,
    name: String,
    role: RoleArg,
    org_name: Option<String>,
) -> Result<(), ServerError> {
    let db = app::db::connect(&config.database_url, 2).await?;
    app::db::migrate(&db).await?;
    let org = match repo::single_org(&db).await? {
        Some(id) => OrgChoice::Existing(id),
        None if repo::count_orgs(&db).await? > 0 => {
            return Err(ServerError::Config(
                "several organisations exist; this command only serves single-organisation installations".into(),
            ));
        }
        None => OrgChoice::New(org_name.ok_or_else(|| {
            ServerError::Config("no organisation yet: pass --org-name to create it".into())
        })?),
    };
    // The administrator who creates the organisation is its master administrator.
    let role = match role {
        RoleArg::Admin if matches!(org, OrgChoice::New(_)) => UserRole::MasterAdmin,
        RoleArg::Admin => UserRole::Admin,
        RoleArg::Technician => UserRole::Technician,
    };
    let input = AccountInput {
        name,
        email,
        password: read_password()?,
        role,
    };
    let (org, user) = create_account(&db, org, input, SystemClock.now_ms())
        .await
        .map_err(ServerError::Refused)?;
    println!("created user {user} in organisation {org}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://sl:secret@db:5432/sl"),
            "postgres://sl:***@db:5432/sl"
        );
        assert_eq!(redact("sqlite://data/s.db"), "sqlite://data/s.db");
    }
}
