use super::*;

fn id(n: u64) -> ShapeId {
    ShapeId(n)
}

fn add(n: u64, shape: Shape) -> Op {
    Op::Add {
        id: id(n),
        shape,
        style: Style::DEFAULT,
    }
}

fn pen(points: &[(f32, f32)]) -> Shape {
    Shape::Pen {
        points: points.iter().map(|&(x, y)| P::new(x, y)).collect(),
    }
}

fn arrow(n: u16) -> Shape {
    Shape::Numbered {
        from: P::new(0.1, 0.1),
        to: P::new(0.2, 0.2),
        n,
    }
}

fn close(a: (f32, f32), b: (f32, f32)) -> bool {
    (a.0 - b.0).abs() < 1e-3 && (a.1 - b.1).abs() < 1e-3
}

#[test]
fn every_op_is_idempotent() {
    let ops = [
        add(1, pen(&[(0.1, 0.1)])),
        Op::Extend {
            id: id(1),
            from: 1,
            points: vec![P::new(0.2, 0.2), P::new(0.3, 0.3)],
        },
        add(
            2,
            Shape::Rect {
                a: P::new(0.1, 0.1),
                b: P::new(0.1, 0.1),
            },
        ),
        Op::Reshape {
            id: id(2),
            shape: Shape::Rect {
                a: P::new(0.1, 0.1),
                b: P::new(0.5, 0.6),
            },
        },
        Op::Hide { ids: vec![id(1)] },
        Op::Show { ids: vec![id(1)] },
    ];
    let mut once = Board::new();
    let mut twice = Board::new();
    for op in &ops {
        assert_eq!(once.apply(op), Ok(true), "{op:?}");
        twice.apply(op).unwrap();
        assert_eq!(twice.apply(op), Ok(false), "second {op:?}");
    }
    assert_eq!(once, twice);
    assert_eq!(once.get(id(1)).unwrap().shape.points().unwrap().len(), 3);
}

#[test]
fn extend_skips_points_it_has_and_refuses_gaps() {
    let mut b = Board::new();
    b.apply(&add(1, pen(&[(0.1, 0.1), (0.2, 0.2)]))).unwrap();
    // Overlapping resend: index 1 is known, index 2 is new.
    let op = Op::Extend {
        id: id(1),
        from: 1,
        points: vec![P::new(0.2, 0.2), P::new(0.3, 0.3)],
    };
    assert_eq!(b.apply(&op), Ok(true));
    assert_eq!(b.get(id(1)).unwrap().shape.points().unwrap().len(), 3);
    let gap = Op::Extend {
        id: id(1),
        from: 5,
        points: vec![P::new(0.4, 0.4)],
    };
    assert_eq!(b.apply(&gap), Err(OpError::Gap));
    let unknown = Op::Extend {
        id: id(9),
        from: 0,
        points: vec![],
    };
    assert_eq!(b.apply(&unknown), Err(OpError::Unknown));
    b.apply(&add(2, arrow(1))).unwrap();
    let not_a_line = Op::Extend {
        id: id(2),
        from: 0,
        points: vec![],
    };
    assert_eq!(b.apply(&not_a_line), Err(OpError::Mismatch));
}

#[test]
fn reshape_keeps_the_kind() {
    let mut b = Board::new();
    b.apply(&add(1, arrow(1))).unwrap();
    let op = Op::Reshape {
        id: id(1),
        shape: pen(&[(0.5, 0.5)]),
    };
    assert_eq!(b.apply(&op), Err(OpError::Mismatch));
}

#[test]
fn numbered_arrows_count_up_and_follow_undo_and_erase() {
    let mut b = Board::new();
    let mut h = History::new();
    for n in 1..=3 {
        assert_eq!(b.next_number(), n);
        b.apply(&add(u64::from(n), arrow(n))).unwrap();
        h.drew(id(u64::from(n)));
    }
    assert_eq!(b.next_number(), 4);
    // Undo arrow 3: the next one is 3 again.
    let undo = h.undo().unwrap();
    assert_eq!(undo, Op::Hide { ids: vec![id(3)] });
    b.apply(&undo).unwrap();
    assert_eq!(b.next_number(), 3);
    // Redo brings it back.
    b.apply(&h.redo().unwrap()).unwrap();
    assert_eq!(b.next_number(), 4);
    // Erase all: start from 1.
    let erase = h.erase_all(&b).unwrap();
    b.apply(&erase).unwrap();
    assert_eq!(b.next_number(), 1);
    assert_eq!(b.visible().count(), 0);
    // Undo the erase: all three again.
    b.apply(&h.undo().unwrap()).unwrap();
    assert_eq!(b.visible_ids(), vec![id(1), id(2), id(3)]);
}

