//! Reports for administrators (pure): how long sessions waited, ran and were held, their
//! outcomes, per technician and per day, and the CSV export. Times are UTC; days are
//! `YYYY-MM-DD`.

use serde::{Deserialize, Serialize};

/// Most sessions one report covers (the newest are kept).
pub const MAX_SESSIONS: usize = 20_000;

/// One session as the report sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// Session ID.
    pub session: String,
    /// Created (Unix ms).
    pub created_at: i64,
    /// The owning technician's name.
    pub technician: String,
    /// Their group's name.
    pub group: String,
    /// The state it ended in, or is in (database name, `session-state-…` translations).
    pub outcome: String,
    /// Seconds spent waiting for a technician.
    pub waiting_secs: i64,
    /// Seconds with the video running.
    pub active_secs: i64,
    /// Seconds on hold.
    pub hold_secs: i64,
    /// The customer's survey scores (1–5), one per question (the first is the overall
    /// score); empty when they did not answer.
    pub scores: Vec<u8>,
    /// The customer's survey comment.
    pub comment: String,
}

/// A technician's line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnicianLine {
    /// Name.
    pub technician: String,
    /// Sessions.
    pub sessions: u32,
    /// Average waiting time of their sessions, seconds.
    pub avg_waiting_secs: i64,
    /// Total active time, seconds.
    pub active_secs: i64,
    /// Total hold time, seconds.
    pub hold_secs: i64,
    /// Survey answers about their sessions.
    pub survey_answers: u32,
    /// The sum of those scores.
    pub survey_total: u32,
}

impl TechnicianLine {
    /// The average survey score with one decimal, if anyone answered.
    pub fn survey_average(&self) -> Option<String> {
        average(self.survey_answers, self.survey_total)
    }
}

/// A day's line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayLine {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    /// Sessions created that day.
    pub sessions: u32,
}

/// The answers to one survey question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionLine {
    /// The question as the organisation asks it now (empty: the standard question).
    pub question: String,
    /// Answers.
    pub answers: u32,
    /// The sum of their scores.
    pub total: u32,
}

impl QuestionLine {
    /// The average score with one decimal, if anyone answered.
    pub fn average(&self) -> Option<String> {
        average(self.answers, self.total)
    }
}

/// An average of `answers` scores summing to `total`, with one decimal.
fn average(answers: u32, total: u32) -> Option<String> {
    (answers > 0).then(|| {
        let tenths = (total * 10 + answers / 2) / answers;
        format!("{}.{}", tenths / 10, tenths % 10)
    })
}

/// A report: the sessions and their summaries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Every session, oldest first.
    pub rows: Vec<ReportRow>,
    /// Per technician, by name.
    pub technicians: Vec<TechnicianLine>,
    /// Per day, in order (days without sessions left out).
    pub days: Vec<DayLine>,
    /// Outcome (database state name) → sessions, by name.
    pub outcomes: Vec<(String, u32)>,
    /// Per survey question, in order.
    pub questions: Vec<QuestionLine>,
}

/// Time spent in each state of interest, from a session's transitions `(at, to_state)` in
/// order, from `created_at` (Connecting) to `end` (closed, or now).
pub fn durations(created_at: i64, transitions: &[(i64, String)], end: i64) -> [i64; 3] {
    let mut spent = [0i64; 3];
    let mut state = "connecting";
    let mut since = created_at;
    let mut add = |state: &str, from: i64, to: i64| {
        let slot = match state {
            "waiting" => 0,
            "active" => 1,
            "on_hold" => 2,
            _ => return,
        };
        spent[slot] += (to - from).max(0);
    };
    for (at, to) in transitions {
        add(state, since, *at);
        state = to;
        since = *at;
    }
    add(state, since, end);
    spent.map(|ms| ms / 1000)
}

