//! The text-message gateway: the interface, and the Twilio-style HTTP implementation (the
//! API most gateways offer or imitate; the base URL is configurable).

use std::future::Future;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use serde::Deserialize;
use sha1::Sha1;

use super::SmsStatus;

/// A message the gateway took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    /// The gateway's ID for it (delivery reports name it).
    pub sid: String,
    /// Where it is.
    pub status: SmsStatus,
}

/// Why a message was not taken.
#[derive(Debug, thiserror::Error)]
pub enum SmsError {
    /// The gateway could not be reached.
    #[error("request: {0}")]
    Request(String),
    /// It answered with an error status.
    #[error("gateway answered {0}")]
    Status(u16),
    /// Its answer made no sense.
    #[error("unexpected answer")]
    Answer,
}

/// What a text-message gateway does for us.
pub trait SmsGateway {
    /// Sends `body` to `to` (E.164); delivery reports go to `status_url`.
    fn send(
        &self,
        to: &str,
        body: &str,
        status_url: &str,
    ) -> impl Future<Output = Result<Sent, SmsError>>;

    /// Whether a delivery report posted to `url` with `params` carries the gateway's
    /// `signature`.
    fn verify(&self, url: &str, params: &[(String, String)], signature: &str) -> bool;
}

/// The Twilio-style gateway: account ID, token, sender, base URL.
#[derive(Clone, Debug)]
pub struct TwilioLike {
    /// `https://api.twilio.com`, or a compatible gateway's.
    pub base_url: String,
    /// Account ID (also the basic-auth user).
    pub account: String,
    /// Auth token (basic-auth password and the key of report signatures).
    pub token: String,
    /// The sender: a number in E.164 or an alphanumeric sender ID.
    pub from: String,
}

#[derive(Deserialize)]
struct Answer {
    sid: String,
    status: String,
}

impl SmsGateway for TwilioLike {
    async fn send(&self, to: &str, body: &str, status_url: &str) -> Result<Sent, SmsError> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Messages.json",
            self.base_url.trim_end_matches('/'),
            crate::uri::percent_encode(&self.account)
        );
        let client = awc::Client::builder()
            .timeout(Duration::from_secs(15))
            .finish();
        let form = [
            ("To", to),
            ("From", self.from.as_str()),
            ("Body", body),
            ("StatusCallback", status_url),
        ];
        let mut res = client
            .post(url)
            .basic_auth(&self.account, &self.token)
            .send_form(&form)
            .await
            .map_err(|e| SmsError::Request(e.to_string()))?;
        if !res.status().is_success() {
            return Err(SmsError::Status(res.status().as_u16()));
        }
        let answer: Answer = res.json().await.map_err(|_| SmsError::Answer)?;
        Ok(Sent {
            sid: answer.sid,
            status: SmsStatus::from_gateway(&answer.status).unwrap_or(SmsStatus::Sent),
        })
    }

    fn verify(&self, url: &str, params: &[(String, String)], signature: &str) -> bool {
        let Ok(given) = STANDARD.decode(signature.trim()) else {
            return false;
        };
        signer(&self.token, url, params).is_some_and(|mac| mac.verify_slice(&given).is_ok())
    }
}

/// The HMAC-SHA1 over the URL followed by the parameters sorted by name, each name then value.
fn signer(token: &str, url: &str, params: &[(String, String)]) -> Option<Hmac<Sha1>> {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac = Hmac::<Sha1>::new_from_slice(token.as_bytes()).ok()?;
    mac.update(url.as_bytes());
    for (k, v) in sorted {
        mac.update(k.as_bytes());
        mac.update(v.as_bytes());
    }
    Some(mac)
}

/// The signature a gateway with `token` puts on a report (tests, and a gateway simulator).
pub fn signature(token: &str, url: &str, params: &[(String, String)]) -> String {
    signer(token, url, params)
        .map(|mac| STANDARD.encode(mac.finalize().into_bytes()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn report_signatures_as_the_gateway_makes_them() {
        // The example of Twilio's request-validation documentation.
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let p = params(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+14158675309"),
            ("Digits", "1234"),
            ("From", "+14158675309"),
            ("To", "+18005551212"),
        ]);
        assert_eq!(signature("12345", url, &p), "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        let g = TwilioLike {
            base_url: "http://127.0.0.1:9".into(),
            account: "AC1".into(),
            token: "12345".into(),
            from: "+15005550006".into(),
        };
        assert!(g.verify(url, &p, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        // Another value, another URL, another token, garbage: refused.
        let mut tampered = p.clone();
        tampered[2].1 = "9999".into();
        assert!(!g.verify(url, &tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        assert!(!g.verify(
            "https://mycompany.com/other",
            &p,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        ));
        assert!(!g.verify(url, &p, &signature("54321", url, &p)));
        assert!(!g.verify(url, &p, "not base64!"));
    }
}
