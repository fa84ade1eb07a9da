//! Property-based fuzzing (proptest) of everything that reads what a browser or a file sent:
//! the `/ws` and data-channel decoders (binary and JSON), board ops, stills and anchors (and
//! the tracker behind them), the replies XML import, and the report filters and CSV cells.
//! Every target checks that nothing panics, and a property where there is one (what decodes
//! encodes back to itself, what the board keeps is valid, a range is ordered…).
//!
//! In the test command each target runs once with a fixed seed (`FUZZ_CASES`, default 256
//! cases). `scripts/fuzz.sh` runs every target for `FUZZ_SECONDS` (10 minutes there) with a
//! new seed per round and prints the case counts. A failure names its seed.

#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::fmt::Debug;
use std::time::{Duration, Instant};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

use app::chat::{ChatBody, ChatId};
use app::ids::{CmdId, SessionId};
use app::protocol::{ClientMsg, Intent, PROTOCOL_VERSION, RtcSignal, ServerMsg};
use app::whiteboard::{
    Assembly, Board, Op, P, PeerMsg, STILL_PART_BYTES, Shape, ShapeId, Style, Tool,
};

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// Runs `test` on values of `strategy`: one round with seed 0, or rounds with seeds 0, 1, 2 …
/// until `FUZZ_SECONDS` have passed.
fn fuzz<S>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let cases = env_u64("FUZZ_CASES").unwrap_or(256) as u32;
    let deadline = Instant::now() + Duration::from_secs(env_u64("FUZZ_SECONDS").unwrap_or(0));
    let (mut seed, mut total) = (0u64, 0u64);
    loop {
        let mut bytes = [0u8; 32];
        bytes[..8].copy_from_slice(&seed.to_le_bytes());
        let config = Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner =
            TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("{name}, seed {seed}: {e}");
        }
        total += u64::from(cases);
        seed += 1;
        if Instant::now() >= deadline {
            break;
        }
    }
    println!("fuzz {name}: {total} cases in {seed} rounds, no panic");
}

/// Bytes made from a valid encoding: some bytes replaced, the end cut or extended.
fn mutated(valid: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let n = valid.len();
    (
        0..n,
        vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        any::<prop::sample::Index>(),
        vec(any::<u8>(), 0..8),
    )
        .prop_map(move |(which, flips, cut, tail)| {
            let mut bytes = valid[which].clone();
            for (at, b) in flips {
                if !bytes.is_empty() {
                    let i = at.index(bytes.len());
                    bytes[i] = b;
                }
            }
            if !bytes.is_empty() {
                bytes.truncate(cut.index(bytes.len() + 1).max(1));
            }
            bytes.extend(tail);
            bytes
        })
}

fn session() -> SessionId {
    SessionId("ABCDEFGH23".into())
}

fn client_examples() -> Vec<ClientMsg> {
    vec![
        ClientMsg::Hello {
            version: PROTOCOL_VERSION,
            resume: Some("x".repeat(43)),
        },
        ClientMsg::Act {
            id: CmdId(7),
            session: session(),
            act: Intent::Start,
        },
        ClientMsg::Chat {
            id: CmdId(8),
            session: session(),
            chat: ChatId("cust00000001".into()),
            body: ChatBody::Text {
                text: "The router blinks red".into(),
            },
        },
        ClientMsg::Rtc {
            session: session(),
            sig: RtcSignal::Ice {
                call: 1,
                candidate: "candidate:1 1 udp 1 127.0.0.1 9 typ host".into(),
                sdp_mid: Some("0".into()),
                sdp_m_line_index: Some(0),
            },
        },
        ClientMsg::Peer {
            session: session(),
            msg: PeerMsg::Ops {
                ops: vec![Op::Add {
                    id: ShapeId(5),
                    shape: Shape::start(Tool::Arrow, P { x: 0.1, y: 0.2 }, 1, ""),
                    style: Style::default(),
                }],
            },
            relay: true,
        },
        ClientMsg::Pong,
    ]
}

