//! Secrets at rest: two-factor secrets are stored sealed with a key kept outside the
//! database (a database copy alone reveals none), values a version before sealing stored
//! as they are are sealed at start-up, and `rotate-secret-key` seals them all with a new
//! key while sign-in goes on working.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support;

use std::time::Duration;

use app::secret_box::{Keyring, SecretKey};
use support::*;

const EMAIL: &str = "tess@acme.test";

/// The stored values of the two-factor columns of the one user.
async fn stored(srv: &TestServer) -> (Option<String>, Option<String>) {
    sqlx::query_as("SELECT totp_secret, totp_pending FROM users WHERE email = $1")
        .bind(EMAIL)
        .fetch_one(&srv.ctx.db)
        .await
        .unwrap()
}

/// Signs in with the password and the app's code of the next time step.
async fn sign_in_with_code(srv: &TestServer, secret: &str) -> Result<(), app::error::AppError> {
    srv.clock.advance(Duration::from_secs(30));
    let mut b = Browser::default();
    b.call::<()>(srv, "sign_in", &[("email", EMAIL), ("password", PASSWORD)])
        .await?;
    let now = u64::try_from(srv.ctx.now_ms() / 1000).unwrap();
    let code = app::two_factor::server::code_at(secret, now).unwrap();
    b.call::<()>(srv, "sign_in_code", &[("code", &code)]).await
}

#[actix_web::test]
async fn two_factor_secrets_are_sealed_with_a_key_outside_the_database() {
    let srv = start().await;
    let mut tech = setup_org(&srv, EMAIL).await;
    let key_file = srv.dir.path().join("secret.key");
    let key = SecretKey::parse(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key file is its owner's only");
    }

    // Set-up: the secret being set up is sealed, then the one in use.
    let e: app::two_factor::Enrolment = tech.call(&srv, "two_factor_begin", &[]).await.unwrap();
    let secret = e.secret.replace(' ', "");
    let (_, pending) = stored(&srv).await;
    let pending = pending.unwrap();
    assert!(
        pending.starts_with(&format!("v1.{}.", key.id())),
        "{pending}"
    );
    assert!(!pending.contains(&secret));
    let now = u64::try_from(srv.ctx.now_ms() / 1000).unwrap();
    let code = app::two_factor::server::code_at(&secret, now).unwrap();
    let _: Vec<String> = tech
        .call(&srv, "two_factor_confirm", &[("code", &code)])
        .await
        .unwrap();
    let (sealed, pending) = stored(&srv).await;
    let sealed = sealed.unwrap();
    assert_eq!(pending, None);
    assert!(sealed.starts_with(&format!("v1.{}.", key.id())) && !sealed.contains(&secret));
    assert_eq!(sign_in_with_code(&srv, &secret).await, Ok(()));

    // A copy of the database alone opens nothing: another key, or the right key on the
    // wrong column, does not open it.
    let stranger = Keyring::new(SecretKey::generate(), vec![]);
    assert!(stranger.open("totp_secret", &sealed).is_err());
    let ours = Keyring::new(key.clone(), vec![]);
    assert!(ours.open("totp_pending", &sealed).is_err());
    assert_eq!(
        ours.open("totp_secret", &sealed).as_deref(),
        Ok(secret.as_str())
    );

    // A secret stored as it is (by a version before sealing) is sealed at start-up.
    sqlx::query("UPDATE users SET totp_secret = $1 WHERE email = $2")
        .bind(&secret)
        .bind(EMAIL)
        .execute(&srv.ctx.db)
        .await
        .unwrap();
    assert_eq!(sign_in_with_code(&srv, &secret).await, Ok(()), "still read");
    let srv = srv.restart().await;
    let (resealed, _) = stored(&srv).await;
    assert!(resealed.unwrap().starts_with(&format!("v1.{}.", key.id())));
    assert_eq!(sign_in_with_code(&srv, &secret).await, Ok(()));

    // Rotation, as the command runs beside the server: every secret sealed with a new
    // key; the old key moves aside.
    let db = srv.dir.path().join("test.db");
    let cli = <server::config::Cli as clap::Parser>::try_parse_from([
        "sightline",
        "--database-url",
        &format!("sqlite://{}", db.display()),
        "rotate-secret-key",
    ])
    .unwrap();
    server::keys::rotate(&cli.config).await.unwrap();
    let new_key = SecretKey::parse(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_ne!(new_key.id(), key.id());
    let old = std::fs::read_to_string(srv.dir.path().join("secret.key.old")).unwrap();
    assert_eq!(SecretKey::parse(&old).unwrap().id(), key.id());
    assert!(!srv.dir.path().join("secret.key.next").exists());
    let (rotated, _) = stored(&srv).await;
    let rotated = rotated.unwrap();
    assert!(
        rotated.starts_with(&format!("v1.{}.", new_key.id())),
        "{rotated}"
    );
    assert!(
        ours.open("totp_secret", &rotated).is_err(),
        "the old key alone opens nothing"
    );
    let srv = srv.restart().await;
    assert_eq!(sign_in_with_code(&srv, &secret).await, Ok(()));

    // Without its key file the server cannot read the secrets: sign-in with a code fails
    // (and no secret is revealed).
    std::fs::remove_file(&key_file).unwrap();
    std::fs::remove_file(srv.dir.path().join("secret.key.old")).unwrap();
    let srv = srv.restart().await;
    assert!(sign_in_with_code(&srv, &secret).await.is_err());
}
