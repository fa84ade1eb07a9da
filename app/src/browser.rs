//! Small helpers around the browser's DOM (browser build only).

use wasm_bindgen::JsCast;

use crate::protocol::Role;

/// Milliseconds since the Unix epoch, by the local clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
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
