//! Alert sounds: short tones made with Web Audio (no sound files to download).

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

use app::prefs::Alert;

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Plays the tone of an alert (a rising pair for news, a falling pair for trouble).
pub fn play(alert: Alert) {
    let notes: &[f32] = match alert {
        Alert::NewSession | Alert::Chat => &[660.0, 880.0],
        Alert::CustomerLeft | Alert::NetworkLost => &[520.0, 390.0],
    };
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
        }
        let Some(ctx) = c.as_ref() else { return };
        let start = ctx.current_time();
        for (i, freq) in notes.iter().enumerate() {
            let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
                return;
            };
            osc.set_type(OscillatorType::Sine);
            osc.frequency().set_value(*freq);
            gain.gain().set_value(0.15);
            let at = start + 0.16 * i as f64;
            if osc.connect_with_audio_node(&gain).is_err()
                || gain.connect_with_audio_node(&ctx.destination()).is_err()
            {
                return;
            }
            let _ = osc.start_with_when(at);
            let _ = osc.stop_with_when(at + 0.14);
        }
    });
}