/// What decodes from the wire encodes to the same message again (compared as encoded:
/// a NaN that came in goes out the same, though it equals nothing).
fn round_trips<T>(msg: &T) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Debug,
{
    let bytes = app::wire::to_bytes(msg);
    let again: T = app::wire::from_bytes(&bytes)
        .map_err(|e| TestCaseError::fail(format!("{msg:?} does not decode again: {e}")))?;
    prop_assert_eq!(app::wire::to_bytes(&again), bytes, "{:?}", msg);
    Ok(())
}

#[test]
fn websocket_and_data_channel_decoders() {
    let examples = client_examples();
    let binary: Vec<Vec<u8>> = examples.iter().map(app::wire::to_bytes).collect();
    let json: Vec<Vec<u8>> = examples
        .iter()
        .map(|m| serde_json::to_vec(m).unwrap())
        .collect();
    let inputs = prop_oneof![vec(any::<u8>(), 0..600), mutated(binary), mutated(json),];
    fuzz("client messages", inputs, |bytes| {
        if let Ok(msg) = app::wire::from_bytes::<ClientMsg>(&bytes) {
            round_trips(&msg)?;
        }
        if let Ok(msg) = serde_json::from_slice::<ClientMsg>(&bytes) {
            round_trips(&msg)?;
        }
        // What the browsers decode from the server, and the page data in text form.
        let _ = app::wire::from_bytes::<ServerMsg>(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = app::wire::from_text::<ClientMsg>(text);
        }
        Ok(())
    });
}

fn point() -> impl Strategy<Value = P> {
    let coordinate = prop_oneof![
        8 => 0.0f32..=1.0,
        1 => any::<f32>(),
        1 => Just(f32::NAN),
    ];
    (coordinate.clone(), coordinate).prop_map(|(x, y)| P { x, y })
}

fn shape() -> impl Strategy<Value = Shape> {
    let tool = prop_oneof![
        Just(Tool::Pen),
        Just(Tool::Highlighter),
        Just(Tool::Arrow),
        Just(Tool::Numbered),
        Just(Tool::Rect),
        Just(Tool::Ellipse),
        Just(Tool::Text),
    ];
    (
        tool,
        point(),
        point(),
        0u16..40,
        "\\PC{0,12}|[\\x00-\\x1f]{1,3}",
    )
        .prop_map(|(tool, at, to, n, text)| Shape::start(tool, at, n, &text).dragged(to))
}

fn op() -> impl Strategy<Value = Op> {
    let id = prop_oneof![1u64..8, any::<u64>()].prop_map(ShapeId);
    let style = (any::<u32>(), prop_oneof![0.0f32..0.05, any::<f32>()])
        .prop_map(|(color, width)| Style { color, width });
    prop_oneof![
        (id.clone(), shape(), style).prop_map(|(id, shape, style)| Op::Add { id, shape, style }),
        (id.clone(), 0u32..600, vec(point(), 0..40)).prop_map(|(id, from, points)| Op::Extend {
            id,
            from,
            points
        }),
        (id.clone(), shape()).prop_map(|(id, shape)| Op::Reshape { id, shape }),
        vec(id.clone(), 0..10).prop_map(|ids| Op::Hide { ids }),
        vec(id, 0..10).prop_map(|ids| Op::Show { ids }),
    ]
}

#[test]
fn board_ops() {
    fuzz("board ops", vec(op(), 1..60), |ops| {
        let mut board = Board::new();
        for op in &ops {
            let _ = board.apply(op);
        }
        // What the board kept is valid, and travels as it is.
        for item in board.visible() {
            let add = Op::Add {
                id: item.id,
                shape: item.shape.clone(),
                style: item.style,
            };
            prop_assert!(add.validate().is_ok(), "{add:?}");
        }
        let again: Board = app::wire::from_bytes(&app::wire::to_bytes(&board)).unwrap();
        prop_assert_eq!(again.visible_ids(), board.visible_ids());
        Ok(())
    });
}

