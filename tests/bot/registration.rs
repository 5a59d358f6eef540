//! Registration as delegates, organisers and volunteers see it: invitation
//! codes (by link and typed), the profile conversation, seats, waitlists
//! and promotion, clashes, the cut-off, the agenda and its calendar file,
//! the organisers' commands, reloads, and check-in at the door.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::NaiveDate;
use delegate_desk::app::{App, Roles};
use delegate_desk::db::{attendees, delegates, registrations};
use delegate_desk::i18n::Lang;
use delegate_desk::registration::invitations;
use delegate_desk::registration::profile::{Country, Draft, Interpretation};
use delegate_desk::telegram::callback::{Back, Callback};
use teloxide_tests::server::Responses;
use teloxide_tests::{MockCallbackQuery, MockMessageText, MockPrivateChat, MockUser};

use crate::common::*;

/// Before the event: registration is open.
const BEFORE: &str = "2025-01-14T10:00:00+08:00";
const ORGANISER: u64 = 9001;
const VOLUNTEER: u64 = 7007;
const VOLUNTEERS: i64 = -1_001_777;

fn roles() -> Roles {
    Roles {
        organisers: BTreeSet::from([ORGANISER]),
        volunteer_chat: Some(VOLUNTEERS),
        ..Default::default()
    }
}

fn from(id: u64, lang: &str) -> teloxide::types::User {
    let mut u = MockUser::new().id(id).first_name("Delegate");
    u.language_code = Some(lang.into());
    u.build()
}

/// A message from `id` in their private chat; each has a new message id,
/// as in Telegram.
fn msg(id: u64, lang: &str, body: &str) -> MockMessageText {
    static NEXT: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(1000);
    msg_with_id(
        id,
        lang,
        body,
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
    )
}

fn msg_with_id(id: u64, lang: &str, body: &str, message_id: i32) -> MockMessageText {
    MockMessageText::new()
        .id(message_id)
        .text(body)
        .from(from(id, lang))
        .chat(MockPrivateChat::new().id(id as i64).build())
}

/// A tap on a button of a screen the bot showed in `id`'s private chat.
fn tap(id: u64, lang: &str, cb: Callback) -> MockCallbackQuery {
    let screen = MockMessageText::new()
        .text("a screen")
        .id(900)
        .chat(MockPrivateChat::new().id(id as i64).build())
        .build();
    MockCallbackQuery::new()
        .data(cb.encode())
        .from(from(id, lang))
        .message(screen)
}

/// The callback data of every button sent or edited.
fn all_buttons(r: &Responses) -> Vec<String> {
    r.sent_messages_text
        .iter()
        .map(|m| &m.bot_request.reply_markup)
        .chain(
            r.edited_messages_text
                .iter()
                .map(|m| &m.bot_request.reply_markup),
        )
        .flat_map(button_data)
        .collect()
}

/// Sends one update and returns what the bot did (checked valid).
async fn say<T: teloxide_tests::IntoUpdate>(app: &Arc<App>, update: T) -> Responses {
    let mut bot = bot_for(app.clone(), update);
    bot.dispatch().await;
    checked(bot.get_responses())
}

/// Every text the bot sent or edited, joined, as read.
fn all_text(r: &Responses) -> String {
    let mut out: Vec<String> = texts(r).iter().map(|t| plain(t)).collect();
    out.extend(
        r.sent_messages_photo
            .iter()
            .filter_map(|p| p.bot_request.caption.clone()),
    );
    out.extend(
        r.sent_messages_document
            .iter()
            .filter_map(|p| p.bot_request.caption.clone()),
    );
    out.join("\n")
}

fn tr(app: &App, lang: Lang, id: &str) -> String {
    app.content().i18n.text(lang, id)
}

async fn invite(app: &App, delegation: &str, people: i64, expires: Option<&str>) -> String {
    invitations::create(
        &app.db,
        delegation,
        people,
        expires.map(|d| d.parse::<NaiveDate>().unwrap()),
        Some(ORGANISER as i64),
        app.clock.now(),
    )
    .await
    .unwrap()
}

/// A delegate with a finished profile, in `delegation`'s invitation.
async fn registered_delegate(app: &App, code: &str, id: u64, name: &str) {
    let mut c = app.db.conn().await.unwrap();
    attendees::join(&mut c, id as i64, code, app.clock.now())
        .await
        .unwrap();
    let draft = Draft {
        full_name: Some(name.into()),
        title: Some("Mayor".into()),
        city: Some("City".into()),
        country: Some(Country::Listed("th".into())),
        organisation: Some("City Hall".into()),
        diet: Some("halal".into()),
        diet_note: None,
        interpretation: Some(Interpretation::Into(Lang::En)),
    };
    assert!(
        attendees::save_profile(&mut c, id as i64, &draft.to_row(), app.clock.now())
            .await
            .unwrap()
    );
}

