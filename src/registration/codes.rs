//! Invitation codes and check-in tokens: random, unguessable, and fit for
//! Telegram deep links (`https://t.me/<bot>?start=<payload>`: at most 64
//! characters of `A-Z a-z 0-9 _ -`).
//!
//! Both are 20 characters of Crockford's base32 (100 random bits). A code
//! can be typed: case, spaces and dashes do not matter, and the letters
//! people confuse with digits (O, I, L) read as 0 and 1.

use crate::error::{Error, Result};

/// Crockford's base32 alphabet: digits and letters without I, L, O, U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a code or token: 20 × 5 bits = 100 random bits.
pub const LEN: usize = 20;
/// The deep-link payload that opens a check-in token.
pub const CHECK_IN_PREFIX: &str = "ci_";

/// A new random code (or token), from the operating system's generator.
/// It always has a digit and a letter, which is how a typed code is told
/// from a word or a phone number.
pub fn random() -> Result<String> {
    loop {
        let mut bytes = [0u8; LEN];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::State(format!("no random numbers from the system: {e}")))?;
        let code: String = bytes
            .iter()
            .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
            .collect();
        if code.bytes().any(|b| b.is_ascii_digit()) && code.bytes().any(|b| b.is_ascii_alphabetic())
        {
            return Ok(code);
        }
    }
}

/// A code as people read it: `ABCDE-FGHJK-MNPQR-STVWX`.
pub fn display(code: &str) -> String {
    code.as_bytes()
        .chunks(5)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What a typed or pasted text is, as an invitation code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// A well-formed code (which may or may not exist).
    Code(String),
    /// Looks like an attempt at a code, but is not well formed (a typo).
    Malformed,
    /// Not a code at all (a question, a greeting).
    NotCode,
}

/// Reads a typed or pasted code: `abcde fghjk-mnpqr stvwx`, or a whole
/// invitation link. Ordinary sentences are [`Typed::NotCode`].
pub fn read_typed(text: &str) -> Typed {
    let text = text.trim();
    // A pasted link: take its start parameter.
    let text = match text.find("start=") {
        Some(i) => text[i + "start=".len()..]
            .split(['&', ' ', '\n'])
            .next()
            .unwrap_or_default(),
        None => text,
    };
    let squeezed: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\u{00A0}'))
        .collect();
    if squeezed.chars().count() < 12
        || squeezed.chars().count() > 32
        || !squeezed.chars().all(|c| c.is_ascii_alphanumeric())
        || !squeezed.chars().any(|c| c.is_ascii_digit())
        || !squeezed.chars().any(|c| c.is_ascii_alphabetic())
    {
        return Typed::NotCode;
    }
    match normalize(&squeezed) {
        Some(code) => Typed::Code(code),
        None => Typed::Malformed,
    }
}

/// The check-in token of a pasted check-in link (`…?start=ci_<token>`).
pub fn pasted_check_in(text: &str) -> Option<String> {
    let i = text.find("start=")?;
    let payload = text[i + "start=".len()..]
        .split(['&', ' ', '\n'])
        .next()
        .unwrap_or_default();
    match read_payload(payload.trim()) {
        Payload::CheckIn(token) => Some(token),
        _ => None,
    }
}

/// A code in its stored form, if `s` (already without separators) is one.
pub fn normalize(s: &str) -> Option<String> {
    let mut out = String::with_capacity(LEN);
    for c in s.chars() {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !ALPHABET.contains(&(c as u8)) || !c.is_ascii() {
            return None;
        }
        out.push(c);
    }
    (out.len() == LEN).then_some(out)
}

/// A deep-link payload: an invitation code, a check-in token, or nothing
/// we know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Invitation(String),
    CheckIn(String),
    Unknown,
}

