//! Time per `Tracker::track` call (pyramid build + LK with forward–backward check + fit +
//! re-detection) on the plain synthetic 640×480 sequence.
//!
//! `cargo bench -p tracker --bench track`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tracker::corners::CornerParams;
use tracker::image::Pyramid;
use tracker::synth::{HEIGHT, Synth, Variant, WIDTH};
use tracker::{Config, GrayFrame, RectF, Tracker};

const FRAMES: usize = 120;

/// Plays the frames forwards then backwards, so the motion stays continuous when it wraps.
struct PingPong {
    frames: Vec<u8>,
    n: usize,
    k: usize,
}

impl PingPong {
    fn next(&mut self) -> GrayFrame<'_> {
        let period = 2 * (self.n - 1);
        let i = self.k % period;
        let i = if i < self.n { i } else { period - i };
        self.k += 1;
        let sz = WIDTH * HEIGHT;
        match GrayFrame::new(WIDTH, HEIGHT, &self.frames[i * sz..(i + 1) * sz]) {
            Some(f) => f,
            None => unreachable!("frame size"),
        }
    }
}

fn bench(c: &mut Criterion) {
    let s = Synth::new(Variant::Plain, FRAMES, tracker::synth::STANDARD_SEED);
    let frames = s.render_all();
    let mut g = c.benchmark_group("track_640x480");
    let full = RectF::new(16.0, 16.0, WIDTH as f32 - 32.0, HEIGHT as f32 - 32.0);
    let full_cfg = Config {
        max_points: 100,
        region_margin: 0.0,
        min_margin: 0.0,
        corners: CornerParams {
            min_distance: 10.0,
            ..Config::default().corners
        },
        ..Config::default()
    };
    let cases: [(&str, Vec<RectF>, Config); 3] = [
        ("1_annotation", s.regions[..1].to_vec(), Config::default()),
        ("3_annotations", s.regions.clone(), Config::default()),
        ("full_frame_100_points", vec![full], full_cfg),
    ];
    for (name, regions, cfg) in cases {
        let mut pp = PingPong {
            frames: frames.clone(),
            n: FRAMES,
            k: 0,
        };
        let mut t = Tracker::new(cfg);
        let f0 = pp.next();
        for (i, r) in regions.iter().enumerate() {
            t.add(i as u32, *r, &f0);
        }
        g.bench_function(name, |b| {
            b.iter(|| {
                let f = pp.next();
                black_box(t.track_ref(&f).len())
            })
        });
    }
    let mut pyr = Pyramid::new();
    let mut pp = PingPong {
        frames,
        n: FRAMES,
        k: 0,
    };
    g.bench_function("pyramid_3_levels", |b| {
        b.iter(|| {
            let f = pp.next();
            pyr.build(&f, 3, 16);
            black_box(pyr.len())
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(40)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
