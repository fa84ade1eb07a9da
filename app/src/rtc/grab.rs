//! Video frames as tracking frames (grey, scaled to [`track_size`]): from the frame's luma
//! plane where the browser has `VideoFrame` (`copyTo`: no colour conversion, no canvas), else
//! through a canvas (`drawImage` + `getImageData`): a page's canvas for its video element,
//! or an `OffscreenCanvas` for a `VideoFrame` in a worker that the plane reader cannot read
//! (not YUV, turned).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement, HtmlVideoElement,
    OffscreenCanvas, OffscreenCanvasRenderingContext2d,
};

use crate::follow::track_size;

/// Turns video frames into tracking frames: scaled on a canvas, read back, grey.
pub struct Grab {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    pub luma: Vec<u8>,
    size: (u32, u32),
}

impl Grab {
    pub fn new() -> Option<Grab> {
        let document = web_sys::window()?.document()?;
        let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
        let attrs = ContextAttributes2d::new();
        // Read back every frame: keep the canvas in memory, not on the GPU.
        attrs.set_will_read_frequently(true);
        let ctx = canvas
            .get_context_with_context_options("2d", &attrs)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Grab {
            canvas,
            ctx,
            luma: Vec::new(),
            size: (0, 0),
        })
    }

    /// The frame `video` shows now, or `None` before it has one.
    pub fn frame(&mut self, video: &HtmlVideoElement) -> Option<(&[u8], (u32, u32))> {
        let size = track_size(video.video_width(), video.video_height())?;
        if size != self.size {
            self.canvas.set_width(size.0);
            self.canvas.set_height(size.1);
            self.size = size;
        }
        let (w, h) = (f64::from(size.0), f64::from(size.1));
        self.ctx
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
            .ok()?;
        let data = self.ctx.get_image_data(0.0, 0.0, w, h).ok()?.data();
        tracker::image::rgba_to_gray(&data, &mut self.luma);
        Some((&self.luma, size))
    }
}

/// Reads the luma plane of video frames (`new VideoFrame(video)`, `copyTo`), through
/// JavaScript's reflection: `web-sys` has `VideoFrame` only behind its unstable APIs.
pub struct Planes {
    video_frame: js_sys::Function,
    buf: js_sys::Uint8Array,
    plane: Vec<u8>,
    pub luma: Vec<u8>,
}

/// A frame whose luma is being copied: the frame (closed once read) and what to read.
pub struct PlaneCopy {
    pub frame: JsValue,
    pub done: js_sys::Promise,
    width: usize,
    height: usize,
    full_range: bool,
    /// The frame's timestamp (µs): which picture this was.
    pub timestamp: f64,
}