async fn app_with(capacity: u32, now: &str) -> (TestApp, tempfile::TempDir) {
    let dir =
        bundled_copy(|toml| toml.replace("capacity = 120", &format!("capacity = {capacity}")));
    let t = TestApp::new(
        TestDb::sqlite().await,
        Some(dir.path().to_path_buf()),
        roles(),
        now,
    )
    .await;
    (t, dir)
}

#[tokio::test]
async fn a_thai_delegate_opens_the_link_and_fills_in_the_profile_in_thai() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Chiang Mai", 3, None).await;
    let id = 501;

    let r = say(&app, msg(id, "th", &format!("/start {code}"))).await;
    let welcome = &r.sent_messages_text[0].bot_request.text;
    assert!(in_script(welcome, Lang::Th), "{welcome}");
    assert!(welcome.contains("Chiang Mai"));
    assert!(
        all_text(&r).contains(&plain(&tr(&app, Lang::Th, "profile-ask-full-name"))),
        "the first question follows, in Thai"
    );

    // An answer that cannot be printed is refused, in Thai, and asked again.
    let r = say(&app, msg(id, "th", "สมชาย\u{202E} ใจดี")).await;
    let text = all_text(&r);
    assert!(text.contains(&tr(&app, Lang::Th, "profile-invalid-characters")));
    assert!(text.contains(&plain(&tr(&app, Lang::Th, "profile-ask-full-name"))));
    // Too long.
    let r = say(&app, msg(id, "th", &"ก".repeat(101))).await;
    assert!(all_text(&r).contains("100"), "{}", all_text(&r));
    // A photo is not an answer: asked again.
    for answer in ["  สมชาย   ใจดี ", "นายกเทศมนตรี", "เชียงใหม่"]
    {
        say(&app, msg(id, "th", answer)).await;
    }
    // Country: a button; a typed answer would also do.
    let r = say(&app, tap(id, "th", Callback::Country("th".into()))).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Th, "profile-ask-organisation"))));
    say(&app, msg(id, "th", "เทศบาลนครเชียงใหม่")).await;
    // Diet: typing is refused (buttons only); "other" asks for a description.
    let r = say(&app, msg(id, "th", "halal")).await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Th, "profile-invalid-choose")));
    say(&app, tap(id, "th", Callback::Diet("other".into()))).await;
    let r = say(&app, msg(id, "th", "แพ้ถั่ว")).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Th, "profile-ask-interpretation"))));
    let r = say(
        &app,
        tap(id, "th", Callback::Interpretation("zh-CN".into())),
    )
    .await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Th, "profile-saved"))));

    let a = attendees::get(&mut app.db.conn().await.unwrap(), id as i64)
        .await
        .unwrap()
        .unwrap();
    assert!(a.complete);
    assert_eq!(a.delegation, "Chiang Mai");
    assert_eq!(a.profile.full_name.as_deref(), Some("สมชาย ใจดี"));
    assert_eq!(a.profile.country_code.as_deref(), Some("th"));
    assert_eq!(a.profile.diet.as_deref(), Some("other"));
    assert_eq!(a.profile.diet_note.as_deref(), Some("แพ้ถั่ว"));
    assert_eq!(a.profile.interpretation.as_deref(), Some("zh-CN"));

    // The profile can be viewed and one answer corrected.
    let r = say(&app, msg(id, "th", "/profile")).await;
    assert!(all_text(&r).contains("สมชาย ใจดี"));
    say(
        &app,
        tap(
            id,
            "th",
            Callback::EditField(delegate_desk::registration::profile::Field::City),
        ),
    )
    .await;
    let r = say(&app, msg(id, "th", "ลำพูน")).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Th, "profile-updated"))));
    let a = attendees::get(&mut app.db.conn().await.unwrap(), id as i64)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.profile.city.as_deref(), Some("ลำพูน"));
    assert_eq!(
        a.profile.full_name.as_deref(),
        Some("สมชาย ใจดี"),
        "the rest is kept"
    );
}