/// Summarises rows (already in order).
pub fn summarise(rows: Vec<ReportRow>) -> Report {
    use std::collections::BTreeMap;
    let mut techs: BTreeMap<&str, (u32, i64, i64, i64, u32, u32)> = BTreeMap::new();
    let mut days: BTreeMap<String, u32> = BTreeMap::new();
    let mut outcomes: BTreeMap<&str, u32> = BTreeMap::new();
    let mut questions: Vec<QuestionLine> = vec![];
    for r in &rows {
        let t = techs.entry(&r.technician).or_default();
        t.0 += 1;
        t.1 += r.waiting_secs;
        t.2 += r.active_secs;
        t.3 += r.hold_secs;
        if let Some(score) = r.scores.first() {
            t.4 += 1;
            t.5 += u32::from(*score);
        }
        for (i, score) in r.scores.iter().enumerate() {
            if questions.len() <= i {
                questions.resize(i + 1, QuestionLine::default());
            }
            questions[i].answers += 1;
            questions[i].total += u32::from(*score);
        }
        *days.entry(day_of(r.created_at)).or_default() += 1;
        *outcomes.entry(&r.outcome).or_default() += 1;
    }
    let technicians = techs
        .into_iter()
        .map(
            |(name, (n, wait, active, hold, answers, total))| TechnicianLine {
                technician: name.to_owned(),
                sessions: n,
                avg_waiting_secs: wait / i64::from(n.max(1)),
                active_secs: active,
                hold_secs: hold,
                survey_answers: answers,
                survey_total: total,
            },
        )
        .collect();
    let outcomes = outcomes
        .into_iter()
        .map(|(k, n)| (k.to_owned(), n))
        .collect();
    Report {
        days: days
            .into_iter()
            .map(|(day, sessions)| DayLine { day, sessions })
            .collect(),
        technicians,
        outcomes,
        rows,
        questions,
    }
}

