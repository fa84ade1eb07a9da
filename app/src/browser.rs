//! Small helpers around the browser's DOM (browser build only).

use wasm_bindgen::JsCast;

use crate::protocol::Role;

/// Milliseconds since the Unix epoch, by the local clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Marks the document as scripted (`<html data-js>`), so the stylesheet can hide what only
/// pages without JavaScript need (the language form's button). Called first by each
/// bundle's `hydrate()`.
pub fn mark_scripted() {
    mark_root("data-js");
}

/// Marks the document as hydrated (`<html data-hydrated>`): the page answers to input from
/// here on (the benchmark measures the time to it). Called last by each bundle's
/// `hydrate()`.
pub fn mark_hydrated() {
    mark_root("data-hydrated");
}

fn mark_root(attribute: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(attribute, "");
    }
}

/// The `lang` attribute of `<html>`.
pub fn document_lang() -> Option<String> {
    let lang = web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("lang")?;
    (!lang.is_empty()).then_some(lang)
}

/// Sets a cookie readable by the server (not HttpOnly: it only holds a preference).
pub fn set_cookie(name: &str, value: &str, max_age_secs: u64) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let secure = if is_https() { "; Secure" } else { "" };
    let cookie = format!("{name}={value}; Path=/; Max-Age={max_age_secs}; SameSite=Lax{secure}");
    let _ = doc
        .unchecked_into::<web_sys::HtmlDocument>()
        .set_cookie(&cookie);
}

fn is_https() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:")
}

/// The websocket URL of this server for a page of `role`.
pub fn ws_url(role: Role) -> String {
    let host = web_sys::window()
        .and_then(|w| w.location().host().ok())
        .unwrap_or_default();
    let scheme = if is_https() { "wss" } else { "ws" };
    format!("{scheme}://{host}/ws?role={}", role.as_str())
}

/// Copies text to the clipboard; false when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Asks the browser to leave the page for `path` (a full navigation).
pub fn go_to(path: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(path);
    }
}

/// Sends `body` (bytes, a file or nothing) with `method` to `url` on this origin; gives the
/// status and the response text.
pub async fn send(
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: Option<&wasm_bindgen::JsValue>,
) -> Result<(u16, String), wasm_bindgen::JsValue> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or_else(|| wasm_bindgen::JsValue::from_str("no window"))?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(t) = content_type {
        let headers = web_sys::Headers::new()?;
        headers.set("Content-Type", t)?;
        init.set_headers(&headers);
    }
    if let Some(b) = body {
        init.set_body(b);
    }
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}
