//! Questions passed to volunteers, end to end: the real binary, a fake
//! Bot API, a volunteers' group that is a basic group or a forum, and a
//! restart in the middle of a ticket.

use std::path::Path;

use serde_json::{Value, json};

use super::fake_bot_api::{Call, FakeBotApi, buttons_of};
use super::{
    Delegate, REPLY, Running, VOLUNTEER, VOLUNTEERS, answered, assert_no_violations,
    bot_command_on, db, got, thai, to_chat,
};

/// Ten minutes: the setting the tests run with.
const RERAISE_MINUTES: &str = "10";
/// The first run's clock, and the second's: fifteen minutes later, so that
/// the question left unclaimed is raised again.
const FIRST: &str = "2025-01-16T10:30:00+08:00";
const LATER: &str = "2025-01-16T10:45:00+08:00";
const ORGANISER: i64 = 7_770_002;
/// Someone in the group who is not (or no longer) a member for Telegram.
const STRANGER: i64 = 5_550_099;

fn group_chat(forum: bool) -> Value {
    if forum {
        json!({"id": VOLUNTEERS, "type": "supergroup", "title": "Desk volunteers", "is_forum": true})
    } else {
        json!({"id": VOLUNTEERS, "type": "group", "title": "Desk volunteers"})
    }
}

fn person(id: i64, name: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": name, "language_code": "en"})
}

/// A message in the volunteers' group from `from`: in reply to `reply_to`
/// (a message the bot sent there), or in the forum topic `thread`.
fn group_message(
    api: &FakeBotApi,
    forum: bool,
    message_id: i64,
    from: i64,
    reply_to: Option<&Value>,
    thread: Option<i64>,
    content: Value,
) {
    let mut m = json!({
        "message_id": message_id,
        "from": person(from, if from == VOLUNTEER { "Mei" } else { "Someone" }),
        "chat": group_chat(forum),
        "date": 1_736_995_000,
    });
    m.as_object_mut()
        .unwrap()
        .extend(content.as_object().unwrap().clone());
    if let Some(r) = reply_to {
        m["reply_to_message"] = r.clone();
    }
    if let Some(t) = thread {
        m["message_thread_id"] = json!(t);
        m["is_topic_message"] = json!(true);
    }
    api.push_update("message", m);
}

fn photo(file: &str, caption: &str) -> Value {
    json!({
        "photo": [{"file_id": file, "file_unique_id": format!("u-{file}"), "width": 320, "height": 240}],
        "caption": caption,
    })
}

fn command_in(api: &FakeBotApi, chat: Value, from: Value, message_id: i64, text: &str) {
    let length = text
        .split_whitespace()
        .next()
        .unwrap_or(text)
        .encode_utf16()
        .count();
    api.push_update(
        "message",
        json!({
            "message_id": message_id, "from": from, "chat": chat, "date": 1_736_994_600,
            "text": text, "entities": [{"type": "bot_command", "offset": 0, "length": length}],
        }),
    );
}

fn start(api: &FakeBotApi, database: &str, folder: &Path, now: &str, name: &str) -> Running {
    let mut cmd = bot_command_on(api, database, folder);
    cmd.env("DELEGATE_DESK_NOW", now)
        .env("VOLUNTEER_CHAT_ID", VOLUNTEERS.to_string())
        .env("TICKET_RERAISE_MINUTES", RERAISE_MINUTES)
        .env("ORGANISER_IDS", ORGANISER.to_string());
    Running::spawn(name, cmd)
}

