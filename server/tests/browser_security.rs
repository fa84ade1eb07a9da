//! What the server tells browsers to protect its pages and cookies, checked on the wire:
//! the headers of every page and every other response, cross-site requests refused, the
//! `__Host-` cookies over https, and plain forms that find their way back without a
//! `Referer`. (`end2end/tests/security.spec.ts` checks that Chromium runs every page
//! under these headers without a violation.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support;

use app::protocol::Role;
use support::*;

/// A client that shows redirects rather than following them.
fn client() -> awc::Client {
    awc::Client::builder().disable_redirects().finish()
}

/// A GET with the browser's cookies: status, headers, body.
async fn fetch(
    srv: &TestServer,
    browser: &Browser,
    path: &str,
) -> (u16, awc::http::header::HeaderMap, String) {
    let mut res = client()
        .get(format!("{}{path}", srv.base))
        .insert_header(("Cookie", browser.cookie_header()))
        .send()
        .await
        .unwrap();
    let body = res.body().limit(1 << 22).await.unwrap();
    (
        res.status().as_u16(),
        res.headers().clone(),
        String::from_utf8_lossy(&body).into_owned(),
    )
}

fn header<'a>(headers: &'a awc::http::header::HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("no {name} header"))
}

/// The nonce a page's policy allows for scripts.
fn policy_nonce(policy: &str) -> String {
    let scripts = policy
        .split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("script-src "))
        .unwrap_or_else(|| panic!("no script-src in {policy}"));
    assert!(!scripts.contains("unsafe-inline"), "{scripts}");
    assert!(scripts.contains("'wasm-unsafe-eval'"), "{scripts}");
    scripts
        .split(' ')
        .find_map(|s| s.strip_prefix("'nonce-"))
        .and_then(|s| s.strip_suffix('\''))
        .unwrap_or_else(|| panic!("no nonce in {scripts}"))
        .to_owned()
}

/// The first tag with an `on…=` attribute (an inline event handler), if any.
fn inline_handler(html: &str) -> Option<&str> {
    html.split('<').skip(1).find_map(|tag| {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let handler = tag.split_whitespace().skip(1).any(|attr| {
            attr.strip_prefix("on").is_some_and(|rest| {
                let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
                !name.is_empty() && rest[name.len()..].starts_with('=')
            })
        });
        handler.then_some(tag)
    })
}

#[actix_web::test]
async fn every_page_carries_its_policy_and_every_script_its_nonce() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let invite = new_session(&srv, &mut tech, "link").await;
    let token = invite.secret.rsplit('/').next().unwrap().to_owned();
    let mut customer = Browser::default();
    customer.redeem_link(&srv, &token).await.unwrap();
    let visitor = Browser::default();

    let pages: Vec<(&Browser, String)> = vec![
        (&visitor, "/pin".into()),
        (&visitor, format!("/j/{token}")),
        (&visitor, "/c/nothing-here".into()),
        (&visitor, "/no/such/page".into()),
        (&customer, "/s".into()),
        (&visitor, "/signin".into()),
        (&tech, "/console".into()),
        (&tech, "/admin".into()),
    ];
    let mut nonces = std::collections::HashSet::new();
    for (browser, path) in pages {
        let (status, headers, body) = fetch(&srv, browser, &path).await;
        assert!(status == 200 || status == 404, "{path}: {status}");
        assert!(
            header(&headers, "content-type").starts_with("text/html"),
            "{path}"
        );
        let policy = header(&headers, "content-security-policy");
        let nonce = policy_nonce(policy);
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert!(policy.contains("object-src 'none'"), "{path}: {policy}");
        assert!(nonces.insert(nonce.clone()), "{path}: a nonce is used once");
        assert_eq!(header(&headers, "cache-control"), "no-store", "{path}");
        assert_eq!(header(&headers, "referrer-policy"), "no-referrer", "{path}");
        assert_eq!(
            header(&headers, "x-content-type-options"),
            "nosniff",
            "{path}"
        );
        assert_eq!(header(&headers, "x-frame-options"), "DENY", "{path}");
        assert_eq!(
            header(&headers, "permissions-policy"),
            "camera=(self), microphone=(self), geolocation=()",
            "{path}"
        );
        // Every script that runs carries the nonce (data blocks are `type="text/plain"`).
        let mut scripts = 0;
        for tag in body.split("<script").skip(1) {
            let open = &tag[..tag.find('>').unwrap()];
            if open.contains("type=\"text/plain\"") {
                continue;
            }
            scripts += 1;
            assert!(
                open.contains(&format!("nonce=\"{nonce}\"")),
                "{path}: a script without the nonce: <script{open}>"
            );
        }
        assert!(scripts >= 1, "{path}: the page loads its bundle");
        assert_eq!(
            inline_handler(&body),
            None,
            "{path}: no inline event handlers"
        );
    }

    // Everything else may load nothing and be framed by nobody.
    for path in ["/api/v1/health", "/i18n/customer/en", "/pkg/nothing.js"] {
        let (status, headers, _) = fetch(&srv, &visitor, path).await;
        assert!(status == 200 || status == 404, "{path}: {status}");
        assert_eq!(
            header(&headers, "content-security-policy"),
            app::site::RESOURCE_POLICY,
            "{path}"
        );
        assert_eq!(header(&headers, "referrer-policy"), "no-referrer", "{path}");
    }
}