#[test]
fn undo_redo_follow_the_order_of_steps_and_a_new_step_drops_redo() {
    let mut b = Board::new();
    let mut h = History::new();
    assert!(!h.can_undo() && h.undo().is_none() && h.redo().is_none());
    for n in 1..=2 {
        b.apply(&add(n, pen(&[(0.5, 0.5)]))).unwrap();
        h.drew(id(n));
    }
    b.apply(&h.undo().unwrap()).unwrap();
    b.apply(&h.undo().unwrap()).unwrap();
    assert!(b.visible_ids().is_empty());
    assert!(h.can_redo());
    b.apply(&h.redo().unwrap()).unwrap();
    assert_eq!(b.visible_ids(), vec![id(1)]);
    // Drawing something new forgets what could be redone.
    b.apply(&add(3, pen(&[(0.5, 0.5)]))).unwrap();
    h.drew(id(3));
    assert!(!h.can_redo());
    assert_eq!(b.visible_ids(), vec![id(1), id(3)]);
    assert!(History::new().erase_all(&Board::new()).is_none());
}

#[test]
fn a_full_board_forgets_hidden_shapes_first() {
    let mut b = Board::new();
    for n in 1..=MAX_ITEMS as u64 {
        b.apply(&add(n, pen(&[(0.5, 0.5)]))).unwrap();
    }
    assert_eq!(b.apply(&add(5_000, pen(&[(0.5, 0.5)]))), Err(OpError::Full));
    b.apply(&Op::Hide { ids: vec![id(7)] }).unwrap();
    assert_eq!(b.apply(&add(5_000, pen(&[(0.5, 0.5)]))), Ok(true));
    assert!(b.get(id(7)).is_none());
    assert_eq!(b.items.len(), MAX_ITEMS);
}

#[test]
fn bad_ops_are_refused() {
    let mut b = Board::new();
    let out = add(1, pen(&[(1.5, 0.5)]));
    assert_eq!(b.apply(&out), Err(OpError::OutOfFrame));
    let nan = add(1, pen(&[(f32::NAN, 0.5)]));
    assert_eq!(b.apply(&nan), Err(OpError::OutOfFrame));
    assert_eq!(b.apply(&add(1, arrow(0))), Err(OpError::BadNumber));
    let label = |t: &str| {
        add(
            1,
            Shape::Text {
                at: P::new(0.5, 0.5),
                text: t.into(),
            },
        )
    };
    assert_eq!(b.apply(&label("  ")), Err(OpError::BadText));
    assert_eq!(b.apply(&label("a\u{7}b")), Err(OpError::BadText));
    assert_eq!(
        b.apply(&label(&"x".repeat(MAX_TEXT + 1))),
        Err(OpError::BadText)
    );
    assert_eq!(b.apply(&label("Cable 2")), Ok(true));
    let style = |color, width| Op::Add {
        id: id(2),
        shape: arrow(1),
        style: Style { color, width },
    };
    assert_eq!(b.apply(&style(0x1_000_000, 0.01)), Err(OpError::BadStyle));
    assert_eq!(b.apply(&style(0xFFFFFF, 0.5)), Err(OpError::BadStyle));
    assert_eq!(b.apply(&add(0, arrow(1))), Err(OpError::Unknown));
    let long = Op::Extend {
        id: id(1),
        from: 0,
        points: vec![P::new(0.5, 0.5); MAX_POINTS_PER_OP + 1],
    };
    assert_eq!(b.apply(&long), Err(OpError::TooMany));
    assert_eq!(b.items.len(), 1);
}

#[test]
fn dragging_moves_the_right_point() {
    let to = P::new(0.9, 0.8);
    let start = P::new(0.1, 0.2);
    for tool in Tool::ALL {
        let s = Shape::start(tool, start, 4, "Fan").dragged(to);
        assert_eq!(s.tool(), tool);
        let anchors = s.anchors();
        assert!(anchors.contains(&to), "{tool:?}");
        if tool != Tool::Text {
            assert!(anchors.contains(&start), "{tool:?} keeps its start");
        }
    }
    let (lo, hi) = Shape::start(Tool::Rect, to, 1, "").dragged(start).bounds();
    assert_eq!((lo, hi), (P::new(0.1, 0.2), P::new(0.9, 0.8)));
}

#[test]
fn json_form_is_stable() {
    let op = add(7, arrow(2));
    let json = serde_json::to_string(&op).unwrap();
    assert_eq!(
        json,
        r#"{"add":{"id":7,"shape":{"numbered":{"from":{"x":0.1,"y":0.1},"to":{"x":0.2,"y":0.2},"n":2}},"style":{"color":15022389,"width":0.006}}}"#
    );
    assert_eq!(serde_json::from_str::<Op>(&json).unwrap(), op);
    let mut b = Board::new();
    b.apply(&op).unwrap();
    b.apply(&Op::Hide { ids: vec![id(7)] }).unwrap();
    let back: Board = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
    assert_eq!(back, b);
    assert!(back.validate().is_ok());
    assert_eq!(Style::DEFAULT.css_color(), "#e53935");
}