#[tokio::test]
async fn a_restart_mid_way_resumes_the_same_question_and_cancel_leaves() {
    let mut t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Vientiane", 2, None).await;
    let id = 502;
    say(&app, msg(id, "lo", &format!("/start {code}"))).await;
    say(&app, msg(id, "lo", "ສົມພອນ ວົງສາ")).await;
    let app = t.restart(BEFORE).await;
    // The next answer is the title's, then the city question comes.
    let r = say(&app, msg(id, "lo", "ເຈົ້າຄອງນະຄອນ")).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Lo, "profile-ask-city"))));
    let r = say(&app, msg(id, "lo", "/cancel")).await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Lo, "profile-cancelled")));
    // After /cancel, text is no longer taken as an answer.
    let r = say(&app, msg(id, "lo", "ວຽງຈັນ")).await;
    assert!(!all_text(&r).contains(&plain(&tr(&app, Lang::Lo, "profile-ask-country"))));
    // /profile picks it up again where it stopped: name and title kept.
    let r = say(&app, msg(id, "lo", "/profile")).await;
    assert!(
        all_text(&r).contains(&plain(&tr(&app, Lang::Lo, "profile-ask-city"))),
        "{}",
        all_text(&r)
    );
    // /cancel with nothing under way says so.
    let r = say(&app, msg(503, "lo", "/cancel")).await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Lo, "fallback-nothing-to-cancel")));
}

#[tokio::test]
async fn typed_codes_work_and_wrong_ones_say_which_and_slow_down() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Hanoi", 1, None).await;
    let expired = invite(&app, "Old", 5, Some("2025-01-10")).await;
    let revoked = invite(&app, "Gone", 5, None).await;
    delegate_desk::db::invitations::revoke(
        &mut app.db.conn().await.unwrap(),
        &revoked,
        app.clock.now(),
    )
    .await
    .unwrap();

    // Typed in lower case with spaces: accepted.
    let spaced = delegate_desk::registration::codes::display(&code)
        .to_lowercase()
        .replace('-', " ");
    let r = say(&app, msg(601, "vi", &spaced)).await;
    assert!(all_text(&r).contains("Hanoi"), "{}", all_text(&r));
    // The one place is taken: used up, for the next person.
    let r = say(&app, msg(602, "vi", &code)).await;
    assert!(
        all_text(&r).starts_with(
            &plain(&tr(&app, Lang::Vi, "invite-used-up"))
                .chars()
                .take(3)
                .collect::<String>()
        )
    );
    assert!(!all_text(&r).contains(&plain(&tr(&app, Lang::Vi, "profile-ask-full-name"))));
    let r = say(&app, msg(602, "vi", &expired)).await;
    assert!(
        all_text(&r).contains("10"),
        "the expiry date is named: {}",
        all_text(&r)
    );
    let r = say(&app, msg(602, "vi", &revoked)).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Vi, "invite-revoked"))));

    // Five wrong codes, then a wait, with how long.
    for i in 0..5 {
        let r = say(&app, msg(603, "km", "7K3MQ-0RD1Z-X9W2P-4HT6A")).await;
        assert!(
            all_text(&r).contains(&plain(&tr(&app, Lang::Km, "invite-not-found"))),
            "try {i}"
        );
    }
    let r = say(&app, msg(603, "km", &code)).await;
    let text = all_text(&r);
    assert!(in_script(&text, Lang::Km));
    assert!(text.contains("10"), "the wait is told: {text}");
    assert!(!text.contains("Hanoi"), "no code is tried while waiting");
    // Someone else is not slowed down.
    let other = invite(&app, "Da Nang", 2, None).await;
    let r = say(&app, msg(604, "vi", &other)).await;
    assert!(all_text(&r).contains("Da Nang"));
}

