//! Views are pure: every screen renders from the content, a language and a
//! moment, without a database or a bot. Each fits Telegram's rules in each
//! language.

#[path = "common/mod.rs"]
mod common;

use chrono::{DateTime, Utc};
use common::{assert_valid_html, content, in_script};
use delegate_desk::i18n::Lang;
use delegate_desk::telegram::callback::Callback;
use delegate_desk::telegram::screen::Screen;
use delegate_desk::telegram::views::{
    View, help, menu, organiser, schedule, transport, venues, volunteer,
};
use teloxide::types::InlineKeyboardButtonKind;

fn check(what: &str, lang: Lang, screen: &Screen) {
    assert!(
        !screen.text.trim().is_empty(),
        "{what} in {lang:?} is empty"
    );
    assert_valid_html(&screen.fitted_text());
    check_buttons(what, lang, screen);
}

fn check_buttons(what: &str, lang: Lang, screen: &Screen) {
    for button in screen.rows.iter().flatten() {
        let InlineKeyboardButtonKind::CallbackData(data) = &button.kind else {
            panic!("{what}: a button without callback data");
        };
        assert!(
            Callback::decode(data).is_some(),
            "{what} in {lang:?}: button {:?} has data {data:?} that does not decode",
            button.text
        );
    }
}

#[test]
fn every_screen_renders_in_every_language_without_a_database() {
    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-16T02:30:00Z".parse().unwrap();
    let e = &content.event;
    let mut screens = 0;
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        let mut all = vec![
            ("menu", menu::menu(&v)),
            ("languages", menu::languages(&v)),
            ("greeting", menu::greeting(&v, "Somchai <&>")),
            ("programme", schedule::programme(&v)),
            ("now", schedule::now(&v)),
            ("venues", venues::list(&v)),
            ("transport", transport::topics(&v)),
            ("help", help::help(&v)),
            ("volunteers", volunteer::help(&v)),
            (
                "stats",
                organiser::stats(
                    &v,
                    &[(Some("th".into()), 12), (None, 3), (Some("my".into()), 1)],
                ),
            ),
            ("stats, none yet", organiser::stats(&v, &[])),
        ];
        for d in e.days() {
            all.push(("day", schedule::day(&v, d, 0).unwrap()));
        }
        for s in &e.sessions {
            all.push(("session", schedule::session(&v, &s.id, None).unwrap()));
        }
        for venue in &e.venues {
            all.push(("taxi card", venues::taxi_card(&v, &venue.id).unwrap()));
            let pin = venues::pin(&v, &venue.id).unwrap();
            assert_eq!((pin.lat, pin.lon), (venue.lat, venue.lon));
            assert!(!pin.title.is_empty() && !pin.address.is_empty());
            assert!(
                !pin.buttons.rows.is_empty(),
                "the pin has its taxi-card button"
            );
            check_buttons("pin", lang, &pin.buttons);
        }
        for t in &e.transport {
            all.push(("topic", transport::topic(&v, &t.id, 0).unwrap()));
        }
        for (what, screen) in &all {
            check(what, lang, screen);
            screens += 1;
        }
        // The Thai reader reads Thai, the Lao reader Lao: here on the
        // volunteers' help and the organisers' figures too.
        if matches!(lang, Lang::Th | Lang::Lo | Lang::Km | Lang::My | Lang::ZhCn) {
            for (what, screen) in &all[..10] {
                assert!(
                    in_script(&screen.text, lang),
                    "{what} in {lang:?}: {}",
                    screen.text
                );
            }
        }
    }
    let per_language = 11 + e.days().len() + e.sessions.len() + e.venues.len() + e.transport.len();
    assert_eq!(screens, Lang::ALL.len() * per_language);
}

#[test]
fn organisers_figures_name_each_language_in_itself() {
    let content = std::sync::Arc::new(content(None));
    let v = View::new(content.clone(), Lang::En, Utc::now());
    let text = organiser::stats(
        &v,
        &[(Some("th".into()), 12), (None, 3), (Some("lo".into()), 1)],
    )
    .text;
    assert!(text.contains("16 delegates"), "{text}");
    assert!(
        text.contains("ไทย: 12") && text.contains("ພາສາລາວ: 1"),
        "{text}"
    );
    let none = organiser::stats(&v, &[]).text;
    assert!(none.contains("No delegate"), "{none}");
    assert!(!none.contains(": 0"), "{none}");
}

