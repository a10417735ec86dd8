//! `--expires`: a duration from now or a UTC date, to Langflow's naive-UTC text.

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};

use crate::error::{Error, Result};

/// An expiry as given: checked when parsed, turned into a time only when the
/// key is written, so a duration counts from that moment (not from before a
/// password check that takes a bcrypt round).
#[derive(Debug, Clone)]
pub struct Expiry(String);

impl Expiry {
    /// Checks `input` now (a usage error if it is malformed, past or too far).
    pub fn parse(input: &str) -> Result<Expiry> {
        parse_at(input, Utc::now().naive_utc())?;
        Ok(Expiry(input.to_owned()))
    }

    /// The stored text form, counted from now.
    pub fn resolve(&self) -> Result<String> {
        parse_at(&self.0, Utc::now().naive_utc()).map(crate::storage::stored_time)
    }
}

/// The latest expiry Python's `datetime` (and so Langflow) can read back.
fn latest() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|d| d.and_hms_micro_opt(23, 59, 59, 999_999))
        .expect("a valid date")
}

pub fn parse_at(input: &str, now: NaiveDateTime) -> Result<NaiveDateTime> {
    let text = input.trim();
    let bad = || {
        Error::usage(format!(
            "--expires {input:?} is neither a duration (90s, 30m, 12h, 7d, 2w) nor a UTC date (2027-01-31 or 2027-01-31T12:00:00)"
        ))
    };
    // `<number><unit>`: split before the last character (by characters).
    let mut chars = text.chars();
    let last = chars.next_back();
    let amount_text = chars.as_str();
    let is_duration = !amount_text.is_empty()
        && amount_text.chars().all(|c| c.is_ascii_digit() || c == '-')
        && last.is_some_and(|c| c.is_ascii_alphabetic());
    // A date past the year 9999 does not parse at all: say why.
    let year_digits = text
        .trim_start_matches('+')
        .split('-')
        .next()
        .filter(|y| y.chars().all(|c| c.is_ascii_digit()))
        .map_or(0, str::len);
    if !is_duration && year_digits > 4 {
        return Err(Error::usage(format!(
            "--expires {input:?} is after the year 9999, which Langflow cannot read back"
        ))
        .hint("give an earlier time, or no --expires for a key that never expires"));
    }
    let at = if is_duration {
        let unit = last.unwrap_or_default();
        let amount: i64 = amount_text.parse().map_err(|_| bad())?;
        if amount <= 0 {
            return Err(bad());
        }
        let span = match unit {
            's' => Duration::try_seconds(amount),
            'm' => Duration::try_minutes(amount),
            'h' => Duration::try_hours(amount),
            'd' => Duration::try_days(amount),
            'w' => Duration::try_weeks(amount),
            _ => None,
        }
        .ok_or_else(bad)?;
        now.checked_add_signed(span).ok_or_else(bad)?
    } else {
        let t = text.trim_end_matches('Z');
        [
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .or_else(|| {
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
        .ok_or_else(bad)?
    };
    if at > latest() {
        return Err(Error::usage(format!(
            "--expires {input:?} is after the year 9999, which Langflow cannot read back"
        ))
        .hint("give an earlier time, or no --expires for a key that never expires"));
    }
    if at <= now {
        return Err(
            Error::usage(format!("--expires {input:?} is already in the past (UTC)"))
                .hint("give a later time"),
        );
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
    }

    #[test]
    fn the_last_readable_moment_is_accepted() {
        assert_eq!(
            parse_at("9999-12-31T23:59:59", now()).unwrap().to_string(),
            "9999-12-31 23:59:59"
        );
    }

    #[test]
    fn durations_and_dates() {
        assert_eq!(parse_at("1s", now()).unwrap(), now() + Duration::seconds(1));
        assert_eq!(parse_at("2w", now()).unwrap(), now() + Duration::days(14));
        assert_eq!(
            parse_at("2027-01-31", now()).unwrap().to_string(),
            "2027-01-31 00:00:00"
        );
        assert_eq!(
            parse_at("2027-01-31T12:30:00Z", now()).unwrap().to_string(),
            "2027-01-31 12:30:00"
        );
        for bad in [
            "",
            "soon",
            "0d",
            "-1d",
            "5y",
            "2020-01-01",
            "31/01/2027",
            "99999999999999w",
            "1000000w",
            "10000-01-01",
            "+10000-01-01",
        ] {
            assert!(
                matches!(
                    parse_at(bad, now()),
                    Err(Error {
                        kind: crate::error::Kind::Usage,
                        ..
                    })
                ),
                "{bad}"
            );
        }
    }
}