#[tokio::test]
async fn register_then_full_then_waitlist_then_promotion_told_in_the_promoted_language() {
    let (t, _dir) = app_with(1, BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Phnom Penh", 10, None).await;
    for id in [701, 702, 703] {
        registered_delegate(&app, &code, id, "Sok Dara").await;
    }
    // 702 never chose a language; their app is Khmer.
    say(&app, msg(702, "km", "/menu")).await;
    delegates::set_language(
        &mut app.db.conn().await.unwrap(),
        703,
        "my",
        app.clock.now(),
    )
    .await
    .unwrap();

    let r = say(
        &app,
        tap(701, "id", Callback::Register("dialogue-trade".into())),
    )
    .await;
    let text = all_text(&r);
    assert!(text.contains(&plain(&tr(&app, Lang::Id, "session-dialogue-trade-title"))));
    assert!(in_script(&text, Lang::Id));
    assert_eq!(
        r.sent_messages_photo.len(),
        1,
        "the check-in QR code follows"
    );
    assert!(
        r.sent_messages_photo[0]
            .bot_request
            .caption
            .as_deref()
            .unwrap_or_default()
            .len()
            <= 1024
    );
    // A second delivery of the same tap registers nothing more.
    let r = say(
        &app,
        tap(701, "id", Callback::Register("dialogue-trade".into())),
    )
    .await;
    assert!(
        all_text(&r).contains(
            &plain(&tr(&app, Lang::Id, "register-already-confirmed"))
                .replace("{ $title }", "")
                .chars()
                .take(10)
                .collect::<String>()
        )
    );
    assert_eq!(r.sent_messages_photo.len(), 0);

    let r = say(
        &app,
        tap(702, "km", Callback::Register("dialogue-trade".into())),
    )
    .await;
    assert!(in_script(&all_text(&r), Lang::Km));
    assert!(all_text(&r).contains('1'), "waitlist position 1");
    let r = say(
        &app,
        tap(703, "my", Callback::Register("dialogue-trade".into())),
    )
    .await;
    assert!(all_text(&r).contains('2'), "waitlist position 2");

    // The session screen shows seats and "Cancel" for the one registered.
    let r = say(
        &app,
        tap(701, "id", Callback::Session("dialogue-trade".into())),
    )
    .await;
    let data = all_buttons(&r);
    assert!(data.contains(&"C:dialogue-trade".to_string()), "{data:?}");

    // 701 cancels: 702 (Khmer app, never chose) gets the seat, told in Khmer.
    let r = say(
        &app,
        tap(
            701,
            "id",
            Callback::Cancel {
                id: "dialogue-trade".into(),
                back: Back::Session,
            },
        ),
    )
    .await;
    let to_702: Vec<&String> = r
        .sent_messages_text
        .iter()
        .filter(|m| m.message.chat.id.0 == 702)
        .map(|m| &m.bot_request.text)
        .collect();
    assert_eq!(to_702.len(), 1, "the promoted delegate is told once");
    assert!(in_script(to_702[0], Lang::Km), "{}", to_702[0]);
    assert!(to_702[0].contains(&tr(&app, Lang::Km, "session-dialogue-trade-title")));
    assert_eq!(
        r.sent_messages_photo
            .iter()
            .filter(|p| p.message.chat.id.0 == 702)
            .count(),
        1,
        "with their check-in code"
    );
    let mut c = app.db.conn().await.unwrap();
    let p = registrations::place(&mut c, "dialogue-trade", 702)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.status, registrations::Status::Confirmed);
    let p = registrations::place(&mut c, "dialogue-trade", 703)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.status, registrations::Status::Waitlisted);
    drop(c);
    // Cancelling twice (a redelivered tap) promotes nobody more.
    say(
        &app,
        tap(
            701,
            "id",
            Callback::Cancel {
                id: "dialogue-trade".into(),
                back: Back::Session,
            },
        ),
    )
    .await;
    let mut c = app.db.conn().await.unwrap();
    let p = registrations::place(&mut c, "dialogue-trade", 703)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.status, registrations::Status::Waitlisted);
}

