//! The bundled event and its ten languages are complete, consistent and
//! translated: what `delegate-desk check` verifies, plus no English left in
//! place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use delegate_desk::event;
use delegate_desk::i18n::{Lang, read_locale};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn bundled_event_and_locales_pass_the_check() {
    let problems = event::check(&root().join("events/nanning-2025"), &root().join("locales"));
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{listed:#?}");
}

#[test]
fn the_bundled_event_is_the_nanning_dialogue() {
    let e = event::load(&root().join("events/nanning-2025")).unwrap();
    assert_eq!(e.start_date.to_string(), "2025-01-15");
    assert_eq!(e.end_date.to_string(), "2025-01-18");
    assert_eq!(e.timezone.name(), "Asia/Shanghai");
    let parallel = e
        .sessions
        .iter()
        .filter(|s| s.kind == event::SessionKind::ParallelDialogue)
        .count();
    assert_eq!(parallel, 2, "economic & trade, cultural tourism");
    for kind in [event::SessionKind::Signing, event::SessionKind::Release] {
        assert!(e.sessions.iter().any(|s| s.kind == kind), "{kind:?}");
    }
    for v in &e.venues {
        assert!(
            (21.0..24.0).contains(&v.lat) && (107.0..110.0).contains(&v.lon),
            "{} is not in Nanning",
            v.id
        );
        assert!(v.local_address.contains("南宁市"), "{}", v.local_address);
    }
}

/// Texts that may legitimately read the same as English.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    ("*", "event-city"),            // "Nanning"
    ("*", "transport-metro-title"), // "🚇 Metro"
    ("id", "date-month-4"),         // April
    ("id", "date-month-9"),         // September
    ("id", "date-month-11"),        // November
    ("ms", "date-month-4"),
    ("ms", "date-month-9"),
    ("ms", "date-month-11"),
];

fn english_left_in_place(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut p = Vec::new();
    let en = read_locale(&root.join("en"), &mut p);
    let sources: BTreeMap<Lang, String> = Lang::ALL
        .iter()
        .map(|l| {
            let mut all = String::new();
            for entry in std::fs::read_dir(root.join(l.code())).unwrap() {
                all.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
            }
            (*l, all)
        })
        .collect();
    let value = |src: &str, id: &str| -> Option<String> {
        let mut lines = src
            .lines()
            .skip_while(|l| !l.starts_with(&format!("{id} =")));
        let first = lines.next()?;
        let mut v = first.split_once('=')?.1.trim().to_string();
        for l in lines.take_while(|l| l.starts_with(' ')) {
            v.push('\n');
            v.push_str(l.trim());
        }
        Some(v)
    };
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for id in en.keys() {
            let english = value(&sources[&Lang::En], id).unwrap_or_default();
            let words: String = english
                .split(['{', '}', '<', '>'])
                .step_by(2)
                .collect::<Vec<_>>()
                .join(" ");
            let has_words = words
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 4);
            let allowed = SAME_AS_ENGLISH
                .iter()
                .any(|(l, i)| (*l == "*" || *l == lang.code()) && i == id);
            if has_words
                && !allowed
                && value(&sources[&lang], id).as_deref() == Some(english.as_str())
            {
                problems.push(format!("{}: `{id}` is still English", lang.code()));
            }
        }
    }
    problems
}

#[test]
fn no_english_is_left_in_place() {
    let mut problems = english_left_in_place(&root().join("locales"));
    problems.extend(english_left_in_place(
        &root().join("events/nanning-2025/locales"),
    ));
    assert!(problems.is_empty(), "{problems:#?}");
}
