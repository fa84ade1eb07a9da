//! Translations: Fluent catalogues by audience, for every language Sightline speaks.
//!
//! The catalogues are `app/locales/<lang>/<file>.ftl`, one file per audience: `common`
//! (every page), `customer`, `console`, `admin` and `emails` (what the server sends). The
//! server has them all compiled in and renders every page in the negotiated language (the
//! `sl_lang` cookie, then `Accept-Language`, then English). A browser bundle has none: the
//! page carries its language and that language's messages for the page's audience
//! (`<script id="sl-i18n">`, written by [`page_messages`]), which the bundle reads before it
//! hydrates; changing language fetches the other language's messages from
//! `/i18n/<audience>/<lang>` first. So adding a language grows no WASM file.

mod message;

use std::fmt;

#[cfg(not(feature = "hydrate"))]
use fluent_bundle::bundle::FluentBundle;
#[cfg(not(feature = "hydrate"))]
use fluent_bundle::memoizer::MemoizerKind;
#[cfg(not(feature = "hydrate"))]
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;

#[cfg(not(feature = "hydrate"))]
pub use message::compile;
pub use message::{PageMessages, Piece, format as format_pieces};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::AppError;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "sl_lang";

/// The id of the element that carries a page's messages to the browser.
pub const MESSAGES_ID: &str = "sl-i18n";

/// A language tag as Sightline writes it (BCP 47, at most 8 characters: `en`, `pt-BR`).
/// Which tags Sightline speaks is the server's business; the browser only ever holds tags the
/// server gave it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    tag: [u8; 8],
    len: u8,
}

impl Lang {
    /// English, the language of last resort.
    pub const EN: Lang = Lang::from_static("en");

    const fn from_static(tag: &str) -> Lang {
        let bytes = tag.as_bytes();
        let mut out = [0u8; 8];
        let mut i = 0;
        while i < bytes.len() && i < 8 {
            out[i] = bytes[i];
            i += 1;
        }
        Lang {
            tag: out,
            len: i as u8,
        }
    }

    /// A well-formed tag (ASCII letters, digits and dashes, at most 8), in the usual case:
    /// language lower case, region upper case, script title case (`PT-br` → `pt-BR`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let ok = (1..=8).contains(&tag.len())
            && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !tag.starts_with('-');
        if !ok {
            return None;
        }
        let mut lang = Lang::from_static(tag);
        let mut start = 0;
        for (n, part) in tag.split('-').enumerate() {
            for (i, b) in lang.tag[start..start + part.len()].iter_mut().enumerate() {
                *b = match (n, part.len(), i) {
                    (0, _, _) => b.to_ascii_lowercase(),
                    (_, 2, _) | (_, 4, 0) => b.to_ascii_uppercase(),
                    _ => b.to_ascii_lowercase(),
                };
            }
            start += part.len() + 1;
        }
        Some(lang)
    }

    /// The tag.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.tag[..usize::from(self.len)]).unwrap_or("en")
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::EN
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::parse(&tag).ok_or_else(|| serde::de::Error::custom("not a language tag"))
    }
}

/// Whose pages a browser shows: it gets the messages of `common` and of this audience.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The customer's pages.
    Customer,
    /// The console, the admin centre, sign-in and setup.
    Console,
}

impl Audience {
    /// Its name in `/i18n/<audience>/<lang>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Customer => "customer",
            Audience::Console => "console",
        }
    }

    /// The audience a name names.
    pub fn parse(name: &str) -> Option<Audience> {
        [Audience::Customer, Audience::Console]
            .into_iter()
            .find(|a| a.as_str() == name)
    }

    /// The catalogue files its pages use.
    pub fn files(self) -> &'static [&'static str] {
        match self {
            Audience::Customer => &["common", "customer"],
            Audience::Console => &["common", "console", "admin"],
        }
    }
}

/// An argument for a message.
#[derive(Clone, Debug)]
pub enum Arg {
    /// Text, inserted as is.
    Str(String),
    /// A number (selects plural forms).
    Num(f64),
}