pub fn read_payload(payload: &str) -> Payload {
    if let Some(token) = payload.strip_prefix(CHECK_IN_PREFIX) {
        return match normalize(token) {
            Some(t) if t == token => Payload::CheckIn(t),
            _ => Payload::Unknown,
        };
    }
    // Links are made by the bot: anything but a whole code is someone
    // else's payload, greeted as a plain /start.
    match read_typed(payload) {
        Typed::Code(code) => Payload::Invitation(code),
        Typed::Malformed | Typed::NotCode => Payload::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // At least 80 random bits.
    const _: () = assert!(LEN * 5 >= 80);

    #[test]
    fn random_codes_are_long_distinct_and_fit_deep_links() {
        let a = random().unwrap();
        let b = random().unwrap();
        assert_ne!(a, b);
        for code in [&a, &b] {
            assert_eq!(code.len(), LEN);
            let payload = format!("{CHECK_IN_PREFIX}{code}");
            assert!(payload.len() <= 64);
            assert!(
                payload
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            );
            assert_eq!(normalize(code).as_deref(), Some(code.as_str()));
        }
    }

    #[test]
    fn typed_codes_tolerate_case_spaces_dashes_and_lookalikes() {
        let code = "7K3MQ0RD1ZX9W2P4HT6A";
        for typed in [
            "7K3MQ0RD1ZX9W2P4HT6A",
            "7k3mq0rd1zx9w2p4ht6a",
            "7K3MQ-0RD1Z-X9W2P-4HT6A",
            " 7k3mq 0rd1z x9w2p 4ht6a ",
            "7K3MQORDIZX9W2P4HT6A",
            "https://t.me/desk_bot?start=7K3MQ0RD1ZX9W2P4HT6A",
        ] {
            assert_eq!(read_typed(typed), Typed::Code(code.into()), "{typed}");
        }
        assert_eq!(display(code), "7K3MQ-0RD1Z-X9W2P-4HT6A");
        assert_eq!(read_typed(&display(code)), Typed::Code(code.into()));
    }

    #[test]
    fn typos_are_malformed_and_sentences_are_not_codes() {
        assert_eq!(read_typed("7K3MQ0RD1ZX9W2P4HT6"), Typed::Malformed);
        assert_eq!(read_typed("7K3MQ0RD1ZX9W2P4HT6AU"), Typed::Malformed);
        for text in [
            "hello",
            "where is the opening ceremony?",
            "ສະໜາມບິນໄປໂຮງແຮມແນວໃດ",
            "会场有清真餐吗？",
            "ABCDEFGHJKMNPQRSTVWX",
            "0084 912 345 678",
            "+84 912 345 678",
            "",
        ] {
            assert_eq!(read_typed(text), Typed::NotCode, "{text}");
        }
    }

    #[test]
    fn payloads_tell_invitations_from_check_ins() {
        assert_eq!(
            read_payload("7K3MQ0RD1ZX9W2P4HT6A"),
            Payload::Invitation("7K3MQ0RD1ZX9W2P4HT6A".into())
        );
        assert_eq!(
            read_payload("ci_7K3MQ0RD1ZX9W2P4HT6A"),
            Payload::CheckIn("7K3MQ0RD1ZX9W2P4HT6A".into())
        );
        assert_eq!(read_payload("ci_7k3mq0rd1zx9w2p4ht6a"), Payload::Unknown);
        assert_eq!(read_payload("ci_"), Payload::Unknown);
        assert_eq!(read_payload("hello"), Payload::Unknown);
        assert_eq!(
            pasted_check_in("https://t.me/desk_bot?start=ci_7K3MQ0RD1ZX9W2P4HT6A"),
            Some("7K3MQ0RD1ZX9W2P4HT6A".into())
        );
        assert_eq!(
            pasted_check_in("https://t.me/desk_bot?start=7K3MQ0RD1ZX9W2P4HT6A"),
            None
        );
        assert_eq!(read_payload("7K3MQ0RD1ZX9W2P4HT6"), Payload::Unknown);
        assert_eq!(read_payload("invite_ABC-123"), Payload::Unknown);
    }
}
