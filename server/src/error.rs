//! Errors of the server's own machinery (start-up, configuration, CLI).

/// Something that stops the server or a command.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The database could not be opened or queried.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// Binding or reading failed.
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// The configuration is unusable.
    #[error("configuration: {0}")]
    Config(String),
    /// A command was refused.
    #[error("{0}")]
    Refused(app::error::AppError),
}