#[cfg(not(feature = "hydrate"))]
/// The Fluent locale of a tag.
fn locale(lang: Lang) -> Vec<unic_langid::LanguageIdentifier> {
    vec![lang.code().parse().unwrap_or_default()]
}

#[cfg(not(feature = "hydrate"))]
/// An empty bundle filled with `sources`, without Unicode isolation marks around arguments
/// (ours are plain numbers and names).
fn loaded<M: MemoizerKind>(
    mut bundle: FluentBundle<FluentResource, M>,
    sources: impl IntoIterator<Item = String>,
) -> FluentBundle<FluentResource, M> {
    bundle.set_use_isolating(false);
    for source in sources {
        // A syntax error is caught by the tests; at run time the valid entries still load.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(not(feature = "hydrate"))]
/// `key` formatted with `args` from `bundle`; the key itself when the bundle lacks it.
fn format<M: MemoizerKind>(
    bundle: &FluentBundle<FluentResource, M>,
    key: &str,
    args: &[(&str, Arg)],
) -> String {
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let fargs = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s.clone())),
                Arg::Num(n) => fa.set(*name, FluentValue::from(*n)),
            }
        }
        fa
    });
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, fargs.as_ref(), &mut errors)
        .into_owned()
}

/// Translates `key` into `lang`, with arguments; falls back to the key itself. In the browser
/// the page's messages are the only ones at hand: `lang` is the page's language.
pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "hydrate")]
    {
        let _ = lang;
        page::translate(key, args)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        catalogues::translate(lang, key, args)
    }
}

/// The message for an error, in `lang`.
pub fn translate_error(lang: Lang, error: &AppError) -> String {
    let key = format!("error-{}", error.code());
    match error {
        AppError::RateLimited { retry_after_secs } => translate(
            lang,
            &key,
            &[("seconds", Arg::Num(*retry_after_secs as f64))],
        ),
        AppError::ActiveLimit { max } => {
            translate(lang, &key, &[("count", Arg::Num(f64::from(*max)))])
        }
        _ => translate(lang, &key, &[]),
    }
}

/// The languages a person may choose, each named in itself, in the selector's order.
pub fn languages() -> Vec<(Lang, String)> {
    #[cfg(feature = "hydrate")]
    {
        page::languages()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        catalogues::languages()
    }
}

/// The server's catalogues: every language, every file.
#[cfg(not(feature = "hydrate"))]
mod catalogues {
    use std::sync::OnceLock;

    use fluent_bundle::FluentResource;
    use fluent_bundle::concurrent::FluentBundle;

    use super::{Arg, Audience, Lang};

    /// A language Sightline speaks: its tag and its catalogue files.
    pub struct Language {
        pub lang: Lang,
        pub files: [(&'static str, &'static str); 5],
    }

    macro_rules! language {
        ($tag:literal) => {
            Language {
                lang: Lang::from_static($tag),
                files: [
                    (
                        "common",
                        include_str!(concat!("../locales/", $tag, "/common.ftl")),
                    ),
                    (
                        "customer",
                        include_str!(concat!("../locales/", $tag, "/customer.ftl")),
                    ),
                    (
                        "console",
                        include_str!(concat!("../locales/", $tag, "/console.ftl")),
                    ),
                    (
                        "admin",
                        include_str!(concat!("../locales/", $tag, "/admin.ftl")),
                    ),
                    (
                        "emails",
                        include_str!(concat!("../locales/", $tag, "/emails.ftl")),
                    ),
                ],
            }
        };
    }

    /// Every language, in the order the selector lists them.
    pub static LANGUAGES: [Language; 5] = [
        language!("en"),
        language!("it"),
        language!("de"),
        language!("nl"),
        language!("fr"),
    ];