#[tokio::test]
async fn a_clash_names_the_other_session_and_offers_to_switch() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Kuala Lumpur", 2, None).await;
    registered_delegate(&app, &code, 801, "Aminah").await;
    say(
        &app,
        tap(801, "ms", Callback::Register("dialogue-trade".into())),
    )
    .await;
    let r = say(
        &app,
        tap(801, "ms", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    let text = all_text(&r);
    assert!(
        text.contains(&tr(&app, Lang::Ms, "session-dialogue-trade-title")),
        "{text}"
    );
    let data = all_buttons(&r);
    assert!(data.contains(&"W:dialogue-tourism".to_string()), "{data:?}");
    say(
        &app,
        tap(801, "ms", Callback::Switch("dialogue-tourism".into())),
    )
    .await;
    let mut c = app.db.conn().await.unwrap();
    assert!(
        registrations::place(&mut c, "dialogue-trade", 801)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        registrations::place(&mut c, "dialogue-tourism", 801)
            .await
            .unwrap()
            .unwrap()
            .status,
        registrations::Status::Confirmed
    );
}

#[tokio::test]
async fn after_the_cut_off_registration_is_closed_and_without_invitation_it_is_explained() {
    let t = TestApp::with_roles(roles(), "2025-01-16T12:30:00+08:00").await;
    let app = t.app.clone();
    let code = invite(&app, "Manila", 2, None).await;
    registered_delegate(&app, &code, 901, "Maria").await;
    let r = say(
        &app,
        tap(901, "fil", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    assert!(all_text(&r).contains("12:00"), "{}", all_text(&r));
    assert!(
        registrations::place(&mut app.db.conn().await.unwrap(), "dialogue-tourism", 901)
            .await
            .unwrap()
            .is_none()
    );
    // No Register button once closed.
    let r = say(
        &app,
        tap(901, "fil", Callback::Session("dialogue-tourism".into())),
    )
    .await;
    let data = all_buttons(&r);
    assert!(!data.iter().any(|d| d.starts_with("R:")), "{data:?}");
    // Someone without an invitation is told how to get one.
    let t2 = TestApp::with_roles(roles(), BEFORE).await;
    let r = say(
        &t2.app,
        tap(902, "zh-CN", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    assert!(all_text(&r).contains(&plain(&tr(&t2.app, Lang::ZhCn, "invite-needed"))));
}

#[tokio::test]
async fn my_agenda_lists_places_and_its_calendar_file_has_the_right_times() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Singapore", 2, None).await;
    registered_delegate(&app, &code, 1001, "Tan").await;
    say(
        &app,
        tap(1001, "zh-CN", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    let r = say(&app, msg(1001, "zh-CN", "/my")).await;
    let text = all_text(&r);
    assert!(text.contains(&tr(&app, Lang::ZhCn, "session-dialogue-tourism-title")));
    let data = all_buttons(&r);
    assert!(
        data.contains(&"c:dialogue-tourism".to_string()),
        "a cancel button: {data:?}"
    );
    assert!(
        data.contains(&"I".to_string()),
        "the calendar file: {data:?}"
    );

    let r = say(&app, tap(1001, "zh-CN", Callback::Ics)).await;
    let doc = &r.sent_messages_document[0].bot_request;
    assert!(doc.file_name.ends_with(".ics"));
    let calendar: icalendar::Calendar = doc.file_data.parse().expect("the .ics parses");
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 1);
    use icalendar::{CalendarDateTime, Component, DatePerhapsTime};
    let ev = events[0];
    assert_eq!(
        ev.get_summary(),
        Some(tr(&app, Lang::ZhCn, "session-dialogue-tourism-title").as_str())
    );
    // In the event's time zone, at the programme's local times.
    let local = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            assert_eq!(tzid, "Asia/Shanghai");
            date_time
        }
        other => panic!("not a time in the event's zone: {other:?}"),
    };
    let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    assert_eq!(local(ev.get_start()), at("2025-01-16 14:00"));
    assert_eq!(local(ev.get_end()), at("2025-01-16 17:00"));
    assert!(
        doc.file_data.contains("BEGIN:VTIMEZONE") && doc.file_data.contains("TZID:Asia/Shanghai")
    );
    let _ = ev.property_value("LOCATION").expect("a location");

    // Cancelling from the agenda shows the agenda again, now empty.
    let r = say(
        &app,
        tap(
            1001,
            "zh-CN",
            Callback::Cancel {
                id: "dialogue-tourism".into(),
                back: Back::Agenda,
            },
        ),
    )
    .await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::ZhCn, "agenda-empty"))));
}

#[tokio::test]
async fn organiser_commands_are_refused_and_invisible_to_others() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let unknown = t.t(Lang::Th, "fallback-unknown-command");
    for command in [
        "/invite",
        "/invites",
        "/registrations",
        "/export",
        "/reload",
        "/stats",
    ] {
        let r = say(&app, msg(1101, "th", command)).await;
        let text = all_text(&r);
        assert!(text.contains(&unknown), "{command}: {text}");
        assert!(r.sent_messages_document.is_empty(), "{command}");
    }
    // The delegates' command menu does not list them.
    for c in delegate_desk::telegram::commands::OrganiserCommand::MENU {
        assert!(!delegate_desk::telegram::commands::Command::MENU.contains(&c));
    }
}

