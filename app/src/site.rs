//! The bundles' files as the browser asks for them (server only).

use leptos::config::LeptosOptions;

/// The address of a bundle's file of `kind` (`js`, `wasm`, `css`, also its extension),
/// with its content hash in a release build (from the hash file cargo-leptos writes beside
/// the executable).
pub fn bundle_file(options: &LeptosOptions, kind: &str) -> String {
    let hashes = options
        .hash_files
        .then(|| {
            let exe = std::env::current_exe().ok()?;
            std::fs::read_to_string(exe.parent()?.join(options.hash_file.as_ref())).ok()
        })
        .flatten()
        .unwrap_or_default();
    let hash = hashes.lines().find_map(|line| {
        let (file, hash) = line.split_once(':')?;
        (file.trim() == kind).then(|| hash.trim().to_owned())
    });
    let name = &options.output_name;
    let pkg = &options.site_pkg_dir;
    match hash {
        Some(hash) => format!("/{pkg}/{name}.{hash}.{kind}"),
        None => format!("/{pkg}/{name}.{kind}"),
    }
}

/// `path` if it is a path on this site (`/…`, not `//host` or `/\\host`, no control
/// characters), for redirects that must not leave it.
pub fn local_path(path: &str) -> Option<&str> {
    let mut bytes = path.bytes();
    let ok = bytes.next() == Some(b'/')
        && !matches!(bytes.next(), Some(b'/' | b'\\'))
        && !path.bytes().any(|b| b.is_ascii_control());
    ok.then_some(path)
}

/// The Content-Security-Policy of an HTML page whose inline scripts carry `nonce`: scripts
/// only from this origin or with the nonce (no inline handlers, no `eval`; compiling
/// WebAssembly is allowed), connections only to this origin (its websocket included), no
/// plugins, no `<base>`, forms only to this origin, and no framing by any site.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// The policy of every response that is not a page (JSON, files, images): it may load
/// nothing and be framed by nobody.
pub const RESOURCE_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; sandbox";

/// Sets the headers of a page rendered by Leptos's router (the console's): its
/// Content-Security-Policy with the nonce Leptos gave this response, and `no-store` (the
/// pages show signed-in data).
pub fn set_page_headers() {
    use actix_web::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, HeaderValue};
    use leptos::prelude::use_context;
    let Some(res) = use_context::<leptos_actix::ResponseOptions>() else {
        return;
    };
    if let Some(nonce) = leptos::nonce::use_nonce()
        && let Ok(policy) = HeaderValue::from_str(&page_policy(&nonce))
    {
        res.insert_header(CONTENT_SECURITY_POLICY, policy);
    }
    res.insert_header(CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

#[cfg(test)]
mod tests {
    use super::page_policy;

    #[test]
    fn page_scripts_need_the_nonce() {
        let policy = page_policy("abc123");
        let directive = |name: &str| {
            policy
                .split(';')
                .map(str::trim)
                .find_map(|d| d.strip_prefix(name))
                .unwrap_or_default()
                .to_owned()
        };
        let scripts = directive("script-src ");
        assert!(scripts.contains("'nonce-abc123'"), "{scripts}");
        assert!(!scripts.contains("unsafe-inline"), "{scripts}");
        assert!(
            !scripts.split(' ').any(|s| s == "'unsafe-eval'"),
            "{scripts}"
        );
        assert_eq!(directive("frame-ancestors "), "'none'");
        assert_eq!(directive("object-src "), "'none'");
    }
}