    fn bundles() -> &'static [FluentBundle<FluentResource>] {
        static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
        BUNDLES.get_or_init(|| {
            LANGUAGES
                .iter()
                .map(|l| {
                    let sources = l.files.iter().map(|(_, src)| (*src).to_owned());
                    super::loaded(FluentBundle::new_concurrent(super::locale(l.lang)), sources)
                })
                .collect()
        })
    }

    fn index(lang: Lang) -> usize {
        LANGUAGES.iter().position(|l| l.lang == lang).unwrap_or(0)
    }

    pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        bundles()
            .get(index(lang))
            .map_or_else(|| key.to_owned(), |b| super::format(b, key, args))
    }

    pub fn languages() -> Vec<(Lang, String)> {
        LANGUAGES
            .iter()
            .map(|l| (l.lang, translate(l.lang, "lang-name", &[])))
            .collect()
    }

    /// `lang`'s messages for `audience`'s pages, compiled for the browser. A message the
    /// browser's formatter cannot do is left out (the tests keep there being none).
    pub fn page(lang: Lang, audience: Audience) -> super::PageMessages {
        let files = &LANGUAGES[index(lang)].files;
        let mut messages = Vec::new();
        for want in audience.files() {
            let Some((_, src)) = files.iter().find(|(name, _)| name == want) else {
                continue;
            };
            let resource = fluent_syntax::parser::parse(*src).unwrap_or_else(|(r, _)| r);
            for entry in &resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && let Some(value) = &m.value
                    && let Ok(pieces) = super::compile::pattern(value)
                {
                    messages.push((m.id.name.to_owned(), pieces));
                }
            }
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        messages.dedup_by(|a, b| a.0 == b.0);
        super::PageMessages {
            lang,
            languages: languages(),
            messages,
        }
    }
}

/// Languages and catalogue files as the server knows them (tests and the server).
#[cfg(not(feature = "hydrate"))]
pub use catalogues::{LANGUAGES, Language};

#[cfg(not(feature = "hydrate"))]
impl Lang {
    /// The language Sightline speaks for a tag (`it`, `it-CH`, `IT`); `None` when it speaks
    /// none of it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let known = |t: &str| {
            LANGUAGES
                .iter()
                .map(|l| l.lang)
                .find(|l| l.code().eq_ignore_ascii_case(t))
        };
        known(tag).or_else(|| known(tag.split(['-', '_']).next()?))
    }

    /// Picks the best language from an `Accept-Language` header (RFC 9110 weights).
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(u16, Lang)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.split(';');
            let Some(tag) = parts.next() else { continue };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_weight);
            let (Some(weight), Some(lang)) = (weight, Lang::from_tag(tag)) else {
                continue;
            };
            if weight > 0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, l)| l)
    }

    /// The language for a request: cookie first, then `Accept-Language`, then English.
    pub fn for_request(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie
            .and_then(Lang::from_tag)
            .or_else(|| accept_language.and_then(Lang::negotiate))
            .unwrap_or_default()
    }
}

/// Parses a `q=` weight into thousandths (`0.8` → 800); `None` when malformed.
#[cfg(not(feature = "hydrate"))]
fn parse_weight(q: &str) -> Option<u16> {
    let v: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&v)
        .then(|| (v * 1000.0).round() as u16)
}

/// What the browser of an `audience` page in `lang` needs (server only): the language, the
/// languages to offer, and the page's messages compiled for the browser, in the wire's
/// text form (nothing in it can end a `<script>` element early).
#[cfg(not(feature = "hydrate"))]
pub fn page_messages(lang: Lang, audience: Audience) -> String {
    // Compiled once per language and audience: every page render carries them.
    static TEXTS: std::sync::OnceLock<Vec<(Lang, Audience, String)>> = std::sync::OnceLock::new();
    TEXTS
        .get_or_init(|| {
            LANGUAGES
                .iter()
                .flat_map(|l| [Audience::Customer, Audience::Console].map(|a| (l.lang, a)))
                .map(|(l, a)| (l, a, crate::wire::to_text(&compiled(l, a))))
                .collect()
        })
        .iter()
        .find(|(l, a, _)| *l == lang && *a == audience)
        .map_or_else(
            || crate::wire::to_text(&compiled(lang, audience)),
            |(_, _, text)| text.clone(),
        )
}

/// `lang`'s messages for `audience`'s pages, compiled for the browser (server only).
#[cfg(not(feature = "hydrate"))]
pub fn compiled(lang: Lang, audience: Audience) -> PageMessages {
    catalogues::page(lang, audience)
}