#[tokio::test]
async fn an_organiser_creates_lists_and_revokes_an_invitation() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    say(&app, msg(ORGANISER, "en", "/invite")).await;
    let r = say(&app, msg(ORGANISER, "en", "Luang Prabang")).await;
    assert!(all_text(&r).contains("How many"));
    let r = say(&app, msg(ORGANISER, "en", "many")).await;
    assert!(all_text(&r).contains("500"), "refused, with the range");
    say(&app, msg(ORGANISER, "en", "4")).await;
    let r = say(&app, msg(ORGANISER, "en", "2025-01-13")).await;
    assert!(
        all_text(&r).contains("2025-01-14"),
        "a past date is refused: {}",
        all_text(&r)
    );
    let r = say(&app, tap(ORGANISER, "en", Callback::NoExpiry)).await;
    let text = all_text(&r);
    assert!(
        text.contains("Luang Prabang") && text.contains("https://t.me/"),
        "{text}"
    );
    assert_eq!(r.sent_messages_photo.len(), 1, "the link as a QR code");
    let list = delegate_desk::db::invitations::list(&mut app.db.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].people, 4);
    assert_eq!(list[0].expires_on, None);
    let code = list[0].code.clone();
    assert!(text.contains(&format!("start={code}")));

    // Used by one delegate: "1 of 4".
    say(&app, msg(1201, "lo", &format!("/start {code}"))).await;
    let r = say(&app, msg(ORGANISER, "en", "/invites")).await;
    assert!(all_text(&r).contains("1 of 4"), "{}", all_text(&r));
    // Revoking asks first: the first tap changes nothing.
    let r = say(&app, tap(ORGANISER, "en", Callback::Revoke(code.clone()))).await;
    assert!(
        all_buttons(&r).contains(&format!("z:{code}")),
        "{:?}",
        all_buttons(&r)
    );
    assert!(
        all_text(&r).contains("keeps their place"),
        "{}",
        all_text(&r)
    );
    let r = say(&app, msg(1202, "lo", &format!("/start {code}"))).await;
    assert!(!all_text(&r).contains(&plain(&tr(&app, Lang::Lo, "invite-revoked"))));
    say(
        &app,
        tap(ORGANISER, "en", Callback::RevokeConfirmed(code.clone())),
    )
    .await;
    let r = say(&app, msg(1203, "lo", &format!("/start {code}"))).await;
    assert!(all_text(&r).contains(&plain(&tr(&app, Lang::Lo, "invite-revoked"))));
    // A delegate cannot press the organisers' buttons.
    let r = say(
        &app,
        tap(1202, "lo", Callback::RevokeConfirmed(code.clone())),
    )
    .await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Lo, "callback-expired")));
}

#[tokio::test]
async fn the_export_is_a_csv_with_bom_and_names_in_every_script() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "ASEAN cities", 10, None).await;
    let names = [
        "สมชาย ใจดี",
        "សុខ ដារា",
        "ສົມພອນ",
        "ကျော်ဇော",
        "王小明",
        "=HYPERLINK(\"x\")",
    ];
    for (i, name) in names.iter().enumerate() {
        let id = 1300 + i as u64;
        registered_delegate(&app, &code, id, name).await;
        say(
            &app,
            tap(id, "en", Callback::Register("dialogue-trade".into())),
        )
        .await;
    }
    let r = say(&app, msg(ORGANISER, "en", "/registrations")).await;
    assert!(all_text(&r).contains("6/120"), "{}", all_text(&r));
    let r = say(&app, msg(ORGANISER, "en", "/export")).await;
    let doc = &r.sent_messages_document[0].bot_request;
    assert!(doc.file_name.ends_with(".csv"));
    assert!(
        doc.file_data.starts_with('\u{FEFF}'),
        "a byte-order mark for Excel"
    );
    let mut reader =
        csv::Reader::from_reader(doc.file_data.trim_start_matches('\u{FEFF}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let name_col = header.iter().position(|h| h == "full_name").unwrap();
    let read: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[name_col].to_string())
        .collect();
    for name in &names[..5] {
        assert!(read.contains(&name.to_string()), "{name} in {read:?}");
    }
    assert!(
        read.contains(&"'=HYPERLINK(\"x\")".to_string()),
        "a formula is not run by Excel: {read:?}"
    );
}

