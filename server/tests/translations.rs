//! The translations against the code of every crate: every key the code translates names a
//! message, every message is used, and no view writes text of its own.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use app::error::AppError;
use app::i18n::{Arg, Audience, LANGUAGES, Lang, Piece};
use app::session::SessionState;
use fluent_syntax::ast::Entry;

/// The message keys of English, by catalogue file.
fn english() -> BTreeMap<&'static str, BTreeSet<String>> {
    let en = LANGUAGES.iter().find(|l| l.lang == Lang::EN).unwrap();
    en.files
        .iter()
        .map(|(file, src)| {
            let res = fluent_syntax::parser::parse(*src)
                .unwrap_or_else(|(_, errs)| panic!("en {file}.ftl does not parse: {errs:?}"));
            let keys = res
                .body
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            (*file, keys)
        })
        .collect()
}

/// Who may translate a key: a bundle sees only its audience's files, the server every file.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Reader {
    Bundle(Audience),
    Server,
}

impl Reader {
    /// Whose code a source file is.
    fn of(path: &Path) -> Reader {
        let p = path.to_string_lossy();
        if p.contains("/crates/customer/") || p.contains("/app/src/components/") {
            Reader::Bundle(Audience::Customer)
        } else if p.contains("/crates/console/") {
            Reader::Bundle(Audience::Console)
        } else {
            Reader::Server
        }
    }

    /// Whether `file` is one this reader has.
    fn reads(self, file: &str) -> bool {
        match self {
            Reader::Bundle(a) => a.files().contains(&file),
            Reader::Server => true,
        }
    }
}

/// String literals in a Rust source line (naive: ignores escapes and raw strings).
fn literals(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or("");
    code.split('"').skip(1).step_by(2).collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every Rust source of the crates with views or translated text: `app`, the two bundles
/// and the server.
fn sources() -> Vec<(std::path::PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = vec![];
    for dir in [
        "app/src",
        "crates/customer/src",
        "crates/console/src",
        "server/src",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

/// Keys passed to the translation calls in a source file (a key may follow the call on
/// the next line, as rustfmt sometimes puts it).
fn keys_used(text: &str) -> Vec<&str> {
    // `check(` is the preferences dialog's checkbox helper, which takes a key.
    // `tr(` is a translation function passed in (the invite email and text message).
    const MARKERS: [&str; 6] = [
        "t!(i18n,",
        ".t(",
        ".t_with(",
        "translate(l,",
        "check(",
        " tr(",
    ];
    let mut found = vec![];
    for marker in MARKERS {
        for (pos, _) in text.match_indices(marker) {
            let rest = text[pos + marker.len()..].trim_start();
            if let Some(lit) = rest.strip_prefix('"')
                && let Some(end) = lit.find('"')
            {
                found.push(&lit[..end]);
            }
        }
    }
    found
}

/// Keys the code makes at run time, and who translates them.
fn dynamic_keys() -> Vec<(Reader, String)> {
    use app::prefs::Theme;
    use app::presence::Presence;
    use app::protocol::ClientReport;
    use app::session::LOG_KINDS;
    use console::components::board_bar::{COLOR_KEYS, WIDTH_KEYS, tool_key};
    use console::components::session_list::Queue;
    use console::pages::admin::{audit_key, permission_key};
    use customer::Page;
    use customer::journey::MediaProblem;
    let customer = Reader::Bundle(Audience::Customer);
    let console = Reader::Bundle(Audience::Console);
    // Each language's own name, which the server gives every page for its selector.
    let mut keys = vec![(Reader::Server, "lang-name".to_owned())];
    // Errors reach both sides.
    for e in AppError::examples() {
        keys.push((customer, format!("error-{}", e.code())));
        keys.push((console, format!("error-{}", e.code())));
    }
    for p in MediaProblem::ALL {
        keys.push((customer, p.title_key().to_owned()));
        keys.push((customer, p.help_key().to_owned()));
    }
    let pages = [
        Page::Pin { error: None },
        Page::Link {
            token: String::new(),
            error: None,
        },
        Page::Channel {
            slug: String::new(),
            channel: Err(AppError::NotFound),
            error: None,
        },
        Page::Session {
            info: Err(AppError::NotJoined),
            error: None,
        },
        Page::NotFound,
    ];
    keys.extend(pages.iter().map(|p| (customer, p.title_key().to_owned())));
    let mut console_keys: Vec<String> = SessionState::all()
        .iter()
        .map(|s| s.key().to_owned())
        .collect();
    console_keys.extend([
        "session-state-incoming".to_owned(),
        "session-state-unknown".to_owned(),
    ]);
    console_keys.extend(Presence::ALL.iter().map(|p| p.key().to_owned()));
    console_keys.extend(Theme::ALL.iter().map(|t| t.key().to_owned()));
    console_keys.extend(Queue::ALL.iter().map(|q| q.key().to_owned()));
    console_keys.extend(
        app::quality::Verdict::ALL
            .iter()
            .map(|v| v.key().to_owned()),
    );
    console_keys.extend(LOG_KINDS.iter().map(|k| format!("log-{k}")));
    console_keys.extend(app::sms::SmsStatus::ALL.iter().map(|s| s.key().to_owned()));
    console_keys.extend(
        app::whiteboard::Tool::ALL
            .iter()
            .map(|t| tool_key(*t).to_owned()),
    );
    console_keys.extend(
        COLOR_KEYS
            .iter()
            .chain(&WIDTH_KEYS)
            .map(|k| (*k).to_owned()),
    );
    console_keys.extend(
        ClientReport::ALL
            .iter()
            .map(|r| format!("log-{}", r.as_str())),
    );
    console_keys.extend(app::admin::AUDIT_KINDS.iter().map(|k| audit_key(k)));
    console_keys.extend(
        app::permission::Permission::ALL
            .iter()
            .map(|p| permission_key(*p).to_owned()),
    );
    keys.extend(console_keys.into_iter().map(|k| (console, k)));
    keys
}

/// Every key the code translates names a message in a file its reader has (a bundle has only
/// its audience's), and every message is used.
#[test]
fn keys_in_code_and_catalogue_agree() {
    let en = english();
    let file_of = |key: &str| {
        en.iter()
            .find(|(_, keys)| keys.contains(key))
            .map(|(file, _)| *file)
    };
    let mut used = BTreeSet::new();
    let mut uses: Vec<(String, Reader, String)> = vec![];
    for (path, text) in sources() {
        if path.ends_with("app/src/i18n.rs") {
            continue;
        }
        for key in keys_used(&text) {
            uses.push((
                path.display().to_string(),
                Reader::of(&path),
                key.to_owned(),
            ));
        }
    }
    uses.extend(
        dynamic_keys()
            .into_iter()
            .map(|(reader, key)| ("(made at run time)".to_owned(), reader, key)),
    );
    for (place, reader, key) in uses {
        let Some(file) = file_of(&key) else {
            panic!("{place}: unknown key {key}");
        };
        assert!(
            reader.reads(file),
            "{place}: {key} is in {file}.ftl, which {reader:?} does not get"
        );
        used.insert(key);
    }
    let all: BTreeSet<String> = en.values().flatten().cloned().collect();
    let unused: Vec<_> = all.difference(&used).collect();
    assert!(unused.is_empty(), "messages nobody uses: {unused:?}");
}

/// No user-visible text is written into a view directly.
#[test]
fn no_literal_text_in_views() {
    for (path, text) in sources() {
        let p = path.to_string_lossy();
        if !(p.contains("/pages/")
            || p.contains("/components/")
            || p.ends_with("/customer/src/lib.rs")
            || p.ends_with("/console/src/lib.rs"))
        {
            continue;
        }
        // Unit tests at the end of a file are not views.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") || line.contains("i18n-exempt") {
                continue;
            }
            for lit in literals(line) {
                let suspicious = lit.chars().any(|c| c.is_uppercase() || !c.is_ascii())
                    || lit.contains(". ")
                    || lit.ends_with('.')
                    || lit.ends_with('?')
                    || lit.ends_with('!');
                assert!(!suspicious, "{p}:{}: literal text {lit:?}", n + 1);
            }
        }
    }
}

/// The variables a message's pieces use.
fn vars(pieces: &[Piece], out: &mut BTreeSet<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Var(v) => {
                out.insert(v.clone());
            }
            Piece::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, value) in variants {
                    vars(value, out);
                }
            }
        }
    }
}

