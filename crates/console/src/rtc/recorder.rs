//! Screen recording of the session view: the customer's video (or the frozen still) and the
//! drawings, painted on a canvas, and both voices mixed with WebAudio, written by
//! `MediaRecorder` as Matroska (`.mkv`), which Chrome writes and VLC plays.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    AudioContext, Blob, BlobEvent, BlobPropertyBag, CanvasRenderingContext2d, HtmlVideoElement,
    MediaRecorder, MediaRecorderOptions, MediaStream,
};

/// Container and codecs, best first; all Matroska.
const TYPES: [&str; 3] = [
    "video/x-matroska;codecs=avc1,opus",
    "video/x-matroska;codecs=vp8,opus",
    "video/x-matroska",
];
/// Frames drawn per second.
const FPS: u32 = 30;

/// A running recording.
pub struct Recording {
    recorder: MediaRecorder,
    chunks: Rc<RefCell<Vec<JsValue>>>,
    mime: String,
    audio: AudioContext,
    _painter: Interval,
    _on_data: Closure<dyn FnMut(BlobEvent)>,
}

fn js_err(e: impl std::fmt::Debug) -> JsValue {
    JsValue::from_str(&format!("{e:?}"))
}

/// Paints one frame of the recording on a canvas of the given size.
pub type Painter = Box<dyn Fn(&CanvasRenderingContext2d, f64, f64)>;

/// Starts recording what `paint` paints (at the size of `video`'s picture), with the audio
/// of `streams` mixed.
pub fn start(
    video: &HtmlVideoElement,
    paint: Painter,
    streams: &[MediaStream],
) -> Result<Recording, JsValue> {
    let mime = TYPES
        .iter()
        .find(|t| MediaRecorder::is_type_supported(t))
        .ok_or_else(|| JsValue::from_str("Matroska recording not supported"))?
        .to_string();
    let (w, h) = match (video.video_width(), video.video_height()) {
        (0, _) | (_, 0) => (1280, 720),
        size => size,
    };
    let (canvas, ctx) = app::rtc::still::canvas(w, h)?;
    let paint = move || paint(&ctx, f64::from(w), f64::from(h));
    paint();
    let painter = Interval::new(1000 / FPS, paint);
    let picture = canvas.capture_stream_with_frame_request_rate(f64::from(FPS))?;

    // Both voices into one track.
    let audio = AudioContext::new()?;
    let mix = audio.create_media_stream_destination()?;
    for stream in streams {
        if stream.get_audio_tracks().length() > 0 {
            audio
                .create_media_stream_source(stream)?
                .connect_with_audio_node(&mix)?;
        }
    }
    let tracks = js_sys::Array::new();
    for t in picture.get_video_tracks().iter() {
        tracks.push(&t);
    }
    for t in mix.stream().get_audio_tracks().iter() {
        tracks.push(&t);
    }
    let recorded = MediaStream::new_with_tracks(&tracks)?;
    let options = MediaRecorderOptions::new();
    options.set_mime_type(&mime);
    let recorder =
        MediaRecorder::new_with_media_stream_and_media_recorder_options(&recorded, &options)?;
    let chunks = Rc::new(RefCell::new(Vec::new()));
    let sink = chunks.clone();
    let on_data = Closure::<dyn FnMut(BlobEvent)>::new(move |e: BlobEvent| {
        if let Some(data) = e.data() {
            sink.borrow_mut().push(JsValue::from(data));
        }
    });
    recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
    recorder.start_with_time_slice(1000)?;
    Ok(Recording {
        recorder,
        chunks,
        mime,
        audio,
        _painter: painter,
        _on_data: on_data,
    })
}

impl Recording {
    /// Stops and returns the file.
    pub async fn stop(self) -> Result<Blob, JsValue> {
        let stopped = js_sys::Promise::new(&mut |resolve, _| {
            self.recorder.set_onstop(Some(&resolve));
        });
        self.recorder.stop()?;
        wasm_bindgen_futures::JsFuture::from(stopped).await?;
        let _ = self.audio.close();
        let parts = js_sys::Array::new();
        for c in self.chunks.borrow().iter() {
            parts.push(c);
        }
        let bag = BlobPropertyBag::new();
        bag.set_type(self.mime.split(';').next().unwrap_or("video/x-matroska"));
        Blob::new_with_blob_sequence_and_options(&parts, &bag)
    }
}

/// Offers `blob` as a download named `name`.
pub fn download(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| js_err("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Give the download a moment to start before the URL goes away.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
