//! Translations: Fluent catalogues for English, Italian, German, Dutch and French.
//!
//! The catalogues live in `app/locales/<lang>/main.ftl` and are compiled into both the
//! server and the browser bundle. The language comes from the `sl_lang` cookie, then the
//! browser's `Accept-Language`, then English; the server renders with it and writes it into
//! `<html lang>`, from where the browser picks it up when it hydrates.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

use crate::error::AppError;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "sl_lang";

/// A language Sightline speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    It,
    De,
    Nl,
    Fr,
}

impl Lang {
    /// Every language, in the order the selector lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::It, Lang::De, Lang::Nl, Lang::Fr];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    /// Parses a language tag (`it`, `it-CH`, `IT`); `None` when we do not speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
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

    /// The Fluent source of this language's catalogue.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en/main.ftl"),
            Lang::It => include_str!("../locales/it/main.ftl"),
            Lang::De => include_str!("../locales/de/main.ftl"),
            Lang::Nl => include_str!("../locales/nl/main.ftl"),
            Lang::Fr => include_str!("../locales/fr/main.ftl"),
        }
    }
}

/// Parses a `q=` weight into thousandths (`0.8` → 800); `None` when malformed.
fn parse_weight(q: &str) -> Option<u16> {
    let v: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&v)
        .then(|| (v * 1000.0).round() as u16)
}

struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog {
        bundles: Lang::ALL.into_iter().map(build_bundle).collect(),
    })
}

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    // A syntax error in a catalogue is caught by the tests below; at run time the valid
    // entries still load and a missing one falls back to its key.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: our arguments are plain numbers and names.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// An argument for a message.
#[derive(Clone, Debug)]
pub enum Arg {
    /// Text, inserted as is.
    Str(String),
    /// A number (selects plural forms).
    Num(f64),
}

/// Translates `key` into `lang`, with arguments; falls back to the key itself.
pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let idx = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let Some(bundle) = catalog().bundles.get(idx) else {
        return key.to_owned();
    };
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

/// The reactive translation context of a page.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current language.
    pub fn lang(&self) -> Lang {
        self.lang.get()
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

    /// Switches language on this page and remembers the choice in a cookie for a year.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        #[cfg(feature = "hydrate")]
        crate::browser::set_cookie(LANG_COOKIE, lang.code(), 365 * 24 * 3600);
    }
}

/// Creates the translation context for this page and provides it.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
    };
    provide_context(i18n);
    i18n
}

/// The page's translation context.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n {
        lang: RwSignal::new(Lang::En),
    })
}

#[cfg(feature = "ssr")]
fn initial_lang() -> Lang {
    use actix_web::http::header::ACCEPT_LANGUAGE;
    let Some(req) = use_context::<leptos_actix::Request>() else {
        return Lang::En;
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
    // The server wrote the language it rendered with into <html lang>; hydrating with the
    // same one keeps the server's and the browser's text identical.
    crate::browser::document_lang()
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn initial_lang() -> Lang {
    Lang::En
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

    fn keys(lang: Lang) -> BTreeSet<String> {
        let res = FluentResource::try_new(lang.source().to_owned())
            .unwrap_or_else(|(_, errs)| panic!("{lang:?} does not parse: {errs:?}"));
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_catalogue_parses() {
        for lang in Lang::ALL {
            assert!(
                FluentResource::try_new(lang.source().to_owned()).is_ok(),
                "{lang:?} has syntax errors"
            );
        }
    }

    #[test]
    fn every_language_has_every_key() {
        let en = keys(Lang::En);
        assert!(en.len() > 50, "suspiciously few keys: {}", en.len());
        for lang in Lang::ALL {
            let other = keys(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang:?} has keys English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in Lang::ALL {
            let bundle = build_bundle(lang);
            for key in keys(lang) {
                let msg = bundle.get_message(&key).unwrap();
                let Some(pattern) = msg.value() else {
                    panic!("{lang:?} {key} has no value")
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
                assert!(errors.is_empty(), "{lang:?} {key}: {errors:?}");
                assert!(!text.trim().is_empty(), "{lang:?} {key} is empty");
            }
        }
    }

    #[test]
    fn dynamic_keys_exist() {
        let en = keys(Lang::En);
        for e in AppError::examples() {
            assert!(en.contains(&format!("error-{}", e.code())), "{e:?}");
        }
        for s in SessionState::all() {
            assert!(en.contains(s.key()), "{s:?}");
        }
    }

    #[test]
    fn negotiation_follows_weights_and_falls_back() {
        assert_eq!(Lang::negotiate("it-IT,it;q=0.9,en;q=0.8"), Some(Lang::It));
        assert_eq!(Lang::negotiate("ja, de;q=0.5, fr;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::negotiate("ja, zh"), None);
        assert_eq!(Lang::negotiate("de;q=0, fr;q=0.1"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("de;q=abc"), None);
        assert_eq!(Lang::for_request(Some("fr"), Some("de")), Lang::Fr);
        assert_eq!(Lang::for_request(Some("xx"), Some("de")), Lang::De);
        assert_eq!(Lang::for_request(None, None), Lang::En);
    }

    #[test]
    fn translation_uses_arguments_and_falls_back_to_the_key() {
        let text = translate_error(
            Lang::En,
            &AppError::RateLimited {
                retry_after_secs: 42,
            },
        );
        assert!(text.contains("42"), "{text}");
        assert_eq!(translate(Lang::De, "no-such-key", &[]), "no-such-key");
        assert_ne!(
            translate(Lang::It, "pin-page-title", &[]),
            translate(Lang::En, "pin-page-title", &[])
        );
    }
}