/// The messages the page brought, or fetched when the language changed (browser only).
#[cfg(feature = "hydrate")]
mod page {
    use std::cell::RefCell;

    use wasm_bindgen::JsValue;

    use super::{Arg, Audience, Lang, MESSAGES_ID, PageMessages};

    thread_local! {
        static PAGE: RefCell<Option<PageMessages>> = const { RefCell::new(None) };
    }

    /// Installs messages in the form `page_messages` writes; their language.
    fn install(text: &str) -> Option<Lang> {
        let messages: PageMessages = crate::wire::from_text(text.trim()).ok()?;
        let lang = messages.lang;
        PAGE.with(|p| *p.borrow_mut() = Some(messages));
        Some(lang)
    }

    /// Reads the messages the server wrote into the page; the page's language.
    pub fn load_from_document() -> Option<Lang> {
        let text = web_sys::window()?
            .document()?
            .get_element_by_id(MESSAGES_ID)?
            .text_content()?;
        install(&text)
    }

    /// Fetches and installs `lang`'s messages for `audience`; whether it worked.
    pub async fn fetch(audience: Audience, lang: Lang) -> bool {
        let url = format!("/i18n/{}/{}", audience.as_str(), lang.code());
        match crate::browser::send("GET", &url, None, None).await {
            Ok((200, text)) => install(&text) == Some(lang),
            _ => false,
        }
    }

    /// The page's language (English before any messages are loaded).
    pub fn lang() -> Lang {
        PAGE.with(|p| p.borrow().as_ref().map_or(Lang::EN, |m| m.lang))
    }

    pub fn languages() -> Vec<(Lang, String)> {
        PAGE.with(|p| {
            p.borrow()
                .as_ref()
                .map_or_else(Vec::new, |m| m.languages.clone())
        })
    }

    /// A number as the browser writes it (`Number.prototype.toString`).
    fn number(n: f64) -> String {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }

    /// The plural category of `n` in `lang` (`Intl.PluralRules`).
    fn plural(lang: Lang, n: f64) -> String {
        let locales = js_sys::Array::of1(&JsValue::from_str(lang.code()));
        js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
            .select(n)
            .into()
    }

    pub fn translate(key: &str, args: &[(&str, Arg)]) -> String {
        PAGE.with(|p| {
            let page = p.borrow();
            let Some(m) = page.as_ref() else {
                return key.to_owned();
            };
            let lang = m.lang;
            match m.get(key) {
                Some(pieces) => super::format_pieces(pieces, args, &|n| plural(lang, n), &number),
                None => key.to_owned(),
            }
        })
    }
}

/// Reads the page's messages before the bundle hydrates (browser only).
#[cfg(feature = "hydrate")]
pub fn load_page_messages() {
    let _ = page::load_from_document();
}

/// The reactive translation context of a page.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: RwSignal<Lang>,
    audience: Audience,
}

impl I18n {
    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Whose pages these are.
    pub fn audience(&self) -> Audience {
        self.audience
    }

    /// The current language's tag, as an owned string (attributes).
    pub fn code(&self) -> String {
        self.lang.get().code().to_owned()
    }

    /// Translates `key` (tracks the language signal).
    pub fn t(&self, key: &str) -> String {
        translate(self.lang.get(), key, &[])
    }

    /// Translates `key` with arguments (tracks the language signal).
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        translate(self.lang.get(), key, args)
    }

    /// The message for an error (tracks the language signal).
    pub fn error(&self, error: &AppError) -> String {
        translate_error(self.lang.get(), error)
    }

    /// Switches language on this page (in the browser once its messages arrived) and
    /// remembers the choice in a cookie for a year.
    pub fn set_lang(&self, lang: Lang) {
        #[cfg(feature = "hydrate")]
        {
            let (signal, audience) = (self.lang, self.audience);
            leptos::task::spawn_local(async move {
                if page::fetch(audience, lang).await {
                    signal.set(lang);
                    crate::browser::set_cookie(LANG_COOKIE, lang.code(), 365 * 24 * 3600);
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        self.lang.set(lang);
    }
}

/// Creates the translation context of an `audience` page and provides it.
pub fn provide_i18n(audience: Audience) -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
        audience,
    };
    provide_context(i18n);
    i18n
}

/// The page's translation context.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: RwSignal::new(Lang::EN),
        audience: Audience::Customer,
    })
}