/// The sendMessage / copyMessage calls into the group since `mark`.
fn into_group(api: &FakeBotApi, mark: usize) -> Vec<Call> {
    api.calls()
        .into_iter()
        .skip(mark)
        .filter(|c| {
            (c.method == "sendMessage" || c.method == "copyMessage")
                && c.chat_id() == Some(VOLUNTEERS)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_goes_to_volunteers_in_a_basic_group_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("desk.db").display());
    ticket_flow(&sqlite, dir.path(), false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_goes_to_volunteers_in_a_forum_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("desk.db").display());
    ticket_flow(&sqlite, dir.path(), true).await;
    // The same on PostgreSQL (a database of its own; skipped with a note
    // when no server answers).
    if let Some(pg) = db::TestDb::postgres().await {
        pg.db.close().await;
        ticket_flow(&pg.url, dir.path(), true).await;
    }
}

async fn ticket_flow(database: &str, folder: &Path, forum: bool) {
    let api = FakeBotApi::start(super::TOKEN).await.unwrap();
    api.add_member(VOLUNTEERS, VOLUNTEER);
    if forum {
        api.make_forum(VOLUNTEERS);
    }
    // The group is known to Telegram (and so to the fake server) from a
    // command sent there.
    command_in(
        &api,
        group_chat(forum),
        person(VOLUNTEER, "Mei"),
        1,
        "/help",
    );
    let mut bot = start(&api, database, folder, FIRST, "first run");
    let help = got(api
        .wait_for("sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    assert!(
        help.buttons().is_empty(),
        "the delegates' menu in the volunteers' group"
    );

    // A volunteer says they answer in Thai; someone outside the group may not.
    let mei = Delegate {
        id: VOLUNTEER,
        first_name: "Mei",
        language_code: "en",
    };
    let mark = api.mark();
    mei.command(&api, 2, "/volunteer");
    let languages = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(VOLUNTEER))
        .await);
    let mark = api.mark();
    let q = mei.press(&api, languages.result(), "vl:th");
    answered(&api, mark, &q).await;
    let ticked = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(VOLUNTEER))
        .await);
    assert!(
        ticked
            .buttons()
            .iter()
            .any(|(label, _)| label.starts_with('✅') && thai(label)),
        "{:?}",
        ticked.buttons()
    );
    let stranger = Delegate {
        id: STRANGER,
        first_name: "Lee",
        language_code: "en",
    };
    let mark = api.mark();
    stranger.command(&api, 3, "/volunteer");
    let refused = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(STRANGER))
        .await);
    assert!(
        refused.str("text").contains("volunteers' group"),
        "{}",
        refused.str("text")
    );
    assert!(refused.buttons().is_empty());

    // A Thai delegate asks what the desk does not know: not sure, offers a
    // volunteer; the button posts the ticket.
    let somchai = Delegate {
        id: 5_550_031,
        first_name: "สมชาย",
        language_code: "th",
    };
    let question = "ใครเป็นคนแต่งเพลงชาติฝรั่งเศส";
    let mark = api.mark();
    somchai.text(&api, 4, question);
    let unsure = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(somchai.id))
        .await);
    assert!(thai(unsure.str("text")), "{}", unsure.str("text"));
    let (_, ask) = unsure
        .buttons()
        .into_iter()
        .find(|(_, data)| data.starts_with("a:"))
        .unwrap_or_else(|| panic!("no Ask a volunteer: {:?}", unsure.buttons()));
    let mark = api.mark();
    let q = somchai.press(&api, unsure.result(), &ask);
    answered(&api, mark, &q).await;
    let post = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    let text = post.str("text");
    assert!(text.contains(question), "{text}");
    assert!(
        text.contains("Thai"),
        "the language, named in English: {text}"
    );
    assert!(text.contains("สมชาย"), "{text}");
    assert!(
        text.contains(&format!("tg://user?id={VOLUNTEER}")),
        "Mei speaks Thai: {text}"
    );
    let labels: Vec<String> = post.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels.len(), 2, "Claim and Close: {labels:?}");
    let thread = post.body["message_thread_id"].as_i64();
    if forum {
        let topics = api.topics(VOLUNTEERS);
        assert_eq!(topics.len(), 1, "{topics:?}");
        assert_eq!(
            thread,
            Some(topics[0].0),
            "the ticket is posted in its topic"
        );
        assert!(
            topics[0].1.contains("Thai") && topics[0].1.contains("สมชาย"),
            "{topics:?}"
        );
    } else {
        assert_eq!(thread, None);
    }
    let sent = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(somchai.id))
        .await);
    assert!(thai(sent.str("text")), "{}", sent.str("text"));

    // The delegate adds a line (delivered twice by Telegram) and a photo:
    // each reaches the group once, under the ticket.
    let mark = api.mark();
    somchai.text(&api, 5, "ขอบคุณครับ ผมรอได้");
    somchai.text(&api, 5, "ขอบคุณครับ ผมรอได้");
    api.push_update(
        "message",
        json!({"message_id": 6, "from": somchai.user(), "chat": somchai.chat(),
               "date": 1_736_994_700, "photo": photo("ph-delegate", "ป้ายนี้")["photo"],
               "caption": "ป้ายนี้"}),
    );
    got(api
        .wait_for_n(mark, "sendMessage", 2, REPLY, to_chat(somchai.id))
        .await);
    got(api
        .wait_for_from(mark, "copyMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    let relayed = into_group(&api, mark);
    assert_eq!(relayed.len(), 2, "{}", api.summary(mark));
    assert!(relayed[0].str("text").contains("ขอบคุณครับ"));
    assert_eq!(relayed[1].method, "copyMessage");
    assert!(relayed[1].str("caption").contains("ป้ายนี้"));
    for r in &relayed {
        assert_eq!(r.body["message_thread_id"].as_i64(), thread);
        assert!(
            !r.str("text").contains("@"),
            "no username: {}",
            r.str("text")
        );
    }
    bot.stop_cleanly().await;

    // Fifteen minutes later, after a restart: the unclaimed ticket is raised
    // again; the volunteer answers it.
    let mark = api.mark();
    let mut bot = start(&api, database, folder, LATER, "second run");
    let raised = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    assert!(
        raised
            .str("text")
            .contains(&format!("tg://user?id={VOLUNTEER}")),
        "{}",
        raised.str("text")
    );
    assert_eq!(raised.body["message_thread_id"].as_i64(), thread);

    // Someone Telegram does not count as a member replies: ignored.
    let mark = api.mark();
    let reply_to = (!forum).then(|| post.result().clone());
    group_message(
        &api,
        forum,
        20,
        STRANGER,
        reply_to.as_ref(),
        thread,
        json!({"text": "I know!"}),
    );
    // Mei answers with text (delivered twice) and a photo.
    let answer = "ไปที่โต๊ะบริการหน้าทางเข้าหลักครับ";
    group_message(
        &api,
        forum,
        21,
        VOLUNTEER,
        reply_to.as_ref(),
        thread,
        json!({"text": answer}),
    );
    group_message(
        &api,
        forum,
        21,
        VOLUNTEER,
        reply_to.as_ref(),
        thread,
        json!({"text": answer}),
    );
    group_message(
        &api,
        forum,
        22,
        VOLUNTEER,
        reply_to.as_ref(),
        thread,
        photo("ph-map", "แผนที่"),
    );
    let to_delegate = got(api
        .wait_for_from(mark, "copyMessage", REPLY, to_chat(somchai.id))
        .await);
    assert!(thai(to_delegate.str("caption")) && to_delegate.str("caption").contains("แผนที่"));
    assert!(
        !to_delegate.str("caption").contains("Mei"),
        "the volunteer's name is not shown"
    );
    let texts: Vec<String> = api
        .calls()
        .into_iter()
        .skip(mark)
        .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(somchai.id))
        .map(|c| c.str("text").to_string())
        .collect();
    assert_eq!(
        texts.iter().filter(|t| t.contains(answer)).count(),
        1,
        "{texts:#?}"
    );
    assert!(!texts.iter().any(|t| t.contains("I know!")), "{texts:#?}");
    assert!(
        texts.iter().all(|t| thai(t) && !t.contains("Mei")),
        "{texts:#?}"
    );
    // Answering claimed it: the post says who, the delegate is told.
    let edited = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(VOLUNTEERS))
        .await);
    assert!(edited.str("text").contains("Mei"), "{}", edited.str("text"));

    // Closing: the delegate is asked whether it helped, and says yes.
    let mark = api.mark();
    let current = api
        .current_message(VOLUNTEERS, post.result()["message_id"].as_i64().unwrap())
        .unwrap();
    let (_, close) = buttons_of(&current)
        .into_iter()
        .find(|(_, d)| d.starts_with("tx:"))
        .unwrap_or_else(|| panic!("no Close on {current}"));
    let q = mei.press(&api, &current, &close);
    answered(&api, mark, &q).await;
    let closed = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(somchai.id))
        .await);
    assert!(thai(closed.str("text")));
    if forum {
        assert!(api.topics(VOLUNTEERS)[0].2, "the topic is closed");
    }
    let (_, yes) = closed
        .buttons()
        .into_iter()
        .find(|(_, d)| d.ends_with(":1"))
        .unwrap();
    let mark = api.mark();
    let q = somchai.press(&api, closed.result(), &yes);
    answered(&api, mark, &q).await;
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);

    // After closing, the delegate's messages are questions again.
    let mark = api.mark();
    somchai.text(&api, 7, "wifi password?");
    let wifi = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(somchai.id))
        .await);
    assert!(
        wifi.str("text").contains("GMD-Delegates"),
        "{}",
        wifi.str("text")
    );
    assert!(into_group(&api, mark).is_empty(), "{}", api.summary(mark));

    // The organisers' figures.
    let mark = api.mark();
    command_in(
        &api,
        json!({"id": ORGANISER, "type": "private", "first_name": "Org"}),
        person(ORGANISER, "Org"),
        8,
        "/stats",
    );
    let stats = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER))
        .await);
    let s = stats.str("text");
    assert!(s.contains("0 waiting, 0 being answered, 1 closed"), "{s}");
    assert!(s.contains("100 % of 1 rated"), "{s}");
    assert!(s.contains("15 min"), "median time to the first answer: {s}");

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// A delegate cannot flood the volunteers: beyond a few messages a
/// minute, a clear answer in their language, and nothing more is posted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegate_cannot_flood_the_volunteers() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("desk.db").display());
    let api = FakeBotApi::start(super::TOKEN).await.unwrap();
    command_in(
        &api,
        group_chat(false),
        person(VOLUNTEER, "Mei"),
        1,
        "/help",
    );
    let mut bot = start(&api, &sqlite, dir.path(), FIRST, "bot");
    got(api
        .wait_for("sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    let linh = Delegate {
        id: 5_550_041,
        first_name: "Linh",
        language_code: "vi",
    };
    let mark = api.mark();
    linh.command(&api, 2, "/ask Xe đưa đón sân bay có chỗ cho xe lăn không?");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(VOLUNTEERS))
        .await);
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(linh.id))
        .await);
    let mark = api.mark();
    for i in 0..7 {
        linh.text(&api, 10 + i, &format!("Thêm thông tin số {i}"));
    }
    let replies = got(api
        .wait_for_n(mark, "sendMessage", 7, REPLY, to_chat(linh.id))
        .await);
    let posted = into_group(&api, mark);
    assert_eq!(posted.len(), 5, "{}", api.summary(mark));
    let limited: Vec<&Call> = replies.iter().filter(|c| c.buttons().is_empty()).collect();
    assert_eq!(limited.len(), 2, "{}", api.summary(mark));
    let vietnamese = |s: &str| {
        s.chars()
            .any(|c| "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ".contains(c))
    };
    assert!(
        limited.iter().all(|c| vietnamese(c.str("text"))),
        "{}",
        api.summary(mark)
    );
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}
