//! Database access: the pool type, connecting, and the embedded migrations.
//!
//! Queries go through sqlx's `Any` driver so the same SQL runs on SQLite (the embedded
//! default) and PostgreSQL (at scale): `$n` placeholders, TEXT/BIGINT columns, no
//! SQLite-only functions. Only the migrations differ per backend.

use std::borrow::Cow;
use std::path::Path;

use futures::future::BoxFuture;
use sqlx::any::AnyPoolOptions;
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{Connection, Executor};

/// The connection pool.
pub type Db = sqlx::AnyPool;

/// A transaction on the pool.
pub type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

const SQLITE_MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "init",
        include_str!("../migrations/sqlite/0001_init.sql"),
    ),
    (
        2,
        "lifecycle",
        include_str!("../migrations/sqlite/0002_lifecycle.sql"),
    ),
    (
        3,
        "tools",
        include_str!("../migrations/sqlite/0003_tools.sql"),
    ),
    (
        4,
        "snapshots",
        include_str!("../migrations/sqlite/0004_snapshots.sql"),
    ),
    (
        5,
        "two_factor",
        include_str!("../migrations/sqlite/0005_two_factor.sql"),
    ),
    (6, "sms", include_str!("../migrations/sqlite/0006_sms.sql")),
    (
        7,
        "admin",
        include_str!("../migrations/sqlite/0007_admin.sql"),
    ),
    (
        8,
        "channels",
        include_str!("../migrations/sqlite/0008_channels.sql"),
    ),
    (
        9,
        "logo",
        include_str!("../migrations/sqlite/0009_logo.sql"),
    ),
    (
        10,
        "survey",
        include_str!("../migrations/sqlite/0010_survey.sql"),
    ),
    (
        11,
        "private_sessions",
        include_str!("../migrations/sqlite/0011_private_sessions.sql"),
    ),
    (
        12,
        "email_subject",
        include_str!("../migrations/sqlite/0012_email_subject.sql"),
    ),
    (
        13,
        "throttles",
        include_str!("../migrations/sqlite/0013_throttles.sql"),
    ),
];

/// The migrations of one backend, compiled into the binary.
#[derive(Debug)]
struct Embedded(&'static [(i64, &'static str, &'static str)]);

impl MigrationSource<'static> for Embedded {
    fn resolve(self) -> BoxFuture<'static, Result<Vec<Migration>, BoxDynError>> {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        Cow::Borrowed(*sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// Whether `url` names an SQLite database.
pub fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// The file of an SQLite URL (`sqlite://data/x.db?mode=rwc` → `data/x.db`).
pub fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Opens the pool; for SQLite creates the file (and its folder) and turns on WAL.
pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let mut url = url.to_owned();
    if is_sqlite(&url) {
        if let Some(dir) = sqlite_file(&url).and_then(|f| Path::new(f).parent())
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)?;
        }
        if !url.contains("mode=") {
            url.push_str(if url.contains('?') {
                "&mode=rwc"
            } else {
                "?mode=rwc"
            });
        }
        // WAL is a property of the file: set it once, before the pool opens.
        let mut conn = sqlx::AnyConnection::connect(&url).await?;
        conn.execute("PRAGMA journal_mode = WAL").await?;
        conn.close().await?;
    }
    AnyPoolOptions::new()
        .max_connections(max_connections)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                if conn.backend_name() == "SQLite" {
                    conn.execute(
                        "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                         PRAGMA synchronous = NORMAL;",
                    )
                    .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
}

/// Applies the migrations of the pool's backend.
pub async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    migrate_up_to(db, i64::MAX).await
}

/// Applies the migrations of the pool's backend up to version `last` (tests of a migration
/// start from the schema before it).
pub async fn migrate_up_to(db: &Db, last: i64) -> Result<(), sqlx::migrate::MigrateError> {
    let migrations = if db.connect_options().database_url.scheme() == "sqlite" {
        SQLITE_MIGRATIONS
    } else {
        return Err(sqlx::migrate::MigrateError::Source(
            "only SQLite is supported by this version".into(),
        ));
    };
    let upto = migrations.partition_point(|(version, _, _)| *version <= last);
    Migrator::new(Embedded(&migrations[..upto]))
        .await?
        .run(db)
        .await
}

/// Whether an error is a unique-constraint violation.
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_embedded_in_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        files.sort();
        assert_eq!(files.len(), SQLITE_MIGRATIONS.len(), "{files:?}");
        for (i, (file, (version, name, _))) in files.iter().zip(SQLITE_MIGRATIONS).enumerate() {
            assert_eq!(*version, i as i64 + 1);
            assert_eq!(*file, format!("{version:04}_{name}.sql"));
        }
    }

    #[test]
    fn sqlite_urls() {
        assert_eq!(
            sqlite_file("sqlite://data/s.db?mode=rwc"),
            Some("data/s.db")
        );
        assert_eq!(sqlite_file("sqlite:/tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://x"), None);
    }
}