#[cfg(feature = "ssr")]
fn initial_lang() -> Lang {
    use actix_web::http::header::ACCEPT_LANGUAGE;
    let Some(req) = use_context::<leptos_actix::Request>() else {
        return Lang::EN;
    };
    let cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_owned());
    let accept = req
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    Lang::for_request(cookie.as_deref(), accept.as_deref())
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn initial_lang() -> Lang {
    // The language the server rendered with, whose messages the page brought.
    page::lang()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn initial_lang() -> Lang {
    Lang::EN
}

/// `t!(i18n, "key")`: a reactive closure that renders the translation of `key`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $key:literal) => {{
        let i18n = $i18n;
        move || i18n.t($key)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SessionState;
    use std::collections::BTreeSet;

    /// The message keys of one catalogue file.
    fn keys_of(source: &str) -> BTreeSet<String> {
        let res = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errs)| panic!("does not parse: {errs:?}"));
        res.body
            .into_iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    fn english() -> &'static Language {
        &LANGUAGES[0]
    }

    #[test]
    fn every_catalogue_parses() {
        for l in &LANGUAGES {
            for (file, src) in l.files {
                assert!(
                    FluentResource::try_new(src.to_owned()).is_ok(),
                    "{:?} {file}.ftl has syntax errors",
                    l.lang
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_key_in_the_same_file() {
        let en = english();
        let mut seen = BTreeSet::new();
        for (file, src) in en.files {
            let keys = keys_of(src);
            assert!(!keys.is_empty(), "en {file}.ftl is empty");
            for k in &keys {
                assert!(seen.insert(k.clone()), "{k} is in two files");
            }
        }
        assert!(seen.len() > 50, "suspiciously few keys: {}", seen.len());
        for l in &LANGUAGES {
            for ((file, en_src), (other_file, src)) in en.files.iter().zip(l.files) {
                assert_eq!(file, &other_file);
                let (want, have) = (keys_of(en_src), keys_of(src));
                let missing: Vec<_> = want.difference(&have).collect();
                let extra: Vec<_> = have.difference(&want).collect();
                assert!(
                    missing.is_empty(),
                    "{:?} {file}.ftl lacks {missing:?}",
                    l.lang
                );
                assert!(
                    extra.is_empty(),
                    "{:?} {file}.ftl has keys English lacks: {extra:?}",
                    l.lang
                );
            }
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        for l in &LANGUAGES {
            let bundle = loaded(
                fluent_bundle::FluentBundle::new(locale(l.lang)),
                l.files.iter().map(|(_, s)| (*s).to_owned()),
            );
            for (_, src) in l.files {
                for key in keys_of(src) {
                    let msg = bundle.get_message(&key).unwrap();
                    let Some(pattern) = msg.value() else {
                        panic!("{:?} {key} has no value", l.lang)
                    };
                    let mut args = FluentArgs::new();
                    for name in [
                        "seconds",
                        "name",
                        "count",
                        "email",
                        "from",
                        "to",
                        "detail",
                        "hold",
                        "total",
                        "date",
                        "state",
                        "verdict",
                        "figures",
                        "time",
                        "org",
                        "technician",
                        "link",
                        "address",
                        "admin",
                    ] {
                        args.set(name, FluentValue::from(3));
                    }
                    let mut errors = vec![];
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{:?} {key}: {errors:?}", l.lang);
                    assert!(!text.trim().is_empty(), "{:?} {key} is empty", l.lang);
                }
            }
        }
    }

    #[test]
    fn page_messages_travel_in_the_wire_text_form() {
        for l in &LANGUAGES {
            for audience in [Audience::Customer, Audience::Console] {
                let text = page_messages(l.lang, audience);
                // base64url: nothing in it can end a script element.
                assert!(
                    text.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                );
                let back: PageMessages = crate::wire::from_text(&text).unwrap();
                assert_eq!(
                    back,
                    compiled(l.lang, audience),
                    "{:?} {audience:?}",
                    l.lang
                );
            }
        }
    }

    #[test]
    fn a_page_gets_its_audience_messages_only() {
        let customer = compiled(Lang::EN, Audience::Customer);
        let console = compiled(Lang::EN, Audience::Console);
        let has = |m: &PageMessages, key: &str| m.get(key).is_some();
        assert!(has(&customer, "pin-page-title") && has(&customer, "error-pin-used"));
        assert!(!has(&customer, "admin-tab-users") && !has(&customer, "console-title"));
        assert!(!has(&customer, "invite-email-intro"));
        assert!(has(&console, "admin-tab-users") && has(&console, "error-pin-used"));
        assert!(!has(&console, "pin-page-title") && !has(&console, "invite-email-intro"));
    }

    #[test]
    fn dynamic_keys_exist() {
        let en: BTreeSet<String> = english()
            .files
            .iter()
            .flat_map(|(_, s)| keys_of(s))
            .collect();
        for e in AppError::examples() {
            assert!(en.contains(&format!("error-{}", e.code())), "{e:?}");
        }
        for s in SessionState::all() {
            assert!(en.contains(s.key()), "{s:?}");
        }
    }

    #[test]
    fn language_tags() {
        assert_eq!(
            Lang::parse("pt-BR").map(|l| l.to_string()),
            Some("pt-BR".into())
        );
        assert_eq!(Lang::parse("es-419").map(|l| l.code().len()), Some(6));
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("toolongtag"), None);
        assert_eq!(Lang::parse("x\"y"), None);
        assert_eq!(Lang::parse("-en"), None);
        let json = serde_json::to_string(&Lang::from_static("de")).unwrap();
        assert_eq!(json, "\"de\"");
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap().code(), "de");
        assert!(serde_json::from_str::<Lang>("\"a b\"").is_err());
        assert_eq!(Audience::parse("console"), Some(Audience::Console));
        assert_eq!(Audience::parse("admin"), None);
    }

    #[test]
    fn negotiation_follows_weights_and_falls_back() {
        let code = |l: Option<Lang>| l.map(|l| l.to_string());
        assert_eq!(
            code(Lang::negotiate("it-IT,it;q=0.9,en;q=0.8")),
            Some("it".into())
        );
        assert_eq!(
            code(Lang::negotiate("ja, de;q=0.5, fr;q=0.7")),
            Some("fr".into())
        );
        assert_eq!(code(Lang::negotiate("nl-BE")), Some("nl".into()));
        assert_eq!(Lang::negotiate("ja, zh"), None);
        assert_eq!(code(Lang::negotiate("de;q=0, fr;q=0.1")), Some("fr".into()));
        assert_eq!(Lang::negotiate("de;q=abc"), None);
        assert_eq!(Lang::for_request(Some("fr"), Some("de")).code(), "fr");
        assert_eq!(Lang::for_request(Some("xx"), Some("de")).code(), "de");
        assert_eq!(Lang::for_request(Some("IT"), None).code(), "it");
        assert_eq!(Lang::for_request(None, None), Lang::EN);
    }

    #[test]
    fn translation_uses_arguments_and_falls_back_to_the_key() {
        let de = Lang::from_tag("de").unwrap();
        let it = Lang::from_tag("it").unwrap();
        let text = translate_error(
            Lang::EN,
            &AppError::RateLimited {
                retry_after_secs: 42,
            },
        );
        assert!(text.contains("42"), "{text}");
        assert_eq!(translate(de, "no-such-key", &[]), "no-such-key");
        assert_ne!(
            translate(it, "pin-page-title", &[]),
            translate(Lang::EN, "pin-page-title", &[])
        );
        let names = languages();
        assert_eq!(names.len(), LANGUAGES.len());
        assert!(names.iter().any(|(l, n)| *l == it && n == "Italiano"));
    }
}