#[test]
fn still_parts() {
    let part = (
        0u64..3,
        0u16..6,
        0u16..6,
        prop_oneof![
            vec(any::<u8>(), 0..3000).prop_map(|b| {
                use base64::Engine;
                base64::engine::general_purpose::STANDARD.encode(b)
            }),
            "\\PC{0,64}",
        ],
    );
    fuzz("still parts", vec(part, 1..12), |parts| {
        let mut assembly = Assembly::default();
        let max = 4 * STILL_PART_BYTES;
        for (key, part, parts, data) in parts {
            if let Some(whole) = assembly.take(key, part, parts, &data, max) {
                prop_assert!(whole.len() <= max);
            }
        }
        Ok(())
    });
}

#[test]
fn anchors_and_the_tracker() {
    let anchor = (
        any::<u64>().prop_map(ShapeId::from_random),
        (0u16..700, 0u16..500),
        (point(), point()),
        (0u16..700, 0u16..500, 0u16..200, 0u16..200),
        (0u16..4, 0u16..4),
        vec(any::<u8>(), 0..2048),
    )
        .prop_map(
            |(id, (w, h), (a, b), (cx, cy, cw, ch), (part, parts), bytes)| {
                use base64::Engine;
                PeerMsg::Anchor {
                    id,
                    frame: [w, h],
                    region: [a.x, a.y, b.x, b.y],
                    crop: [cx, cy, cw, ch],
                    part,
                    parts,
                    data: base64::engine::general_purpose::STANDARD.encode(bytes),
                }
            },
        );
    let config = (vec(anchor, 1..5), any::<u8>());
    fuzz("anchors", config, |(msgs, shade)| {
        let mut follow = app::follow::Follow::new();
        for msg in &msgs {
            if let Some(part) = app::follow::AnchorPart::of(msg)
                && part.fits()
            {
                follow.take(part);
            }
        }
        // The tracker then looks at a frame with whatever it adopted.
        let size = (64u32, 48u32);
        let luma: Vec<u8> = (0..size.0 * size.1)
            .map(|i| (i as u8).wrapping_mul(shade))
            .collect();
        follow.frame(&luma, size);
        let _ = follow.warps();
        Ok(())
    });
}

#[test]
fn replies_import() {
    use app::reply::xml::{NAMESPACE, import};
    let valid = vec![
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<replies xmlns=\"{NAMESPACE}\">\n  \
             <reply kind=\"text\"><title>Greeting</title><body>Good &amp; morning!</body></reply>\n  \
             <reply kind=\"url\"><title>Manual</title><body>https://example.com/manual</body></reply>\n\
             </replies>\n"
        )
        .into_bytes(),
        b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]><replies>&a;&a;</replies>".to_vec(),
    ];
    let inputs = prop_oneof![mutated(valid), "\\PC{0,200}".prop_map(String::into_bytes)];
    fuzz("replies XML", inputs, |bytes| {
        let Ok(xml) = String::from_utf8(bytes) else {
            return Ok(());
        };
        if let Ok(drafts) = import(&xml) {
            for d in &drafts {
                prop_assert!(d.clone().validated().is_ok(), "{d:?}");
            }
            // What was accepted exports and imports to the same replies.
            let again = import(&app::reply::xml::export(&drafts));
            prop_assert_eq!(again.ok(), Some(drafts));
        }
        Ok(())
    });
}

#[test]
fn report_filters_and_cells() {
    let day = prop_oneof![
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}",
        "\\PC{0,16}",
        Just(String::new()),
    ];
    let inputs = (
        day.clone(),
        day,
        any::<i64>(),
        0i64..253_402_300_799_999,
        "\\PC{0,24}",
    );
    fuzz("report filters", inputs, |(from, to, now, ms, text)| {
        if let Some((start, end)) = app::report::range(&from, &to, now) {
            prop_assert!(start < end);
        }
        // A day prints and reads back as the start of that day.
        let start = app::report::parse_day(&app::report::day_of(ms));
        prop_assert_eq!(start, Some(ms - ms.rem_euclid(86_400_000)));
        // A CSV cell never starts a formula, and reads back as the text (defused with a
        // leading apostrophe when it looked like one).
        let cell = app::report::cell(&text);
        let inner = match cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => cell.clone(),
        };
        prop_assert!(
            !inner.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell}"
        );
        prop_assert!(
            inner == text || inner == format!("'{text}"),
            "{text:?} -> {cell:?}"
        );
        Ok(())
    });
}