// ----- views ---------------------------------------------------------------------------

#[test]
fn contain_letterboxes_and_maps_both_ways() {
    // 640×480 in a 1000×500 box: 666.7×500, 166.7 px bars left and right.
    let v = View::new((640.0, 480.0), (1000.0, 500.0), Fit::Contain);
    let (l, t, w, h) = v.picture_rect();
    assert!(close((l, t), (166.666, 0.0)) && close((w, h), (666.666, 500.0)));
    assert!(close(v.to_screen(P::new(0.0, 0.0)), (166.666, 0.0)));
    assert!(close(v.to_screen(P::new(1.0, 1.0)), (833.333, 500.0)));
    assert!(close(v.to_screen(P::new(0.5, 0.5)), (500.0, 250.0)));
    assert_eq!(v.to_frame(50.0, 250.0), None, "on the bar");
    let p = v.to_frame(500.0, 125.0).unwrap();
    assert!(close((p.x, p.y), (0.5, 0.25)));
    assert!((v.height_scale() - 500.0).abs() < 1e-3);
}

#[test]
fn stretch_and_zoom_fill_their_box() {
    let stretch = View::new((640.0, 480.0), (1000.0, 500.0), Fit::Fill);
    assert!(close(stretch.to_screen(P::new(0.25, 0.5)), (250.0, 250.0)));
    // Zoom 150 %: the element is 960×720 and filled.
    let zoom = View::new((640.0, 480.0), (960.0, 720.0), Fit::Fill);
    assert!(close(zoom.to_screen(P::new(0.5, 0.5)), (480.0, 360.0)));
    let p = zoom.to_frame(96.0, 72.0).unwrap();
    assert!(close((p.x, p.y), (0.1, 0.1)));
}

#[test]
fn cover_crops_and_keeps_the_centre() {
    let v = View::new((640.0, 480.0), (400.0, 400.0), Fit::Cover);
    let (l, t, w, h) = v.picture_rect();
    assert!(close((l, t), (-66.666, 0.0)) && close((w, h), (533.333, 400.0)));
    assert!(close(v.to_screen(P::new(0.5, 0.5)), (200.0, 200.0)));
    assert_eq!(v.to_frame(399.0, 200.0).map(|p| p.x < 1.0), Some(true));
}

#[test]
fn turned_pictures_keep_points_on_the_picture() {
    // A portrait box showing a landscape frame turned a quarter clockwise: the frame's
    // top-left corner goes to the top-right of the shown picture.
    let base = View::new((640.0, 480.0), (480.0, 640.0), Fit::Contain);
    let r90 = base.turned(Quarter::R90);
    assert!(close(r90.to_screen(P::new(0.0, 0.0)), (480.0, 0.0)));
    assert!(close(r90.to_screen(P::new(1.0, 0.0)), (480.0, 640.0)));
    assert!(close(r90.to_screen(P::new(0.0, 1.0)), (0.0, 0.0)));
    assert!((r90.height_scale() - 480.0).abs() < 1e-3);
    let r180 = base.turned(Quarter::R180);
    let r270 = base.turned(Quarter::R270);
    assert!(close(r270.to_screen(P::new(0.0, 0.0)), (0.0, 640.0)));
    // Every turn maps back to the same frame point.
    for v in [base, r90, r180, r270] {
        for p in [P::new(0.1, 0.2), P::new(0.9, 0.3), P::new(0.5, 0.5)] {
            let (x, y) = v.to_screen(p);
            let q = v.to_frame(x, y).unwrap();
            assert!(close((q.x, q.y), (p.x, p.y)), "{v:?} {p:?} → {q:?}");
        }
    }
    assert_eq!(Quarter::from_degrees(-90), Quarter::R270);
    assert_eq!(Quarter::from_degrees(180), Quarter::R180);
    assert_eq!(Quarter::from_degrees(450), Quarter::R90);
}

#[test]
fn the_same_frame_point_lands_on_the_same_picture_spot_in_any_box() {
    // Technician: 1280×720 received, fit into a wide stage; customer: 1280×720 camera in a
    // narrow phone column. The same frame point sits at the same fraction of the picture.
    let p = P::new(0.62, 0.37);
    let views = [
        View::new((1280.0, 720.0), (1200.0, 500.0), Fit::Contain),
        View::new((1280.0, 720.0), (390.0, 600.0), Fit::Contain),
        View::new((1280.0, 720.0), (1280.0, 720.0), Fit::Fill),
        View::new((640.0, 360.0), (300.0, 300.0), Fit::Fill),
    ];
    for v in views {
        let (l, t, w, h) = v.picture_rect();
        let (x, y) = v.to_screen(p);
        assert!(close(((x - l) / w, (y - t) / h), (p.x, p.y)), "{v:?}");
    }
    assert!(!View::new((0.0, 0.0), (10.0, 10.0), Fit::Fill).is_ready());
}