/// Every registration screen, in every state, in every language: valid
/// Telegram HTML, buttons that decode, captions within 1024 characters,
/// and the reader's script.
#[test]
fn registration_screens_render_in_every_language_and_every_state() {
    use delegate_desk::db::invitations::Invitation;
    use delegate_desk::registration::checkin::Ticket;
    use delegate_desk::registration::profile::{Country, Draft, Field, Interpretation};
    use delegate_desk::registration::seats::Registered;
    use delegate_desk::telegram::views::registration::{self as rv, Mine, SeatInfo};

    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-14T02:00:00Z".parse().unwrap();
    let e = &content.event;
    let trade = e.session("dialogue-trade").unwrap();
    let tourism = e.session("dialogue-tourism").unwrap();
    let seat = |left, open, mine| SeatInfo {
        left,
        capacity: 120,
        open,
        mine,
        personal: true,
    };
    let draft = Draft {
        full_name: Some("Nguyễn <Văn> & An".into()),
        title: Some("Mayor".into()),
        city: Some("Đà Nẵng".into()),
        country: Some(Country::Other("Japan".into())),
        organisation: Some("People's Committee".into()),
        diet: Some("other".into()),
        diet_note: Some("no peanuts".into()),
        interpretation: Some(Interpretation::Into(Lang::Vi)),
    };
    let inv = Invitation {
        code: "7K3MQ0RD1ZX9W2P4HT6A".into(),
        delegation: "Hội An <&>".into(),
        people: 5,
        expires_on: Some("2025-01-15".parse().unwrap()),
        revoked: false,
        used: 2,
        created_at: String::new(),
    };
    let ticket = Ticket {
        telegram_id: 1,
        session_id: trade.id.clone(),
        full_name: "Somchai <&>".into(),
        delegation: "Chiang Mai".into(),
        checked_in_at: None,
    };
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        let mut all = vec![
            (
                "dialogues",
                rv::dialogues(
                    &v,
                    &[
                        (trade, seat(12, true, Some(Mine::Confirmed))),
                        (
                            tourism,
                            seat(0, true, Some(Mine::Waitlisted { position: 3 })),
                        ),
                    ],
                    true,
                ),
            ),
            ("dialogues, none", rv::dialogues(&v, &[], true)),
            (
                "dialogues, in a group",
                rv::dialogues(
                    &v,
                    &[(
                        trade,
                        SeatInfo {
                            personal: false,
                            ..seat(3, true, None)
                        },
                    )],
                    false,
                ),
            ),
            (
                "agenda",
                rv::agenda(
                    &v,
                    &[
                        (trade.clone(), Mine::Confirmed),
                        (tourism.clone(), Mine::Waitlisted { position: 2 }),
                    ],
                ),
            ),
            ("agenda, empty", rv::agenda(&v, &[])),
            ("profile", rv::profile(&v, "Hội An <&>", &draft)),
            ("promoted", rv::promoted(&v, trade)),
            (
                "check-in card",
                rv::checkin_card(&v, &ticket, trade, "7K3MQ0RD1ZX9W2P4HT6A"),
            ),
            (
                "invitation",
                organiser::invitation_created(
                    &v,
                    &inv,
                    "https://t.me/desk_bot?start=7K3MQ0RD1ZX9W2P4HT6A",
                ),
            ),
            (
                "invitations",
                organiser::invitations(
                    &v,
                    std::slice::from_ref(&inv),
                    "2025-01-14".parse().unwrap(),
                    0,
                ),
            ),
            (
                "registrations",
                organiser::registrations(&v, &[(trade, 121, 4, 0)]),
            ),
            (
                "reloaded",
                organiser::reloaded(&v, 3, &[(trade.id.clone(), 2)]),
            ),
            (
                "reload failed",
                organiser::reload_failed(&v, &["event.toml:3: capacity -1 <bad>".into()]),
            ),
        ];
        for mine in [
            None,
            Some(Mine::Confirmed),
            Some(Mine::Waitlisted { position: 7 }),
        ] {
            for (left, open) in [(5, true), (0, true), (5, false)] {
                all.push((
                    "session",
                    schedule::session(&v, &trade.id, Some(&seat(left, open, mine))).unwrap(),
                ));
            }
        }
        for outcome in [
            Registered::Confirmed,
            Registered::Waitlisted { position: 4 },
            Registered::AlreadyConfirmed,
            Registered::AlreadyWaitlisted { position: 1 },
            Registered::Clash {
                other: tourism.id.clone(),
                seats_left: 3,
            },
            Registered::Clash {
                other: tourism.id.clone(),
                seats_left: 0,
            },
            Registered::Closed,
            Registered::NotRegistrable,
            Registered::NotInvited,
            Registered::ProfileIncomplete,
        ] {
            all.push(("outcome", rv::registered(&v, trade, &outcome)));
        }
        for f in Field::ASKED.into_iter().chain([Field::DietNote]) {
            all.push(("question", rv::question(&v, f)));
        }
        for (what, screen) in &all {
            check(what, lang, screen);
            if matches!(lang, Lang::Th | Lang::Lo | Lang::Km | Lang::My | Lang::ZhCn) {
                assert!(
                    in_script(&screen.text, lang),
                    "{what} in {lang:?}: {}",
                    screen.text
                );
            }
        }
        for caption in [rv::code_caption(&v, trade), rv::ics_caption(&v)] {
            assert!(caption.encode_utf16().count() <= 1024);
            assert_valid_html(&caption);
        }
        // Names are escaped, never markup.
        let profile = &all.iter().find(|(what, _)| *what == "profile").unwrap().1;
        assert!(profile.text.contains("Nguyễn &lt;Văn&gt; &amp; An"));
    }
}

