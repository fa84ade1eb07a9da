//! `sightline`: wiring only — see `cli`.

use std::process::ExitCode;

#[actix_web::main]
async fn main() -> ExitCode {
    match server::cli::run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sightline: {e}");
            ExitCode::FAILURE
        }
    }
}
