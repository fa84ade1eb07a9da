//! Camera and microphone access.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaStream, MediaStreamConstraints, MediaStreamTrack};

/// Why the camera or microphone could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaError {
    /// The person (or a policy) refused access.
    Denied,
    /// There is no camera or microphone.
    NoDevice,
    /// The device is in use by another application.
    Busy,
    /// This browser, or this page's address (not https), cannot capture media.
    Unsupported,
}

/// The customer's camera (rear by default, 1280×720 preferred) and microphone.
pub async fn camera_and_microphone() -> Result<MediaStream, MediaError> {
    get(
        r#"{"video":{"facingMode":{"ideal":"environment"},"width":{"ideal":1280},"height":{"ideal":720},"frameRate":{"ideal":30}},
            "audio":{"echoCancellation":true,"noiseSuppression":true}}"#,
    )
    .await
}

/// One camera by device ID, at the same size as the first one.
pub async fn camera(device_id: &str) -> Result<MediaStream, MediaError> {
    let id = js_sys::JSON::stringify(&JsValue::from_str(device_id))
        .ok()
        .and_then(|s| s.as_string())
        .ok_or(MediaError::NoDevice)?;
    get(&format!(
        r#"{{"video":{{"deviceId":{{"exact":{id}}},"width":{{"ideal":1280}},"height":{{"ideal":720}},"frameRate":{{"ideal":30}}}},"audio":false}}"#
    ))
    .await
}

/// The technician's microphone.
pub async fn microphone() -> Result<MediaStream, MediaError> {
    get(r#"{"audio":{"echoCancellation":true,"noiseSuppression":true},"video":false}"#).await
}

async fn get(constraints_json: &str) -> Result<MediaStream, MediaError> {
    let devices = web_sys::window()
        .ok_or(MediaError::Unsupported)?
        .navigator()
        .media_devices()
        .map_err(|_| MediaError::Unsupported)?;
    // `mediaDevices` is undefined outside secure contexts.
    if JsValue::from(devices.clone()).is_undefined() {
        return Err(MediaError::Unsupported);
    }
    let constraints: MediaStreamConstraints = js_sys::JSON::parse(constraints_json)
        .map_err(|_| MediaError::Unsupported)?
        .unchecked_into();
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| classify(&e))?;
    let stream = JsFuture::from(promise).await.map_err(|e| classify(&e))?;
    stream
        .dyn_into::<MediaStream>()
        .map_err(|_| MediaError::Unsupported)
}

fn classify(error: &JsValue) -> MediaError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => MediaError::Denied,
        "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => MediaError::NoDevice,
        "NotReadableError" | "AbortError" | "TrackStartError" => MediaError::Busy,
        _ => MediaError::Unsupported,
    }
}

/// Stops every track of a stream (releases the camera light).
pub fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}