/// Every answer a typed question can get, the offer of a volunteer, and a
/// ticket in the volunteers' group (in every language, with a question in
/// another script and markup-like text), fit Telegram's rules; a ticket
/// never shows more of the delegate than their first name and delegation.
#[test]
fn question_screens_render_in_every_language() {
    use delegate_desk::db::tickets::{Status, Ticket};
    use delegate_desk::questions::{Answer, Part};
    use delegate_desk::telegram::views::questions as qv;
    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-15T02:00:00Z".parse().unwrap();
    let e = &content.event;
    let mut answers: Vec<Answer> = e.faq.iter().map(|f| Answer::Faq(f.id.clone())).collect();
    answers.extend(e.sessions.iter().map(|s| Answer::Session(s.id.clone())));
    answers.extend(e.venues.iter().map(|v| Answer::Venue(v.id.clone())));
    answers.extend(e.transport.iter().map(|t| Answer::Transport(t.id.clone())));
    answers.extend([
        Answer::Now,
        Answer::Programme,
        Answer::Day {
            date: "2025-01-16".parse().unwrap(),
            part: Some(Part::Afternoon),
        },
        Answer::Day {
            date: "2025-01-20".parse().unwrap(),
            part: None,
        },
    ]);
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        for a in &answers {
            let screen = qv::answer(&v, a, 42, None).unwrap();
            check(&a.label(), lang, &screen);
            assert!(
                screen.rows.iter().flatten().any(|b| matches!(
                    &b.kind,
                    InlineKeyboardButtonKind::CallbackData(d) if d == "a:42"
                )),
                "{} in {lang:?}: no Ask a volunteer",
                a.label()
            );
        }
        check("unsure", lang, &qv::unsure(&v, 42));
        check("prompt", lang, &qv::prompt(&v));
        check("sent", lang, &qv::sent(&v, 7));
        check("closed", lang, &qv::closed(&v, 7));
        check(
            "languages",
            lang,
            &qv::volunteer_languages(&v, &["th".into()]),
        );
        let mut t = Ticket {
            id: 7,
            telegram_id: 1,
            lang: "km".into(),
            question: "<b>ស្អែក</b> & \"why\"? ".repeat(300),
            first_name: "Sok <Dara>".into(),
            delegation: Some("Phnom Penh & Siem Reap".into()),
            status: Status::Open,
            group_chat_id: Some(-100),
            group_message_id: Some(5),
            thread_id: None,
            claimed_by: None,
            claimed_name: None,
            created_at: now,
        };
        let mentions = [(55, "Mei <3".to_string())];
        let post = qv::ticket_post(&v, &t, &mentions);
        check("ticket", lang, &post);
        assert!(
            post.fitted_text().contains("Sok &lt;Dara&gt;"),
            "{}",
            post.text
        );
        assert!(post.fitted_text().contains("tg://user?id=55"));
        t.status = Status::Claimed;
        t.claimed_name = Some("Mei".into());
        check("claimed ticket", lang, &qv::ticket_post(&v, &t, &[]));
        check(
            "closed ticket",
            lang,
            &qv::ticket_closed(&v, &t, Some("Mei")),
        );
        check("re-raised", lang, &qv::reraise(&v, &t, 12, &mentions));
        let topic = qv::topic_name(&v, &t);
        assert!(topic.chars().count() <= 128 && !topic.is_empty(), "{topic}");
    }
}

