//! A typed question against the bundled event. The first byte picks the
//! reader's language (`'0'` English, `'1'` Chinese, … `'9'` Burmese; any
//! other byte picks one too), the rest is the question.
#![no_main]

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
use delegate_desk::content::Content;
use delegate_desk::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let content = Content::bundled().expect("the bundled content loads");
        content.questions();
        content
    })
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 1, 16)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a valid moment")
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let lang = Lang::ALL[usize::from(first.wrapping_sub(b'0')) % Lang::ALL.len()];
    let content = content();
    let found = content.questions().ask(&content.event, text, lang, now());
    // A NaN or an infinity would make the ranking meaningless.
    for x in [found.coverage, found.found, found.score] {
        assert!(x.is_finite(), "{found:?}");
    }
});
