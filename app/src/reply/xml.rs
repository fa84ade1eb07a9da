//! The replies file: export and strict import.
//!
//! ```xml
//! <?xml version="1.0" encoding="UTF-8"?>
//! <replies xmlns="urn:sightline:replies:1">
//!   <reply kind="text"><title>Greeting</title><body>Good morning!</body></reply>
//!   <reply kind="url"><title>Manual</title><body>https://example.com/manual</body></reply>
//! </replies>
//! ```
//! Import refuses anything else: other elements or attributes, a document type (no entity
//! tricks), text outside `title`/`body`, more than `MAX_REPLIES` replies, files over
//! `MAX_FILE` bytes, and replies that fail validation.

use quick_xml::Reader;
use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::{BytesStart, Event};

use crate::reply::{MAX_REPLIES, ReplyDraft, ReplyError, ReplyKind};

/// The file's namespace.
pub const NAMESPACE: &str = "urn:sightline:replies:1";
/// Largest file accepted (bytes).
pub const MAX_FILE: usize = 512 * 1024;

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than `MAX_FILE`.
    TooLarge,
    /// Not well-formed XML, or not the replies format.
    Malformed(String),
    /// More than `MAX_REPLIES` replies.
    TooMany,
    /// Reply number `index` (from 1) is not valid.
    Invalid { index: usize, error: ReplyError },
}

/// Writes replies as the XML file.
pub fn export(replies: &[ReplyDraft]) -> String {
    let mut out =
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<replies xmlns=\"{NAMESPACE}\">\n");
    for r in replies {
        out.push_str(&format!(
            "  <reply kind=\"{}\"><title>{}</title><body>{}</body></reply>\n",
            r.kind.as_str(),
            escape(r.title.as_str()),
            escape(r.body.as_str())
        ));
    }
    out.push_str("</replies>\n");
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Body,
}

/// Reads the XML file; every reply is validated.
pub fn import(xml: &str) -> Result<Vec<ReplyDraft>, ImportError> {
    if xml.len() > MAX_FILE {
        return Err(ImportError::TooLarge);
    }
    let bad = |what: &str| ImportError::Malformed(what.to_owned());
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut seen_root = false;
    let mut current: Option<(ReplyKind, String, String)> = None;
    let mut field: Option<Field> = None;
    let mut out = vec![];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ImportError::Malformed(e.to_string()))?;
        match event {
            Event::Start(e) => {
                match (depth, e.name().as_ref()) {
                    (0, "replies") if !seen_root => {
                        check_root(&e)?;
                        seen_root = true;
                    }
                    (1, "reply") => {
                        if out.len() >= MAX_REPLIES {
                            return Err(ImportError::TooMany);
                        }
                        current = Some((reply_kind(&e)?, String::new(), String::new()));
                    }
                    (2, "title") if no_attributes(&e) => field = Some(Field::Title),
                    (2, "body") if no_attributes(&e) => field = Some(Field::Body),
                    _ => return Err(bad("unexpected element")),
                }
                depth += 1;
            }
            Event::Empty(e) => match (depth, e.name().as_ref()) {
                (0, "replies") if !seen_root => {
                    check_root(&e)?;
                    seen_root = true;
                }
                _ => return Err(bad("unexpected empty element")),
            },
            Event::End(_) => {
                depth = depth.checked_sub(1).ok_or_else(|| bad("unbalanced"))?;
                match depth {
                    2 => field = None,
                    1 => {
                        let (kind, title, body) = current.take().ok_or_else(|| bad("reply"))?;
                        let draft =
                            ReplyDraft { kind, title, body }
                                .validated()
                                .map_err(|error| ImportError::Invalid {
                                    index: out.len() + 1,
                                    error,
                                })?;
                        out.push(draft);
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let text = t.xml10_content();
                append(&mut current, field, &text, depth)?;
            }
            Event::CData(c) => {
                let text: &str = c.as_ref();
                append(&mut current, field, text, depth)?;
            }
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => resolve_predefined_entity(&r.xml10_content())
                        .ok_or_else(|| bad("unknown entity"))?
                        .to_owned(),
                    Err(e) => return Err(ImportError::Malformed(e.to_string())),
                };
                append(&mut current, field, &text, depth)?;
            }
            Event::DocType(_) => return Err(bad("document type")),
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::Eof => break,
        }
    }
    if !seen_root || depth != 0 {
        return Err(bad("no replies element"));
    }
    Ok(out)
}

fn check_root(e: &BytesStart<'_>) -> Result<(), ImportError> {
    for a in e.attributes() {
        let a = a.map_err(|e| ImportError::Malformed(e.to_string()))?;
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| ImportError::Malformed(e.to_string()))?;
        if a.key.as_ref() != "xmlns" || value != NAMESPACE {
            return Err(ImportError::Malformed("not a replies file".into()));
        }
    }
    Ok(())
}