#[test]
fn announcement_screens_and_change_notices_render_in_every_language() {
    use delegate_desk::announcements::changes::{self, Edit};
    use delegate_desk::announcements::outbox::Report;
    use delegate_desk::announcements::{Audience, Notice};
    use delegate_desk::db::announcements::{Announcement, Counts, Kind, State};
    use delegate_desk::telegram::conversation::AnnouncementDraft;
    use delegate_desk::telegram::views::announcements as av;

    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-16T02:30:00Z".parse().unwrap();
    let e = &content.event;
    // The opening delayed by 30 minutes; a dialogue moved to another room;
    // the visit cancelled.
    let opening = e.session("opening").unwrap();
    let trade = e.session("dialogue-trade").unwrap();
    let delayed = changes::edit(e, None, opening, &Edit::Delay(30)).unwrap();
    let room = e
        .venue(&trade.venue)
        .unwrap()
        .rooms
        .iter()
        .find(|r| Some(*r) != trade.room.as_ref())
        .unwrap()
        .clone();
    let moved = changes::edit(
        e,
        None,
        trade,
        &Edit::Move {
            venue: trade.venue.clone(),
            room: Some(room),
        },
    )
    .unwrap();
    let initiative = e.session("initiative").unwrap();
    let cancelled = changes::edit(e, None, initiative, &Edit::Cancel).unwrap();
    let after = changes::apply(e, &[delayed, moved, cancelled]);
    let notices = changes::notices(e, &after);
    assert_eq!(notices.len(), 3, "{notices:?}");
    let shuttle = Notice::Shuttle {
        shuttle: e.shuttles[0].id.clone(),
        before: e.shuttles[0].times.clone(),
        after: vec!["07:45".parse().unwrap()],
    };
    let row = Announcement {
        id: 7,
        kind: Kind::Message,
        notice: None,
        audience: "all".into(),
        summary: "Shuttles <leave> at 8:00 & later".into(),
        needs_ack: true,
        state: State::Sending,
        created_by: 1,
        created_at: "2025-01-16T01:00:00Z".into(),
        finished_at: None,
        progress: Some((1, 2)),
    };
    let counts = Counts {
        pending: 10,
        sent: 80,
        failed: 1,
        unreachable: 2,
        acked: 40,
        ..Counts::default()
    };
    let mut draft = AnnouncementDraft::new();
    draft.original = Some((1, 2));
    draft.summary = row.summary.clone();
    draft.versions.push((Lang::Th, 1, 3));
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        for (n, _) in notices
            .iter()
            .chain([(shuttle.clone(), Audience::Everyone)].iter())
        {
            let text = av::notice(&v, n);
            assert_valid_html(&text);
            assert!(in_script(&text, lang), "{lang:?}: {text}");
            assert!(!av::notice_title(&v, n).contains('<'), "{lang:?}");
        }
        let cancel_text = av::notice(
            &v,
            &notices
                .iter()
                .find(|(n, _)| {
                    matches!(
                        n,
                        Notice::Session {
                            cancelled: true,
                            ..
                        }
                    )
                })
                .unwrap()
                .0,
        );
        assert!(cancel_text.starts_with('❌'), "{lang:?}: {cancel_text}");
        let delay_text = av::notice(&v, &notices.iter().find(|(n, _)| n.retimed()).unwrap().0);
        assert!(
            delay_text.contains("09:00 → <b>09:30</b>"),
            "{lang:?}: {delay_text}"
        );
        let report = |finished, state| Report {
            announcement: Announcement {
                state,
                ..row.clone()
            },
            counts,
            rate: 29.4,
            finished,
        };
        let screens = [
            ("prompt", av::prompt(&v)),
            (
                "composer",
                av::composer(&v, &draft, "Everyone", &[(Lang::Th, 3), (Lang::En, 90)]),
            ),
            ("audiences", av::audiences(&v)),
            ("versions", av::version_languages(&v, &draft)),
            ("progress", av::progress(&v, &report(false, State::Sending))),
            ("done", av::progress(&v, &report(true, State::Done))),
            ("stopped", av::progress(&v, &report(true, State::Stopped))),
            ("list", av::list(&v, &[(row.clone(), counts)])),
            (
                "latest",
                av::latest(&v, &[(row.clone(), "Shuttles".into())]),
            ),
            ("change", av::change_menu(&v, opening)),
            ("move", av::move_venues(&v, opening)),
            (
                "schedule",
                schedule::session(
                    &View::new(
                        std::sync::Arc::new(content.with_event(after.clone())),
                        lang,
                        now,
                    ),
                    "opening",
                    None,
                )
                .unwrap(),
            ),
        ];
        for (what, screen) in &screens {
            check(what, lang, screen);
            assert!(
                in_script(&screen.text, lang),
                "{what} in {lang:?}: {}",
                screen.text
            );
        }
        assert!(
            screens[1].1.text.contains("&lt;leave&gt;"),
            "the summary is escaped"
        );
        assert!(
            screens[11].1.text.contains("⚠️"),
            "{lang:?}: the programme marks the change"
        );
    }
}

