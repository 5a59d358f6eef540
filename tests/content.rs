//! The bundled event and its ten languages are complete, consistent and
//! translated: what `delegate-desk check` verifies, plus no English left in
//! place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use delegate_desk::content::{Content, Folder};
use delegate_desk::event;
use delegate_desk::i18n::{Lang, parse_locales};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load() -> Content {
    let event = Folder::read(&root().join("events/nanning-2025")).unwrap();
    let locales = Folder::read(&root().join("locales")).unwrap();
    match Content::load(&event, &locales) {
        Ok(c) => c,
        Err(problems) => {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{listed:#?}")
        }
    }
}

#[test]
fn bundled_event_and_locales_pass_the_check() {
    load();
}

#[test]
fn the_bundled_event_is_the_nanning_dialogue() {
    let e = load().event;
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

/// The pins agree with sources other than the ones event.toml copied them
/// from: points published in Chinese map systems, converted to WGS-84 (by
/// the bot's own conversion), land on them. The old pins did not.
#[test]
fn the_pins_agree_with_other_sources() {
    use event::Datum;
    let e = load().event;
    let pin = |id: &str| {
        let v = e.venue(id).unwrap();
        (v.lat, v.lon)
    };
    for (id, datum, published, within_m) in [
        // Baidu's pin for the convention centre (the bot's old pin).
        ("nicec", Datum::Bd09, (22.8140, 108.3853), 150.0),
        // A public GCJ-02 listing of the convention centre's car park.
        ("nicec", Datum::Gcj02, (22.808643, 108.379759), 150.0),
        // Amap's point for Qingxiu Mountain (GCJ-02), seen in public code.
        ("qingxiu", Datum::Gcj02, (22.78705, 108.38863), 30.0),
    ] {
        let converted = datum.to_wgs84(published.0, published.1);
        let off = event::distance_m(pin(id), converted);
        assert!(
            off < within_m,
            "{id} is {off:.0} m from {datum:?} {published:?}"
        );
        // Taken as it is, the published point would be far off.
        assert!(event::distance_m(pin(id), published) > 400.0, "{id}");
    }
    // The station's old pin was on Minzu Avenue, kilometres away.
    assert!(event::distance_m(pin("east-station"), (22.8126, 108.4200)) > 3000.0);
}

#[test]
fn the_taxi_card_for_nanning_east_gives_the_street_address() {
    let e = load().event;
    let station = e.venue("east-station").unwrap();
    assert_eq!(
        station.local_address,
        "广西壮族自治区南宁市青秀区长虹路66号"
    );
}

/// Public reports: the agreements were signed and the Nanning Initiative
/// released at the main event, on 16 January, at the convention centre.
#[test]
fn the_signing_and_the_initiative_are_at_the_main_event() {
    let e = load().event;
    for kind in [event::SessionKind::Signing, event::SessionKind::Release] {
        let s = e.sessions.iter().find(|s| s.kind == kind).unwrap();
        assert_eq!(s.date.to_string(), "2025-01-16", "{kind:?}");
        assert_eq!(s.venue, "nicec", "{kind:?}");
    }
}

#[test]
fn every_language_lists_the_traffic_accident_number() {
    let c = load();
    for lang in Lang::ALL {
        let text = c.i18n.text(lang, "contact-emergency");
        for number in ["110", "119", "120", "122"] {
            assert!(text.contains(number), "{}: {text}", lang.code());
        }
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
    // Country names that are the same in English (Indonesia, Thailand,
    // Timor-Leste …; Filipino keeps the English official names), and
    // dietary terms borrowed as they are (Halal, Vegan, Vegetarian).
    ("id", "country-*"),
    ("ms", "country-*"),
    ("fil", "country-*"),
    ("id", "diet-halal"),
    ("ms", "diet-halal"),
    ("fil", "diet-halal"),
    ("id", "diet-vegan"),
    ("ms", "diet-vegan"),
    ("fil", "diet-vegan"),
    ("id", "diet-vegetarian"),
    ("ms", "diet-vegetarian"),
    ("fil", "diet-vegetarian"),
    // Language names Filipino writes as English does (Filipino, Khmer,
    // Malay, Thai).
    ("fil", "ticket-language-*"),
];

fn english_left_in_place(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut p = Vec::new();
    let locales = parse_locales(&Folder::read(root).unwrap(), &mut p);
    let en = &locales[&Lang::En].messages;
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
            let allowed = SAME_AS_ENGLISH.iter().any(|(l, i)| {
                (*l == "*" || *l == lang.code())
                    && (i == id || i.strip_suffix('*').is_some_and(|p| id.starts_with(p)))
            });
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