fn reply_kind(e: &BytesStart<'_>) -> Result<ReplyKind, ImportError> {
    let mut kind = None;
    for a in e.attributes() {
        let a = a.map_err(|e| ImportError::Malformed(e.to_string()))?;
        if a.key.as_ref() != "kind" || kind.is_some() {
            return Err(ImportError::Malformed("unexpected attribute".into()));
        }
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| ImportError::Malformed(e.to_string()))?;
        kind = ReplyKind::parse(&value);
    }
    kind.ok_or_else(|| ImportError::Malformed("reply kind".into()))
}

fn no_attributes(e: &BytesStart<'_>) -> bool {
    e.attributes().next().is_none()
}

fn append(
    current: &mut Option<(ReplyKind, String, String)>,
    field: Option<Field>,
    text: &str,
    depth: usize,
) -> Result<(), ImportError> {
    match (current.as_mut(), field) {
        (Some((_, title, _)), Some(Field::Title)) => title.push_str(text),
        (Some((_, _, body)), Some(Field::Body)) => body.push_str(text),
        // Whitespace between elements is fine; other text is not.
        _ if text.trim().is_empty() && depth <= 2 => {}
        _ => return Err(ImportError::Malformed("unexpected text".into())),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::ChatError;
    use rstest::rstest;

    fn replies() -> Vec<ReplyDraft> {
        vec![
            ReplyDraft {
                kind: ReplyKind::Text,
                title: "Greeting & <welcome>".into(),
                body: "Good morning!\nPlease show me the \"label\" on the back.".into(),
            },
            ReplyDraft {
                kind: ReplyKind::Url,
                title: "Manual".into(),
                body: "https://example.com/manual?model=RX-200&lang=en".into(),
            },
        ]
    }

    #[test]
    fn export_then_import_gives_the_same_replies() {
        let xml = export(&replies());
        assert!(xml.contains("&amp;lang=en"));
        assert_eq!(import(&xml), Ok(replies()));
        assert_eq!(import(&export(&[])), Ok(vec![]));
    }

    #[test]
    fn character_references_and_cdata_are_read() {
        let xml = format!(
            r#"<replies xmlns="{NAMESPACE}"><reply kind="text"><title>Caf&#233;</title><body><![CDATA[a <b> c]]></body></reply></replies>"#
        );
        let got = import(&xml).unwrap();
        assert_eq!(got[0].title, "Café");
        assert_eq!(got[0].body, "a <b> c");
    }

    #[rstest]
    #[case::not_xml("hello")]
    #[case::unclosed(r#"<replies xmlns="urn:sightline:replies:1"><reply kind="text">"#)]
    #[case::wrong_root(r#"<answers xmlns="urn:sightline:replies:1"/>"#)]
    #[case::wrong_namespace(r#"<replies xmlns="urn:other"/>"#)]
    #[case::doctype(
        r#"<!DOCTYPE r [<!ENTITY x "boom">]><replies xmlns="urn:sightline:replies:1"/>"#
    )]
    #[case::unknown_entity(r#"<replies xmlns="urn:sightline:replies:1"><reply kind="text"><title>&x;</title><body>b</body></reply></replies>"#)]
    #[case::unknown_element(r#"<replies xmlns="urn:sightline:replies:1"><script/></replies>"#)]
    #[case::unknown_kind(r#"<replies xmlns="urn:sightline:replies:1"><reply kind="html"><title>t</title><body>b</body></reply></replies>"#)]
    #[case::extra_attribute(r#"<replies xmlns="urn:sightline:replies:1"><reply kind="text" id="1"><title>t</title><body>b</body></reply></replies>"#)]
    #[case::stray_text(r#"<replies xmlns="urn:sightline:replies:1">oops<reply kind="text"><title>t</title><body>b</body></reply></replies>"#)]
    #[case::two_roots(
        r#"<replies xmlns="urn:sightline:replies:1"/><replies xmlns="urn:sightline:replies:1"/>"#
    )]
    fn malformed_files_are_refused(#[case] xml: &str) {
        assert!(
            matches!(import(xml), Err(ImportError::Malformed(_))),
            "{xml}: {:?}",
            import(xml)
        );
    }

    #[test]
    fn invalid_replies_are_refused_with_their_number() {
        let xml = format!(
            r#"<replies xmlns="{NAMESPACE}"><reply kind="text"><title>ok</title><body>fine</body></reply><reply kind="url"><title>bad</title><body>javascript:alert(1)</body></reply></replies>"#
        );
        assert_eq!(
            import(&xml),
            Err(ImportError::Invalid {
                index: 2,
                error: ReplyError::Body(ChatError::BadUrl)
            })
        );
    }

    #[test]
    fn size_and_count_are_bounded() {
        let big = "x".repeat(MAX_FILE + 1);
        assert_eq!(import(&big), Err(ImportError::TooLarge));
        let many: Vec<ReplyDraft> = (0..=MAX_REPLIES)
            .map(|i| ReplyDraft {
                kind: ReplyKind::Text,
                title: format!("r{i}"),
                body: "b".into(),
            })
            .collect();
        assert_eq!(import(&export(&many)), Err(ImportError::TooMany));
    }
}