#[test]
fn reminders_briefings_and_settings_render_in_every_language() {
    use delegate_desk::announcements::reminders::day_of;
    use delegate_desk::db::settings::Settings;
    use delegate_desk::telegram::views::reminders as rv;

    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-15T23:45:00Z".parse().unwrap();
    let e = &content.event;
    let trade = e.session("dialogue-trade").unwrap();
    let date = trade.date;
    let registered = vec![trade.id.clone()];
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        let reminder = rv::reminder(&v, trade, 15, true);
        let with_seat = rv::briefing(&v, date, &day_of(e, &registered, date));
        let without = rv::briefing(&v, date, &day_of(e, &[], date));
        let free = rv::briefing(&v, date, &[]);
        let on = rv::settings(&v, Settings::default());
        let off = rv::settings(
            &v,
            Settings {
                reminder: None,
                briefing: false,
            },
        );
        for (what, screen) in [
            ("reminder", &reminder),
            ("briefing", &with_seat),
            ("briefing without seats", &without),
            ("free day", &free),
            ("settings", &on),
            ("settings off", &off),
        ] {
            check(what, lang, screen);
            assert!(
                in_script(&screen.text, lang),
                "{what} in {lang:?}: {}",
                screen.text
            );
        }
        let title = v.raw("session-dialogue-trade-title");
        assert!(reminder.text.contains("15"), "{lang:?}");
        assert!(
            reminder
                .rows
                .iter()
                .flatten()
                .any(|b| matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(d) if d.starts_with("x:"))),
            "{lang:?}: the taxi card, coming from elsewhere"
        );
        assert!(
            with_seat
                .text
                .contains(&delegate_desk::telegram::screen::esc(&title)),
            "{lang:?}"
        );
        assert!(
            !without
                .text
                .contains(&delegate_desk::telegram::screen::esc(&title)),
            "{lang:?}"
        );
        assert!(
            with_seat.text.contains("08:15"),
            "{lang:?}: the day's shuttles"
        );
        // The current setting is ticked.
        let ticked: Vec<&str> = on
            .rows
            .iter()
            .flatten()
            .filter(|b| b.text.starts_with('✅'))
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(ticked.len(), 1, "{lang:?}: {ticked:?}");
        assert!(ticked[0].contains("15"), "{lang:?}");
    }
}