#[tokio::test]
async fn a_reload_promotes_on_a_raised_capacity_and_a_broken_file_changes_nothing() {
    let (t, dir) = app_with(1, BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Jakarta", 5, None).await;
    for id in [1401, 1402, 1403] {
        registered_delegate(&app, &code, id, "Budi").await;
        say(
            &app,
            tap(id, "id", Callback::Register("dialogue-trade".into())),
        )
        .await;
    }
    // A broken file: each problem is told, the content stays.
    rewrite_event(dir.path(), |toml| {
        toml.replace("capacity = 1", "capacity = -3")
    });
    let r = say(&app, msg(ORGANISER, "en", "/reload")).await;
    let text = all_text(&r);
    assert!(text.contains("capacity -3"), "{text}");
    assert!(text.contains("event.toml:"), "with file and line: {text}");
    assert_eq!(
        app.content()
            .event
            .session("dialogue-trade")
            .unwrap()
            .registration
            .unwrap()
            .capacity,
        1
    );

    // Raised to 2: the first waiting (1402) gets the seat and is told.
    rewrite_event(dir.path(), |toml| {
        toml.replace("capacity = -3", "capacity = 2")
    });
    let r = say(&app, msg(ORGANISER, "en", "/reload")).await;
    assert!(all_text(&r).contains(&tr(&app, Lang::En, "organiser-reload-ok")));
    let told: Vec<i64> = r
        .sent_messages_text
        .iter()
        .map(|m| m.message.chat.id.0)
        .collect();
    assert!(told.contains(&1402) && !told.contains(&1403), "{told:?}");
    let mut c = app.db.conn().await.unwrap();
    assert_eq!(
        registrations::place(&mut c, "dialogue-trade", 1402)
            .await
            .unwrap()
            .unwrap()
            .status,
        registrations::Status::Confirmed
    );
    assert_eq!(
        registrations::place(&mut c, "dialogue-trade", 1403)
            .await
            .unwrap()
            .unwrap()
            .status,
        registrations::Status::Waitlisted
    );
    drop(c);

    // Lowered to 1: nobody removed, the organiser told how many are over.
    rewrite_event(dir.path(), |toml| {
        toml.replace("capacity = 2", "capacity = 1")
    });
    let r = say(&app, msg(ORGANISER, "en", "/reload")).await;
    assert!(
        all_text(&r).contains("1 confirmed over"),
        "{}",
        all_text(&r)
    );
    let mut c = app.db.conn().await.unwrap();
    assert_eq!(
        registrations::count(&mut c, "dialogue-trade", registrations::Status::Confirmed)
            .await
            .unwrap(),
        2
    );
}

#[tokio::test]
async fn a_volunteer_checks_a_delegate_in_once_and_others_learn_nothing() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Bandar Seri Begawan", 2, None).await;
    registered_delegate(&app, &code, 1501, "Hajah Siti").await;
    say(
        &app,
        tap(1501, "ms", Callback::Register("dialogue-trade".into())),
    )
    .await;
    let token = registrations::place(&mut app.db.conn().await.unwrap(), "dialogue-trade", 1501)
        .await
        .unwrap()
        .unwrap()
        .token;
    let link = format!("/start ci_{token}");

    // A stranger learns nothing about the delegate.
    let r = say(&app, msg(1502, "en", &link)).await;
    let text = all_text(&r);
    assert!(
        !text.contains("Hajah Siti") && !text.contains("Bandar"),
        "{text}"
    );
    assert!(text.contains(&tr(&app, Lang::En, "checkin-not-for-you")));
    // The delegate is told to show it.
    let r = say(&app, msg(1501, "ms", &link)).await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Ms, "session-dialogue-trade-title")));
    assert!(!all_text(&r).contains("Hajah Siti"));

    // A member of the volunteers' group (as Telegram said) sees the card.
    app.remember_member(VOLUNTEER, true);
    let r = say(&app, msg(VOLUNTEER, "vi", &link)).await;
    let text = all_text(&r);
    assert!(
        text.contains("Hajah Siti") && text.contains("Bandar Seri Begawan"),
        "{text}"
    );
    let r = say(&app, tap(VOLUNTEER, "vi", Callback::CheckIn(token.clone()))).await;
    assert!(
        all_text(&r).contains("10:00"),
        "checked in at the local time: {}",
        all_text(&r)
    );
    // A second scan says when.
    let r = say(&app, msg(VOLUNTEER, "vi", &link)).await;
    let text = all_text(&r);
    assert!(text.starts_with("⚠️") && text.contains("10:00"), "{text}");
    assert!(
        !all_buttons(&r).iter().any(|d| d.starts_with("k:")),
        "no second check-in"
    );
    // Someone Telegram says is not a member cannot press the button.
    app.remember_member(1503, false);
    let r = say(&app, tap(1503, "en", Callback::CheckIn(token.clone()))).await;
    assert!(!all_text(&r).contains("Hajah Siti"));
    let r = say(&app, msg(ORGANISER, "en", "/registrations")).await;
    assert!(all_text(&r).contains("checked in 1"), "{}", all_text(&r));
    // A check-in link pasted as text (a photo of the code, say) works too.
    let pasted = format!("https://t.me/delegate_desk_bot?start=ci_{token}");
    let r = say(&app, msg(VOLUNTEER, "vi", &pasted)).await;
    assert!(all_text(&r).contains("Hajah Siti"), "{}", all_text(&r));
}

