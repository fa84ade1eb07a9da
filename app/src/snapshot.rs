//! Snapshots: a PNG of the picture (live or frozen) with the drawings, taken by the
//! technician, downloaded, and kept with the session (History & Notes lists them).
//! Uploaded to `POST /sessions/{id}/snapshots`, read from `GET /snapshots/{id}.png`.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

/// Largest snapshot accepted, in bytes.
pub const MAX_SNAPSHOT_BYTES: usize = 12 * 1024 * 1024;
/// Largest side of a snapshot, in pixels.
pub const MAX_SIDE: u32 = 8192;
/// Most snapshots kept per session.
pub const MAX_PER_SESSION: i64 = 200;

/// A stored snapshot, as lists show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotInfo {
    /// Its ID (the file is `/snapshots/<id>.png`).
    pub id: String,
    /// When it was taken (Unix ms).
    pub at: i64,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl SnapshotInfo {
    /// Where the file is served.
    pub fn url(&self) -> String {
        format!("/snapshots/{}.png", self.id)
    }
}

/// `sightline-<session>-<ms>.png`.
pub fn file_name(session: &crate::ids::SessionId, at: i64) -> String {
    format!("sightline-{session}-{at}.png")
}

/// The width and height of a PNG file, if `bytes` is one (signature, then the IHDR chunk
/// first, as the format requires) with sides from 1 to [`MAX_SIDE`].
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    if bytes.len() < 33 || bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    if be(8) != 13 {
        return None;
    }
    let (w, h) = (be(16), be(20));
    ((1..=MAX_SIDE).contains(&w) && (1..=MAX_SIDE).contains(&h)).then_some((w, h))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The start of a PNG file of `w`×`h` pixels (signature and IHDR), enough for the checks.
    pub(crate) fn png(w: u32, h: u32) -> Vec<u8> {
        let mut v = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
        v.extend(13u32.to_be_bytes());
        v.extend(b"IHDR");
        v.extend(w.to_be_bytes());
        v.extend(h.to_be_bytes());
        v.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        v
    }

    #[test]
    fn png_sizes_are_read_and_bad_files_refused() {
        assert_eq!(png_size(&png(1280, 720)), Some((1280, 720)));
        assert_eq!(png_size(&png(0, 720)), None);
        assert_eq!(png_size(&png(MAX_SIDE + 1, 1)), None);
        let mut jpeg = png(10, 10);
        jpeg[1] = b'J';
        assert_eq!(png_size(&jpeg), None);
        assert_eq!(png_size(b"\x89PNG"), None);
        let mut no_header = png(10, 10);
        no_header[12..16].copy_from_slice(b"IDAT");
        assert_eq!(png_size(&no_header), None);
    }
}
