//! The key that seals secrets at rest (`app::secret_box`), kept outside the database: from
//! `SIGHTLINE_SECRET_KEY` (base64url of 32 bytes), or from a key file (`--secret-key-file`,
//! by default `secret.key` beside the SQLite database), created with mode 0600 on first
//! start. `sightline rotate-secret-key` seals every stored secret with a new key:
//! the new key is written to `<file>.next`, the secrets are sealed again in one transaction,
//! then the files move (`<file>` → `<file>.old`, `<file>.next` → `<file>`). The server opens
//! with all three, so a rotation stopped at any point leaves every secret readable; delete
//! `<file>.old` once no backup sealed with it is kept.

use std::path::{Path, PathBuf};

use app::secret_box::{Keyring, SecretKey};

use crate::config::Config;
use crate::error::ServerError;

/// The environment variable that holds the key instead of a file.
const KEY_ENV: &str = "SIGHTLINE_SECRET_KEY";

/// The key file of `config`.
pub fn key_file(config: &Config) -> Result<PathBuf, ServerError> {
    if let Some(path) = &config.secret_key_file {
        return Ok(path.clone());
    }
    let path = app::db::sqlite_file(&config.database_url).ok_or_else(|| {
        ServerError::Config(
            "no key for secrets at rest: set --secret-key-file or SIGHTLINE_SECRET_KEY".into(),
        )
    })?;
    let dir = Path::new(path).parent().unwrap_or(Path::new("."));
    Ok(dir.join("secret.key"))
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{suffix}"));
    PathBuf::from(name)
}

fn read_key(path: &Path) -> Result<Option<SecretKey>, ServerError> {
    match std::fs::read_to_string(path) {
        Ok(text) => SecretKey::parse(&text).map(Some).ok_or_else(|| {
            ServerError::Config(format!(
                "{}: not a key (base64url of 32 bytes)",
                path.display()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Writes a new key file readable by its owner only (never over an existing one).
fn write_key(path: &Path, key: &SecretKey) -> Result<(), ServerError> {
    use std::io::Write;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(format!("{}\n", key.encode()).as_bytes())?;
    file.sync_all()?;
    Ok(())
}

/// The keys of this server: the environment's, or the key file's (created if there is
/// none), with the other keys of a rotation beside it.
pub fn keyring(config: &Config) -> Result<Keyring, ServerError> {
    if let Ok(text) = std::env::var(KEY_ENV) {
        let key = SecretKey::parse(&text).ok_or_else(|| {
            ServerError::Config(format!("{KEY_ENV}: not a key (base64url of 32 bytes)"))
        })?;
        return Ok(Keyring::new(key, vec![]));
    }
    let path = key_file(config)?;
    let current = match read_key(&path)? {
        Some(key) => key,
        None => {
            let key = SecretKey::generate();
            write_key(&path, &key)?;
            tracing::info!(path = %path.display(), key = key.id(), "created the key for secrets at rest");
            key
        }
    };
    let mut others = Vec::new();
    for suffix in ["next", "old"] {
        if let Some(key) = read_key(&sibling(&path, suffix))? {
            others.push(key);
        }
    }
    Ok(Keyring::new(current, others))
}

/// `sightline rotate-secret-key`: seals every stored secret with a new key.
pub async fn rotate(config: &Config) -> Result<(), ServerError> {
    if std::env::var_os(KEY_ENV).is_some() {
        return Err(ServerError::Config(format!(
            "the key comes from {KEY_ENV}: rotate with a key file (--secret-key-file)"
        )));
    }
    let path = key_file(config)?;
    let from = keyring(config)?;
    let next = sibling(&path, "next");
    // A rotation stopped before: go on with the key it started.
    let new_key = match read_key(&next)? {
        Some(key) => key,
        None => {
            let key = SecretKey::generate();
            write_key(&next, &key)?;
            key
        }
    };
    let to = Keyring::new(new_key.clone(), vec![]);
    let db = app::db::connect(&config.database_url, 2).await?;
    app::db::migrate(&db).await?;
    let sealed = app::two_factor::server::seal_stored(&db, &from, &to, false).await?;
    let old = sibling(&path, "old");
    if old.exists() {
        std::fs::remove_file(&old)?;
    }
    std::fs::rename(&path, &old)?;
    std::fs::rename(&next, &path)?;
    tracing::info!(sealed, key = new_key.id(), "secrets sealed with a new key");
    println!(
        "{sealed} secrets sealed with the new key {} ({}). The previous key is in {}: delete it once no backup of the database from before needs it.",
        new_key.id(),
        path.display(),
        old.display()
    );
    Ok(())
}