#[tokio::test]
async fn no_switch_is_offered_to_a_full_session_and_the_seat_is_kept() {
    let (t, _dir) = app_with(1, BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Yogyakarta", 3, None).await;
    registered_delegate(&app, &code, 811, "Sri").await;
    registered_delegate(&app, &code, 812, "Dewi").await;
    say(
        &app,
        tap(811, "id", Callback::Register("dialogue-trade".into())),
    )
    .await;
    say(
        &app,
        tap(812, "id", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    let r = say(
        &app,
        tap(811, "id", Callback::Register("dialogue-tourism".into())),
    )
    .await;
    assert!(all_text(&r).contains(&tr(&app, Lang::Id, "session-dialogue-trade-title")));
    assert!(
        !all_buttons(&r).iter().any(|d| d.starts_with("W:")),
        "{:?}",
        all_buttons(&r)
    );
    // Even a forged Switch keeps the seat.
    say(
        &app,
        tap(811, "id", Callback::Switch("dialogue-tourism".into())),
    )
    .await;
    let mut c = app.db.conn().await.unwrap();
    assert_eq!(
        registrations::place(&mut c, "dialogue-trade", 811)
            .await
            .unwrap()
            .unwrap()
            .status,
        registrations::Status::Confirmed
    );
    assert!(
        registrations::place(&mut c, "dialogue-tourism", 811)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn an_answer_delivered_twice_answers_one_question() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Cebu", 2, None).await;
    let id = 1601;
    say(&app, msg(id, "fil", &format!("/start {code}"))).await;
    say(&app, msg_with_id(id, "fil", "Maria Santos", 5001)).await;
    // Telegram delivers the same message again (after a crash, say).
    let r = say(&app, msg_with_id(id, "fil", "Maria Santos", 5001)).await;
    assert!(r.sent_messages_text.is_empty(), "{}", all_text(&r));
    say(&app, msg_with_id(id, "fil", "Mayor", 5002)).await;
    let a = attendees::get(&mut app.db.conn().await.unwrap(), id as i64)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.profile.full_name.as_deref(), Some("Maria Santos"));
    assert_eq!(a.profile.title.as_deref(), Some("Mayor"));
}

#[tokio::test]
async fn many_invitations_are_paged_and_each_can_be_reached() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    for i in 0..23 {
        invite(
            &app,
            &format!("City number {i:02} {}", "x".repeat(80)),
            2,
            None,
        )
        .await;
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut page = 0u8;
    loop {
        let r = say(&app, tap(ORGANISER, "en", Callback::Invites { page })).await;
        let text = all_text(&r);
        for i in 0..23 {
            if text.contains(&format!("City number {i:02}")) {
                seen.insert(i);
            }
        }
        if !all_buttons(&r).contains(&format!("N:{}", page + 1)) {
            break;
        }
        page += 1;
    }
    assert_eq!(page, 2, "23 invitations on 3 pages");
    assert_eq!(seen.len(), 23, "every invitation is listed: {seen:?}");
}

#[tokio::test]
async fn in_a_group_sessions_show_seats_but_no_personal_buttons() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let group = teloxide_tests::MockGroupChat::new().id(-100_200).build();
    let screen = MockMessageText::new()
        .text("a screen")
        .id(900)
        .chat(group)
        .build();
    let q = MockCallbackQuery::new()
        .data(Callback::Session("dialogue-trade".into()).encode())
        .from(from(1701, "en"))
        .message(screen);
    let r = say(&app, q).await;
    assert!(
        all_text(&r).contains("120"),
        "seats are shown: {}",
        all_text(&r)
    );
    let data = all_buttons(&r);
    assert!(
        !data.iter().any(|d| d.starts_with("R:") || d == "M"),
        "{data:?}"
    );
}

#[tokio::test]
async fn the_export_lists_delegates_without_a_place_too() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    let code = invite(&app, "Dili", 3, None).await;
    registered_delegate(&app, &code, 1801, "Xanana").await;
    let r = say(&app, msg(ORGANISER, "en", "/export")).await;
    let doc = &r.sent_messages_document[0].bot_request;
    assert!(doc.file_data.contains("Xanana"), "{}", doc.file_data);
    assert!(doc.file_data.contains("no session"));
    let caption = doc.caption.clone().unwrap_or_default();
    assert!(caption.contains("No registrations"), "{caption}");
}

#[tokio::test]
async fn the_last_answer_of_a_new_invitation_delivered_twice_creates_one() {
    let t = TestApp::with_roles(roles(), BEFORE).await;
    let app = t.app.clone();
    say(&app, msg(ORGANISER, "en", "/invite")).await;
    say(&app, msg(ORGANISER, "en", "Pakse")).await;
    say(&app, msg(ORGANISER, "en", "3")).await;
    say(&app, msg_with_id(ORGANISER, "en", "2025-01-15", 7001)).await;
    let r = say(&app, msg_with_id(ORGANISER, "en", "2025-01-15", 7001)).await;
    assert!(r.sent_messages_photo.is_empty(), "no second QR code");
    let list = delegate_desk::db::invitations::list(&mut app.db.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].expires_on, Some("2025-01-15".parse().unwrap()));
}