/// Every message of every language compiles for the browser (none is left out of a page),
/// and the browser's formatter writes what Fluent writes: numbers across the plural forms,
/// text arguments, no arguments. The browser's plural rules and number formatting are
/// CLDR's and JavaScript's; here they are CLDR's (as Fluent's) and Rust's, which agree on
/// the numbers we write.
#[test]
fn browser_messages_format_as_fluent_does() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    for l in LANGUAGES.iter() {
        let locale: unic_langid::LanguageIdentifier = l.lang.code().parse().unwrap();
        let rules = PluralRules::create(locale, PluralRuleType::CARDINAL).unwrap();
        let plural = |n: f64| {
            match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            }
            .to_owned()
        };
        let number = |n: f64| format!("{n}");
        for audience in [Audience::Customer, Audience::Console] {
            let page = app::i18n::compiled(l.lang, audience);
            let mut want = BTreeSet::new();
            for (file, src) in &l.files {
                if !audience.files().contains(file) {
                    continue;
                }
                for entry in fluent_syntax::parser::parse(*src).unwrap().body {
                    if let Entry::Message(m) = entry
                        && m.value.is_some()
                    {
                        want.insert(m.id.name.to_owned());
                    }
                }
            }
            let have: BTreeSet<String> = page.messages.iter().map(|(k, _)| k.clone()).collect();
            assert_eq!(have, want, "{} {audience:?}: messages left out", l.lang);
            for (key, pieces) in &page.messages {
                let mut names = BTreeSet::new();
                vars(pieces, &mut names);
                let mut cases: Vec<Vec<(&str, Arg)>> =
                    [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 100.0, 1.5]
                        .into_iter()
                        .map(|n| names.iter().map(|v| (v.as_str(), Arg::Num(n))).collect())
                        .collect();
                cases.push(
                    names
                        .iter()
                        .map(|v| (v.as_str(), Arg::Str("Acme".into())))
                        .collect(),
                );
                for args in cases {
                    let browser = app::i18n::format_pieces(pieces, &args, &plural, &number);
                    let fluent = app::i18n::translate(l.lang, key, &args);
                    assert_eq!(browser, fluent, "{} {key} {args:?}", l.lang);
                }
            }
        }
    }
}