/// The CSV export (RFC 4180, CRLF line ends, a header line). Text cells that a spreadsheet
/// would run as a formula get a leading apostrophe.
pub fn csv(rows: &[ReportRow]) -> String {
    let mut out = String::from(
        "session,created_utc,technician,group,outcome,waiting_seconds,active_seconds,\
         hold_seconds,survey_score,survey_comment,survey_scores\r\n",
    );
    for r in rows {
        let line = [
            cell(&r.session),
            timestamp(r.created_at),
            cell(&r.technician),
            cell(&r.group),
            cell(&r.outcome),
            r.waiting_secs.to_string(),
            r.active_secs.to_string(),
            r.hold_secs.to_string(),
            r.scores.first().map(u8::to_string).unwrap_or_default(),
            cell(&r.comment),
            r.scores
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(" "),
        ];
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV text cell: quoted when needed, formula-looking text defused.
pub fn cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

const DAY_MS: i64 = 86_400_000;

/// `YYYY-MM-DD` (UTC) of a time.
pub fn day_of(ms: i64) -> String {
    let (y, m, d) = civil_from_days(ms.div_euclid(DAY_MS));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a time.
pub fn timestamp(ms: i64) -> String {
    let secs = ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        day_of(ms),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The start (Unix ms, UTC) of a `YYYY-MM-DD` day; `None` when it is not a date.
pub fn parse_day(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // 2023-02-30 is not a day.
    (civil_from_days(days) == (y, m, d)).then_some(days * DAY_MS)
}

/// The time range `[from, to)` of the days `from` to `to` inclusive (either may be empty:
/// the beginning of time, tomorrow of `now`); `None` when a day is not a date or the range
/// is reversed.
pub fn range(from: &str, to: &str, now: i64) -> Option<(i64, i64)> {
    let start = if from.trim().is_empty() {
        0
    } else {
        parse_day(from)?
    };
    let end = if to.trim().is_empty() {
        now.div_euclid(DAY_MS) * DAY_MS + DAY_MS
    } else {
        parse_day(to)? + DAY_MS
    };
    (start < end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(at: i64, to: &str) -> (i64, String) {
        (at, to.to_owned())
    }

    #[test]
    fn durations_add_up_time_in_each_state() {
        // Connecting 0–10 s, waiting 10–40, active 40–100, hold 100–160, active 160–200, end.
        let tr = [
            t(10_000, "waiting"),
            t(40_000, "active"),
            t(100_000, "on_hold"),
            t(160_000, "active"),
            t(200_000, "closed_by_technician"),
        ];
        assert_eq!(durations(0, &tr, 250_000), [30, 100, 60]);
        // Still open: counted until `end`.
        assert_eq!(durations(0, &tr[..2], 70_000), [30, 30, 0]);
        assert_eq!(durations(0, &[], 5_000), [0, 0, 0]);
    }

    #[test]
    fn days_and_timestamps_are_utc() {
        assert_eq!(day_of(0), "1970-01-01");
        assert_eq!(day_of(1_800_000_000_000), "2027-01-15");
        assert_eq!(timestamp(1_800_000_000_000), "2027-01-15T08:00:00Z");
        assert_eq!(day_of(951_782_400_000), "2000-02-29");
        assert_eq!(parse_day("2000-02-29"), Some(951_782_400_000));
        assert_eq!(parse_day("2023-02-30"), None);
        assert_eq!(parse_day("2023-13-01"), None);
        assert_eq!(parse_day("yesterday"), None);
        for ms in [0, 86_399_999, 1_700_000_000_000, 4_102_444_800_000] {
            let start = parse_day(&day_of(ms)).unwrap();
            assert!(start <= ms && ms < start + DAY_MS, "{ms}");
        }
        let now = parse_day("2027-01-15").unwrap() + 5_000;
        assert_eq!(
            range("2027-01-14", "2027-01-15", now),
            Some((
                parse_day("2027-01-14").unwrap(),
                parse_day("2027-01-16").unwrap()
            ))
        );
        assert_eq!(
            range("", "", now),
            Some((0, parse_day("2027-01-16").unwrap()))
        );
        assert_eq!(range("2027-01-15", "2027-01-14", now), None);
        assert_eq!(range("x", "", now), None);
    }

    fn row(tech: &str, at: i64, outcome: &str, secs: [i64; 3]) -> ReportRow {
        ReportRow {
            session: format!("S{at}"),
            created_at: at,
            technician: tech.into(),
            group: "Technicians".into(),
            outcome: outcome.into(),
            waiting_secs: secs[0],
            active_secs: secs[1],
            hold_secs: secs[2],
            scores: vec![],
            comment: String::new(),
        }
    }

    #[test]
    fn summaries_per_technician_day_and_outcome() {
        let day = DAY_MS;
        let mut answered = row("Tom", day + 5, "closed_by_customer", [30, 50, 20]);
        answered.scores = vec![4, 2];
        let mut also = row("Tom", day + 9, "closed_by_customer", [0, 0, 0]);
        also.scores = vec![5, 3];
        let r = summarise(vec![
            row("Tom", 0, "closed_by_technician", [10, 100, 0]),
            row("Ada", 1000, "timed_out", [0, 0, 0]),
            answered,
            also,
        ]);
        assert_eq!(r.rows.len(), 4);
        assert_eq!(r.technicians[1].survey_average().as_deref(), Some("4.5"));
        assert_eq!(r.technicians[0].survey_average(), None);
        assert_eq!(
            r.technicians,
            vec![
                TechnicianLine {
                    technician: "Ada".into(),
                    sessions: 1,
                    avg_waiting_secs: 0,
                    active_secs: 0,
                    hold_secs: 0,
                    survey_answers: 0,
                    survey_total: 0,
                },
                TechnicianLine {
                    technician: "Tom".into(),
                    sessions: 3,
                    avg_waiting_secs: 13,
                    active_secs: 150,
                    hold_secs: 20,
                    survey_answers: 2,
                    survey_total: 9,
                },
            ]
        );
        assert_eq!(
            r.days,
            vec![
                DayLine {
                    day: "1970-01-01".into(),
                    sessions: 2
                },
                DayLine {
                    day: "1970-01-02".into(),
                    sessions: 2
                }
            ]
        );
        assert_eq!(r.outcomes.len(), 3);
        assert_eq!(
            r.questions
                .iter()
                .map(QuestionLine::average)
                .collect::<Vec<_>>(),
            [Some("4.5".to_owned()), Some("2.5".to_owned())]
        );
    }

    #[test]
    fn csv_quotes_and_defuses_cells() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("-2,3"), "\"'-2,3\"");
        let text = csv(&[row("O'Neil, Jr", 1_800_000_000_000, "timed_out", [1, 2, 3])]);
        let lines: Vec<_> = text.split("\r\n").collect();
        assert!(lines[0].starts_with("session,created_utc,technician"));
        assert_eq!(
            lines[1],
            "S1800000000000,2027-01-15T08:00:00Z,\"O'Neil, Jr\",Technicians,timed_out,1,2,3,,,"
        );
        assert_eq!(lines[2], "");
    }
}
