//! The translations against the code of every crate: every key the code translates names a
//! message, every message is used, and no view writes text of its own.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::collections::BTreeSet;
use std::path::Path;

use app::error::AppError;
use app::i18n::Lang;
use app::session::SessionState;
use fluent_syntax::ast::Entry;

fn keys(lang: Lang) -> BTreeSet<String> {
    let res = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errs)| panic!("{lang:?} does not parse: {errs:?}"));
    res.body
        .into_iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
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

/// Every key the code translates names a message, and every message is used.
#[test]
fn keys_in_code_and_catalogue_agree() {
    use app::prefs::Theme;
    use app::presence::Presence;
    use app::protocol::ClientReport;
    use app::session::LOG_KINDS;
    use console::components::session_list::Queue;
    use customer::journey::MediaProblem;
    let en = keys(Lang::En);
    let mut used = BTreeSet::new();
    for (path, text) in sources() {
        if path.ends_with("app/src/i18n.rs") {
            continue;
        }
        for key in keys_used(&text) {
            assert!(en.contains(key), "{}: unknown key {key}", path.display());
            used.insert(key.to_owned());
        }
    }
    let mut dynamic: Vec<String> = AppError::examples()
        .iter()
        .map(|e| format!("error-{}", e.code()))
        .collect();
    dynamic.extend(SessionState::all().iter().map(|s| s.key().to_owned()));
    dynamic.extend([
        "session-state-incoming".to_owned(),
        "session-state-unknown".to_owned(),
    ]);
    dynamic.extend(
        MediaProblem::ALL
            .iter()
            .flat_map(|p| [p.title_key().to_owned(), p.help_key().to_owned()]),
    );
    dynamic.extend(Presence::ALL.iter().map(|p| p.key().to_owned()));
    dynamic.extend(Theme::ALL.iter().map(|t| t.key().to_owned()));
    dynamic.extend(Queue::ALL.iter().map(|q| q.key().to_owned()));
    dynamic.extend(
        app::quality::Verdict::ALL
            .iter()
            .map(|v| v.key().to_owned()),
    );
    dynamic.extend(LOG_KINDS.iter().map(|k| format!("log-{k}")));
    {
        use customer::Page;
        let pages = [
            Page::Pin,
            Page::Link {
                token: String::new(),
            },
            Page::Channel {
                slug: String::new(),
                channel: Err(AppError::NotFound),
            },
            Page::Session {
                info: Err(AppError::NotJoined),
            },
            Page::NotFound,
        ];
        dynamic.extend(pages.iter().map(|p| p.title_key().to_owned()));
    }
    dynamic.extend(app::sms::SmsStatus::ALL.iter().map(|s| s.key().to_owned()));
    {
        use console::components::board_bar::{COLOR_KEYS, WIDTH_KEYS, tool_key};
        dynamic.extend(
            app::whiteboard::Tool::ALL
                .iter()
                .map(|t| tool_key(*t).to_owned()),
        );
        dynamic.extend(
            COLOR_KEYS
                .iter()
                .chain(&WIDTH_KEYS)
                .map(|k| (*k).to_owned()),
        );
    }
    dynamic.extend(
        ClientReport::ALL
            .iter()
            .map(|r| format!("log-{}", r.as_str())),
    );
    {
        use console::pages::admin::{audit_key, permission_key};
        dynamic.extend(app::admin::AUDIT_KINDS.iter().map(|k| audit_key(k)));
        dynamic.extend(
            app::permission::Permission::ALL
                .iter()
                .map(|p| permission_key(*p).to_owned()),
        );
    }
    for key in dynamic {
        assert!(en.contains(&key), "missing message {key}");
        used.insert(key);
    }
    let unused: Vec<_> = en.difference(&used).collect();
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