/// The follow worker's script runs under a policy of its own: it may load and compile the
/// drawing-layer module from this server, nothing else, and it names that module.
#[actix_web::test]
async fn the_follow_worker_loads_only_its_module() {
    let srv = start().await;
    let visitor = Browser::default();
    let (status, headers, body) = fetch(&srv, &visitor, app::follow::WORKER_SCRIPT).await;
    assert_eq!(status, 200);
    assert!(header(&headers, "content-type").starts_with("text/javascript"));
    assert_eq!(
        header(&headers, "content-security-policy"),
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"
    );
    assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    assert!(body.contains("import('/pkg/board"), "{body}");
    assert!(body.contains("module_or_path:'/pkg/board"), "{body}");
    assert!(body.contains("m.follow_worker()"), "{body}");
}

/// A server-function call with the signed-in technician's cookie and the given request
/// headers: status and body.
async fn post_with(srv: &TestServer, tech: &Browser, headers: &[(&str, &str)]) -> (u16, String) {
    let mut req = client()
        .post(format!("{}/fn/create_session", srv.base))
        .insert_header(("Cookie", tech.cookie_header()));
    for h in headers {
        req = req.insert_header(*h);
    }
    let mut res = req
        .send_form(&[
            ("customer_name", "Ada"),
            ("field1", ""),
            ("field2", ""),
            ("method", "pin"),
        ])
        .await
        .unwrap();
    let body = res.body().await.unwrap();
    (
        res.status().as_u16(),
        String::from_utf8_lossy(&body).into_owned(),
    )
}

#[actix_web::test]
async fn requests_from_other_sites_are_refused() {
    let srv = start().await;
    let tech = setup_org(&srv, "tess@acme.test").await;
    let forbidden = r#"{"code":"forbidden"}"#;

    // A page on another site (or a sibling subdomain) posting with the technician's cookie.
    for headers in [
        vec![("Sec-Fetch-Site", "cross-site")],
        vec![("Sec-Fetch-Site", "same-site")],
        vec![("Origin", "https://evil.example")],
        vec![("Origin", "null")],
    ] {
        assert_eq!(
            post_with(&srv, &tech, &headers).await,
            (403, forbidden.to_owned()),
            "{headers:?}"
        );
    }
    let (_, headers, _) = {
        let mut res = client()
            .put(format!("{}/admin/logo", srv.base))
            .insert_header(("Cookie", tech.cookie_header()))
            .insert_header(("Sec-Fetch-Site", "cross-site"))
            .send_body("x")
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 403);
        let body = res.body().await.unwrap();
        (0, res.headers().clone(), body)
    };
    assert_eq!(
        header(&headers, "content-security-policy"),
        app::site::RESOURCE_POLICY,
        "a refusal carries the headers too"
    );

    // The site's own pages, and programs that say nothing, are served.
    let own = srv.base.clone();
    for headers in [
        vec![("Sec-Fetch-Site", "same-origin"), ("Origin", own.as_str())],
        vec![("Origin", own.as_str())],
        vec![],
    ] {
        let (status, body) = post_with(&srv, &tech, &headers).await;
        assert_eq!(status, 200, "{headers:?}: {body}");
    }

    // A websocket opened by another site's page.
    let url = format!("{}/ws?role=technician", srv.base.replace("http", "ws"));
    for (name, value) in [
        ("Origin", "https://evil.example"),
        ("Sec-Fetch-Site", "cross-site"),
    ] {
        let refused = client()
            .ws(url.as_str())
            .set_header("Cookie", tech.cookie_header())
            .set_header(name, value)
            .connect()
            .await;
        assert!(
            matches!(refused, Err(awc::error::WsClientError::InvalidResponseStatus(s)) if s == 403),
            "{name}: {value}"
        );
    }
    assert!(tech.ws(&srv, Role::Technician).await.is_ok());
}

