//! Network quality of a call, from two samples of WebRTC statistics: bitrate, frame rate,
//! resolution, round-trip time and packet loss, and a simple verdict for the indicator.

use serde::{Deserialize, Serialize};

/// Counters read from `getStats()` at one moment (received video, and the active
/// candidate pair's round-trip time).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    /// When (ms).
    pub at_ms: f64,
    /// Bytes received (video).
    pub bytes: f64,
    /// Packets received (video).
    pub packets: f64,
    /// Packets lost (video).
    pub lost: f64,
    /// Frames decoded.
    pub frames: f64,
    /// Frame width and height of the last decoded frame.
    pub size: (u32, u32),
    /// Round-trip time of the active candidate pair (seconds), if known.
    pub rtt_s: Option<f64>,
}

/// What the indicator shows.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quality {
    /// Received video bitrate (kbit/s).
    pub kbps: f64,
    /// Decoded frames per second.
    pub fps: f64,
    /// Resolution.
    pub size: (u32, u32),
    /// Round-trip time (ms).
    pub rtt_ms: Option<f64>,
    /// Packets lost between the samples (% of packets sent).
    pub loss_pct: f64,
}

/// The verdict shown as colour and word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Smooth.
    Good,
    /// Usable, some trouble.
    Fair,
    /// Hard to use.
    Poor,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 3] = [Verdict::Good, Verdict::Fair, Verdict::Poor];

    /// Fluent key.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Good => "quality-good",
            Verdict::Fair => "quality-fair",
            Verdict::Poor => "quality-poor",
        }
    }
}

/// The quality between two samples; None when they are not in order or too close.
pub fn between(before: &Sample, now: &Sample) -> Option<Quality> {
    let secs = (now.at_ms - before.at_ms) / 1000.0;
    if secs < 0.2 {
        return None;
    }
    let received = (now.packets - before.packets).max(0.0);
    let lost = (now.lost - before.lost).max(0.0);
    let loss_pct = if received + lost > 0.0 {
        100.0 * lost / (received + lost)
    } else {
        0.0
    };
    Some(Quality {
        kbps: ((now.bytes - before.bytes).max(0.0) * 8.0 / 1000.0) / secs,
        fps: (now.frames - before.frames).max(0.0) / secs,
        size: now.size,
        rtt_ms: now.rtt_s.map(|s| s * 1000.0),
        loss_pct,
    })
}

impl Quality {
    /// "1.2 Mbit/s · 30 fps · 1280×720 · 12 ms · 0.0 %".
    pub fn summary(&self) -> String {
        let rate = if self.kbps >= 1000.0 {
            format!("{:.1} Mbit/s", self.kbps / 1000.0)
        } else {
            format!("{:.0} kbit/s", self.kbps)
        };
        let rtt = self
            .rtt_ms
            .map(|r| format!("{r:.0} ms"))
            .unwrap_or_else(|| "–".to_owned());
        format!(
            "{rate} · {:.0} fps · {}×{} · {rtt} · {:.1} %",
            self.fps, self.size.0, self.size.1, self.loss_pct
        )
    }

    /// Good, fair or poor: loss, round trip, frame rate and bitrate decide. A customer
    /// whose uplink is narrow shows as a low bitrate (the picture keeps its resolution and
    /// loses frames, see `contentHint`), even when nothing is lost.
    pub fn verdict(&self) -> Verdict {
        let rtt = self.rtt_ms.unwrap_or(0.0);
        if self.loss_pct > 8.0 || rtt > 600.0 || self.fps < 5.0 || self.kbps < 200.0 {
            Verdict::Poor
        } else if self.loss_pct > 2.0 || rtt > 250.0 || self.fps < 15.0 || self.kbps < 500.0 {
            Verdict::Fair
        } else {
            Verdict::Good
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(at_ms: f64, bytes: f64, packets: f64, lost: f64, frames: f64) -> Sample {
        Sample {
            at_ms,
            bytes,
            packets,
            lost,
            frames,
            size: (1280, 720),
            rtt_s: Some(0.012),
        }
    }

    #[test]
    fn rates_come_from_the_difference() {
        let a = sample(1000.0, 0.0, 0.0, 0.0, 0.0);
        let b = sample(3000.0, 500_000.0, 980.0, 20.0, 60.0);
        let q = between(&a, &b).unwrap();
        assert!((q.kbps - 2000.0).abs() < 1e-9);
        assert!((q.fps - 30.0).abs() < 1e-9);
        assert!((q.loss_pct - 2.0).abs() < 1e-9);
        assert_eq!(q.rtt_ms, Some(12.0));
        assert_eq!(q.size, (1280, 720));
        assert_eq!(q.verdict(), Verdict::Good);
    }

    #[test]
    fn samples_too_close_or_reset_give_nothing_negative() {
        let a = sample(1000.0, 100.0, 10.0, 0.0, 5.0);
        assert_eq!(between(&a, &sample(1100.0, 200.0, 20.0, 0.0, 6.0)), None);
        let q = between(&a, &sample(2000.0, 0.0, 0.0, 0.0, 0.0)).unwrap();
        assert_eq!((q.kbps, q.fps, q.loss_pct), (0.0, 0.0, 0.0));
    }

    #[test]
    fn verdicts() {
        let base = Quality {
            kbps: 1500.0,
            fps: 30.0,
            size: (1280, 720),
            rtt_ms: Some(40.0),
            loss_pct: 0.0,
        };
        assert_eq!(base.verdict(), Verdict::Good);
        assert_eq!(
            Quality {
                loss_pct: 5.0,
                ..base
            }
            .verdict(),
            Verdict::Fair
        );
        assert_eq!(
            Quality {
                rtt_ms: Some(300.0),
                ..base
            }
            .verdict(),
            Verdict::Fair
        );
        assert_eq!(Quality { fps: 3.0, ..base }.verdict(), Verdict::Poor);
        assert_eq!(
            Quality {
                kbps: 400.0,
                ..base
            }
            .verdict(),
            Verdict::Fair
        );
        assert_eq!(
            Quality {
                kbps: 150.0,
                ..base
            }
            .verdict(),
            Verdict::Poor
        );
        assert_eq!(
            Quality {
                loss_pct: 12.0,
                ..base
            }
            .verdict(),
            Verdict::Poor
        );
    }

    #[test]
    fn quality_is_written_compactly() {
        let q = Quality {
            kbps: 1234.0,
            fps: 29.6,
            size: (1280, 720),
            rtt_ms: Some(3.2),
            loss_pct: 0.04,
        };
        assert_eq!(q.summary(), "1.2 Mbit/s · 30 fps · 1280×720 · 3 ms · 0.0 %");
        let slow = Quality {
            kbps: 300.0,
            rtt_ms: None,
            ..q
        };
        assert_eq!(slow.summary(), "300 kbit/s · 30 fps · 1280×720 · – · 0.0 %");
    }
}
