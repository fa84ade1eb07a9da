//! Messages as a browser bundle gets them: each Fluent message compiled by the server into
//! text, variables and selections ([`Piece`]), which the bundle formats itself with the
//! browser's plural rules (`Intl.PluralRules`) and number formatting. So no bundle carries
//! a Fluent parser or resolver, nor Rust's number formatting and parsing behind them.
//!
//! The catalogues use exactly what this covers (checked for every message of every
//! language by `server/tests/translations.rs`, which also compares the two formatters).

use serde::{Deserialize, Serialize};

use super::{Arg, Lang};

/// A part of a message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    /// Text, as is.
    Text(String),
    /// The value of an argument.
    Var(String),
    /// One of several variants, chosen by an argument: a number by its plural category (or
    /// an exact numeric key), text by its value; otherwise the default.
    Select {
        /// The argument.
        var: String,
        /// The variants: key and pieces.
        variants: Vec<(String, Vec<Piece>)>,
        /// Which variant is the default.
        default: u32,
    },
}

/// What a page's bundle needs to speak: its language, the languages it may switch to (each
/// named in itself), and its audience's messages, sorted by key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageMessages {
    /// The language of the messages.
    pub lang: Lang,
    /// The languages to offer.
    pub languages: Vec<(Lang, String)>,
    /// The messages by key, sorted by key.
    pub messages: Vec<(String, Vec<Piece>)>,
}

impl PageMessages {
    /// The pieces of `key`.
    pub fn get(&self, key: &str) -> Option<&[Piece]> {
        self.messages
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| self.messages[i].1.as_slice())
    }
}

/// Writes `pieces` with `args`; `plural` gives a number's plural category in the message's
/// language, `number` writes a number. A missing argument is written `{$name}`, as
/// Fluent does.
pub fn format(
    pieces: &[Piece],
    args: &[(&str, Arg)],
    plural: &dyn Fn(f64) -> String,
    number: &dyn Fn(f64) -> String,
) -> String {
    let mut out = String::new();
    write(&mut out, pieces, args, plural, number);
    out
}

fn write(
    out: &mut String,
    pieces: &[Piece],
    args: &[(&str, Arg)],
    plural: &dyn Fn(f64) -> String,
    number: &dyn Fn(f64) -> String,
) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match arg(name) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&number(*n)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let find = |key: &str| variants.iter().position(|(k, _)| k == key);
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => find(&number(*n)).or_else(|| find(&plural(*n))),
                    Some(Arg::Str(s)) => find(s),
                    None => None,
                };
                let i = chosen.unwrap_or(*default as usize);
                if let Some((_, value)) = variants.get(i) {
                    write(out, value, args, plural, number);
                }
            }
        }
    }
}

/// The server's side: Fluent's syntax tree to pieces.
#[cfg(not(feature = "hydrate"))]
pub mod compile {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

    use super::Piece;

    /// What a message uses that the browser's formatter does not do.
    #[derive(Debug, PartialEq)]
    pub struct Unsupported(pub String);

    /// The pieces of a Fluent pattern.
    pub fn pattern(pattern: &Pattern<&str>) -> Result<Vec<Piece>, Unsupported> {
        let mut out: Vec<Piece> = Vec::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => text(&mut out, value),
                PatternElement::Placeable { expression } => expression_into(&mut out, expression)?,
            }
        }
        Ok(out)
    }

    fn text(out: &mut Vec<Piece>, value: &str) {
        match out.last_mut() {
            Some(Piece::Text(t)) => t.push_str(value),
            _ => out.push(Piece::Text(value.to_owned())),
        }
    }

    fn expression_into(out: &mut Vec<Piece>, e: &Expression<&str>) -> Result<(), Unsupported> {
        match e {
            Expression::Inline(inline) => inline_into(out, inline),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err(Unsupported(format!("selector {selector:?}")));
                };
                let mut list = Vec::new();
                let mut default = 0;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        VariantKey::Identifier { name } => (*name).to_owned(),
                        VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    if v.default {
                        default = i as u32;
                    }
                    list.push((key, pattern(&v.value)?));
                }
                out.push(Piece::Select {
                    var: id.name.to_owned(),
                    variants: list,
                    default,
                });
                Ok(())
            }
        }
    }

    fn inline_into(out: &mut Vec<Piece>, e: &InlineExpression<&str>) -> Result<(), Unsupported> {
        match e {
            InlineExpression::VariableReference { id } => {
                out.push(Piece::Var(id.name.to_owned()));
                Ok(())
            }
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => {
                text(out, value);
                Ok(())
            }
            InlineExpression::Placeable { expression } => expression_into(out, expression),
            other => Err(Unsupported(format!("{other:?}"))),
        }
    }
}