#[actix_web::test]
async fn cookies_over_https_carry_the_host_prefix() {
    let srv = start_with_args(LENIENT, &["--public-url", "https://support.example"]).await;
    let mut tech = Browser::default();
    let mut res = client()
        .post(format!("{}/fn/setup", srv.base))
        .send_form(&[
            ("org_name", "Acme Support"),
            ("name", "Tess Tech"),
            ("email", "tess@acme.test"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ])
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let set_cookie: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    let auth = set_cookie
        .iter()
        .find(|c| c.starts_with("__Host-sl_auth="))
        .unwrap_or_else(|| panic!("no __Host- sign-in cookie in {set_cookie:?}"));
    for attribute in ["Secure", "HttpOnly", "Path=/", "SameSite=Lax"] {
        assert!(auth.contains(attribute), "{auth}");
    }
    assert!(!auth.contains("Domain"), "{auth}");
    tech.keep_cookies(&res);
    let _ = res.body().await;

    // The prefixed cookie signs in; the same value under the plain name does not (a
    // cookie anyone on a sibling host or over http could have set).
    let (status, _, _) = fetch(&srv, &tech, "/replies.xml").await;
    assert_eq!(status, 200);
    let token = tech
        .cookies
        .iter()
        .find(|(k, _)| k == "__Host-sl_auth")
        .unwrap()
        .1
        .clone();
    let unprefixed = Browser {
        cookies: vec![("sl_auth".into(), token)],
    };
    let (status, _, _) = fetch(&srv, &unprefixed, "/replies.xml").await;
    assert_eq!(status, 401, "not signed in");
}

/// A plain form post (`Accept: text/html`, no `Referer`, as browsers send it here).
async fn plain_form(srv: &TestServer, action: &str, form: &[(&str, &str)]) -> (u16, String) {
    let res = client()
        .post(format!("{}{action}", srv.base))
        .insert_header(("Accept", "text/html"))
        .insert_header(("Sec-Fetch-Site", "same-origin"))
        .send_form(&form)
        .await
        .unwrap();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (res.status().as_u16(), location)
}

#[actix_web::test]
async fn plain_forms_come_back_to_their_page_without_a_referrer() {
    let srv = start().await;
    let action = app::uri::form_action("/fn/redeem_pin", "/pin");
    let (status, location) = plain_form(&srv, &action, &[("pin", "000000")]).await;
    assert_eq!(status, 302);
    assert!(
        location.starts_with(&format!("{}/pin?__path=", srv.base)) && location.contains("__err="),
        "{location}"
    );

    // Only to this site.
    for back in [
        "//evil.example/x",
        "/\\evil.example",
        "https://evil.example/",
    ] {
        let action = app::uri::form_action("/fn/redeem_pin", back);
        let (_, location) = plain_form(&srv, &action, &[("pin", "000000")]).await;
        assert!(!location.contains("evil"), "{back}: {location}");
    }

    // The language form too.
    let (status, location) =
        plain_form(&srv, "/lang", &[("lang", "fr"), ("back", "/c/help")]).await;
    assert_eq!((status, location.as_str()), (303, "/c/help"));
    let (_, location) =
        plain_form(&srv, "/lang", &[("lang", "fr"), ("back", "//evil.example")]).await;
    assert_eq!(location, "/");
}

#[actix_web::test]
async fn refusals_are_clean_client_errors() {
    let srv = start().await;
    let tech = setup_org(&srv, "tess@acme.test").await;
    let invalid = r#"{"code":"invalid-input","field":""}"#;
    let post = |path: &str, body: &'static str| {
        client()
            .post(format!("{}{path}", srv.base))
            .insert_header(("Cookie", tech.cookie_header()))
            .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
            .send_body(body)
    };
    let answer = |mut res: awc::ClientResponse<_>| async move {
        let body = res.body().await.unwrap();
        (
            res.status().as_u16(),
            String::from_utf8_lossy(&body).into_owned(),
        )
    };

    // A path that names no server function.
    let (status, body) = answer(post("/fn/no_such_function", "").await.unwrap()).await;
    assert_eq!((status, body.as_str()), (404, r#"{"code":"not-found"}"#));
    // Arguments a server function cannot read.
    let (status, body) = answer(post("/fn/redeem_pin", "nothing=here").await.unwrap()).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("invalid-input"), "{body}");
    // A bad role on the websocket, a language form without its field.
    let (status, body) = answer(
        client()
            .get(format!("{}/ws?role=admin", srv.base))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body.as_str()), (422, invalid));
    let (status, body) = answer(post("/lang", "language=fr").await.unwrap()).await;
    assert_eq!((status, body.as_str()), (422, invalid));
    // An administrator's download with a malformed filter.
    let (status, body) = answer(
        client()
            .get(format!("{}/admin/reports.csv?from=yesterday", srv.base))
            .insert_header(("Cookie", tech.cookie_header()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.starts_with(r#"{"code":"invalid-input""#), "{body}");
}