impl Planes {
    /// `None` where the browser has no `VideoFrame`.
    pub fn new() -> Option<Planes> {
        let global = js_sys::global();
        let video_frame = js_sys::Reflect::get(&global, &JsValue::from_str("VideoFrame"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        Some(Planes {
            video_frame,
            buf: js_sys::Uint8Array::new_with_length(0),
            plane: Vec::new(),
            luma: Vec::new(),
        })
    }

    /// Starts copying the frame `video` shows now; `None` when it has none, or one this
    /// cannot read (not YUV, non-square pixels, turned): the canvas grabs it instead.
    pub fn start(&mut self, video: &HtmlVideoElement) -> Option<PlaneCopy> {
        let frame =
            js_sys::Reflect::construct(&self.video_frame, &js_sys::Array::of1(video)).ok()?;
        let copy = self.copy(&frame);
        if copy.is_none() {
            close(&frame);
        }
        copy
    }

    /// Starts copying `frame`'s luma plane; `None` when this cannot read it.
    pub fn copy(&mut self, frame: &JsValue) -> Option<PlaneCopy> {
        let format = get(frame, "format").as_string()?;
        let yuv = ["I420", "I420A", "I422", "I444", "NV12"].contains(&format.as_str());
        let rect = get(frame, "visibleRect");
        let (width, height) = (
            num(&rect, "width")? as usize,
            num(&rect, "height")? as usize,
        );
        let display = (num(frame, "displayWidth")?, num(frame, "displayHeight")?);
        let turned = num(frame, "rotation").is_some_and(|r| r != 0.0);
        let small = width < 8 || height < 8;
        if !yuv || turned || small || display != (width as f64, height as f64) {
            return None;
        }
        let call = |name: &str, args: &js_sys::Array| {
            js_sys::Reflect::get(frame, &JsValue::from_str(name))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?
                .apply(frame, args)
                .ok()
        };
        let bytes = call("allocationSize", &js_sys::Array::new())?.as_f64()? as u32;
        if self.buf.length() < bytes {
            self.buf = js_sys::Uint8Array::new_with_length(bytes);
        }
        let done = call("copyTo", &js_sys::Array::of1(&self.buf))?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        let full_range = js_sys::Reflect::get(&get(frame, "colorSpace"), &"fullRange".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        Some(PlaneCopy {
            frame: frame.clone(),
            done,
            width,
            height,
            full_range,
            timestamp: num(frame, "timestamp").unwrap_or(0.0),
        })
    }

    /// The copied frame as grey at the tracking size; `layout` is what `copyTo` resolved to.
    pub fn finish(&mut self, copy: &PlaneCopy, layout: &JsValue) -> Option<(&[u8], (u32, u32))> {
        let first = js_sys::Reflect::get(layout, &JsValue::from_f64(0.0)).ok()?;
        let (offset, stride) = (
            num(&first, "offset")? as u32,
            num(&first, "stride")? as usize,
        );
        let len = u32::try_from(stride * (copy.height - 1) + copy.width).ok()?;
        let end = offset
            .checked_add(len)
            .filter(|&end| end <= self.buf.length())?;
        self.plane.resize(len as usize, 0);
        self.buf.subarray(offset, end).copy_to(&mut self.plane);
        let size = track_size(copy.width as u32, copy.height as u32)?;
        let plane = tracker::image::LumaPlane {
            data: &self.plane,
            stride,
            width: copy.width,
            height: copy.height,
            full_range: copy.full_range,
        };
        let out = (size.0 as usize, size.1 as usize);
        tracker::image::luma_to_gray(plane, out, &mut self.luma);
        (!self.luma.is_empty()).then_some((&self.luma, size))
    }
}

pub fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn num(object: &JsValue, key: &str) -> Option<f64> {
    get(object, key).as_f64()
}

/// Closes a `VideoFrame` (its memory goes back at once).
pub fn close(frame: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(frame, &JsValue::from_str("close"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call0(frame);
    }
}

/// Turns `VideoFrame`s into tracking frames on an `OffscreenCanvas`: the worker's fallback for
/// frames the plane reader cannot read.
pub struct FrameGrab {
    canvas: OffscreenCanvas,
    ctx: OffscreenCanvasRenderingContext2d,
    draw: js_sys::Function,
    pub luma: Vec<u8>,
    size: (u32, u32),
}

impl FrameGrab {
    /// `None` where there is no `OffscreenCanvas` with a 2D context.
    pub fn new() -> Option<FrameGrab> {
        let canvas = OffscreenCanvas::new(1, 1).ok()?;
        let attrs = ContextAttributes2d::new();
        attrs.set_will_read_frequently(true);
        let ctx: OffscreenCanvasRenderingContext2d = canvas
            .get_context_with_context_options("2d", &attrs)
            .ok()??
            .dyn_into()
            .ok()?;
        // `drawImage(VideoFrame, …)`: `web-sys` has it only behind its unstable APIs.
        let draw = get(&ctx, "drawImage").dyn_into().ok()?;
        Some(FrameGrab {
            canvas,
            ctx,
            draw,
            luma: Vec::new(),
            size: (0, 0),
        })
    }

    /// `frame` (a `VideoFrame`, as shown: turned, scaled) as a tracking frame.
    pub fn frame(&mut self, frame: &JsValue) -> Option<(&[u8], (u32, u32))> {
        let (w, h) = (num(frame, "displayWidth")?, num(frame, "displayHeight")?);
        let size = track_size(w as u32, h as u32)?;
        if size != self.size {
            self.canvas.set_width(size.0);
            self.canvas.set_height(size.1);
            self.size = size;
        }
        let (w, h) = (f64::from(size.0), f64::from(size.1));
        let args = js_sys::Array::of5(frame, &0.0.into(), &0.0.into(), &w.into(), &h.into());
        self.draw.apply(&self.ctx, &args).ok()?;
        let data = self.ctx.get_image_data(0.0, 0.0, w, h).ok()?.data();
        tracker::image::rgba_to_gray(&data, &mut self.luma);
        Some((&self.luma, size))
    }
}
