//! The browser bundles under `/pkg`: serves the brotli or gzip file cargo-leptos wrote beside
//! each asset when the browser accepts it, with long caching for content-hashed names.

use std::path::{Path, PathBuf};

use actix_files::NamedFile;
use actix_web::http::header::{self, ContentEncoding, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

/// Where the site's files are.
#[derive(Clone, Debug)]
pub struct SiteFiles {
    /// The folder of the public files (favicon): a bundle's site root.
    pub root: PathBuf,
    /// The bundles' `pkg` folders; their file names start with the bundle's name, so they
    /// never clash.
    pub pkg: Vec<PathBuf>,
    /// Whether asset names carry content hashes (then they never change).
    pub hashed: bool,
}

/// Whether `name` is a plain file name we may serve (no paths, no dot-files).
fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// The encodings the client accepts, best first among those we have files for.
fn accepted(req: &HttpRequest) -> (bool, bool) {
    let accept = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let has = |enc: &str| {
        accept.split(',').any(|part| {
            let mut it = part.split(';');
            let name = it.next().unwrap_or("").trim();
            let q_zero = it.any(|p| p.trim().replace(' ', "") == "q=0");
            name == enc && !q_zero
        })
    };
    (has("br"), has("gzip"))
}

async fn serve(req: &HttpRequest, dir: &Path, name: &str, immutable: bool) -> HttpResponse {
    if !is_safe_name(name) {
        return HttpResponse::NotFound().finish();
    }
    let plain = dir.join(name);
    if !plain.is_file() {
        return HttpResponse::NotFound().finish();
    }
    let mime = actix_files::file_extension_to_mime(
        plain.extension().and_then(|e| e.to_str()).unwrap_or(""),
    );
    let (br, gzip) = accepted(req);
    let with_ext = |ext: &str| PathBuf::from(format!("{}.{ext}", plain.display()));
    let (path, encoding) = if br && with_ext("br").is_file() {
        (with_ext("br"), Some(ContentEncoding::Brotli))
    } else if gzip && with_ext("gz").is_file() {
        (with_ext("gz"), Some(ContentEncoding::Gzip))
    } else {
        (plain, None)
    };
    let file = match NamedFile::open_async(&path).await {
        Ok(f) => f.set_content_type(mime).disable_content_disposition(),
        Err(_) => return HttpResponse::NotFound().finish(),
    };
    let file = match encoding {
        Some(enc) => file.set_content_encoding(enc),
        None => file,
    };
    let mut res = file.into_response(req);
    let headers = res.headers_mut();
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }),
    );
    res
}

/// `GET /pkg/{name}`.
pub async fn pkg(
    req: HttpRequest,
    name: web::Path<String>,
    site: web::Data<SiteFiles>,
) -> HttpResponse {
    let dir = site
        .pkg
        .iter()
        .find(|dir| is_safe_name(&name) && dir.join(name.as_str()).is_file());
    match dir {
        Some(dir) => serve(&req, dir, &name, site.hashed).await,
        None => HttpResponse::NotFound().finish(),
    }
}

/// `GET /{name}` for the few public files at the site root (favicon, robots.txt).
pub async fn public(
    req: HttpRequest,
    name: web::Path<String>,
    site: web::Data<SiteFiles>,
) -> HttpResponse {
    serve(&req, &site.root, &name, false).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn only_plain_names() {
        assert!(is_safe_name("sightline.abc123.wasm"));
        assert!(!is_safe_name("../secret"));
        assert!(!is_safe_name(".env"));
        assert!(!is_safe_name("a/b"));
        assert!(!is_safe_name(""));
    }

    #[test]
    fn encodings_are_negotiated() {
        let req = TestRequest::default()
            .insert_header((header::ACCEPT_ENCODING, "gzip, deflate, br, zstd"))
            .to_http_request();
        assert_eq!(accepted(&req), (true, true));
        let req = TestRequest::default()
            .insert_header((header::ACCEPT_ENCODING, "gzip;q=1.0, br;q=0"))
            .to_http_request();
        assert_eq!(accepted(&req), (false, true));
        assert_eq!(
            accepted(&TestRequest::default().to_http_request()),
            (false, false)
        );
    }
}
