//! The home of conversations of several steps: the step is kept in the
//! database, so a restart mid-way loses nothing. A two-step conversation
//! defined here stands in for the profile form to come.

use std::sync::Arc;

use delegate_desk::app::App;
use delegate_desk::db::dialogues;
use delegate_desk::i18n::Lang;
use delegate_desk::telegram::conversation::DialogueStore;
use delegate_desk::telegram::tree::{conversation_step, in_context};
use teloxide::dispatching::dialogue::Dialogue;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::Update;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
enum Form {
    #[default]
    Start,
    AskedCity,
    AskedRole {
        city: String,
    },
}

type FormDialogue = Dialogue<Form, DialogueStore<Form>>;

fn form_tree() -> UpdateHandler<delegate_desk::Error> {
    in_context(
        Update::filter_message()
            .chain(conversation_step::<Form>())
            .branch(dptree::case![Form::Start].endpoint(
                |bot: Bot, d: FormDialogue, m: Message| async move {
                    bot.send_message(m.chat.id, "Your city?").await?;
                    d.update(Form::AskedCity).await?;
                    Ok(())
                },
            ))
            .branch(dptree::case![Form::AskedCity].endpoint(
                |bot: Bot, d: FormDialogue, m: Message| async move {
                    let city = m.text().unwrap_or_default().to_string();
                    bot.send_message(m.chat.id, "Your role?").await?;
                    d.update(Form::AskedRole { city }).await?;
                    Ok(())
                },
            ))
            .branch(dptree::case![Form::AskedRole { city }].endpoint(
                |bot: Bot, d: FormDialogue, m: Message, city: String| async move {
                    let role = m.text().unwrap_or_default();
                    bot.send_message(m.chat.id, format!("{role} of {city}: noted"))
                        .await?;
                    d.exit().await?;
                    Ok(())
                },
            )),
    )
}

fn form_bot(
    app: Arc<App>,
    body: &str,
) -> teloxide_tests::MockBot<delegate_desk::Error, teloxide_tests::mock_bot::DistributionKey> {
    let mut bot = teloxide_tests::MockBot::new(text(Some("lo"), body), form_tree());
    bot.dependencies(teloxide::dptree::deps![
        app.clone(),
        DialogueStore::<Form>::new(app)
    ]);
    bot
}

async fn say(app: &Arc<App>, body: &str) -> String {
    let mut bot = form_bot(app.clone(), body);
    bot.dispatch().await;
    let r = bot.get_responses();
    match r.sent_messages_text.first() {
        Some(m) => m.bot_request.text.clone(),
        None => panic!("{:?}: no answer to {body:?}", app.db.backend()),
    }
}

/// On SQLite: MockBot runs every dispatch in a runtime of its own, and a
/// PostgreSQL connection belongs to the runtime that opened it. The step
/// kept across a restart on PostgreSQL is tested in tests/storage.rs, and
/// a restart of the real binary on PostgreSQL in tests/e2e.
#[tokio::test]
async fn a_restart_mid_conversation_loses_nothing() {
    let db = TestDb::sqlite().await;
    let backend = db.backend();
    let mut t = TestApp::new(db, None, Default::default(), DURING).await;
    {
        assert_eq!(say(&t.app, "hello").await, "Your city?", "{backend:?}");
        assert_eq!(say(&t.app, "Vientiane").await, "Your role?", "{backend:?}");

        // The bot restarts between two answers.
        let app = t.restart(DURING).await;
        assert_eq!(
            say(&app, "Mayor").await,
            "Mayor of Vientiane: noted",
            "{backend:?}"
        );
        // The conversation is over: the next message starts afresh.
        let mut c = app.db.conn().await.unwrap();
        assert_eq!(dialogues::get(&mut c, USER_ID as i64).await.unwrap(), None);
        drop(c);
        assert_eq!(say(&app, "hello again").await, "Your city?", "{backend:?}");
    }
}

/// A step stored by an older version that this one no longer knows counts
/// as no conversation: the delegate gets the usual answer, not an error.
#[tokio::test]
async fn a_step_that_no_longer_reads_starts_afresh() {
    let t = TestApp::at(DURING).await;
    let mut c = t.app.db.conn().await.unwrap();
    dialogues::put(
        &mut c,
        USER_ID as i64,
        r#"{"RetiredStep":{"x":1}}"#,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    drop(c);
    let mut bot = t.bot(text(Some("km"), "hello"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    // "hello" is no question the desk can answer: a volunteer is offered.
    let unsure = t.t(Lang::Km, "ask-unsure");
    let opening: String = unsure.chars().take(10).collect();
    assert!(first_sent(&r).starts_with(&opening), "{}", first_sent(&r));
}

/// An update handled again (its instance died after it moved the
/// conversation on, before it was marked done) reads the step as the
/// update first found it, so the same message is not taken as the answer
/// to the next question, and does not set the step again (a later update
/// may have moved it on); once a run changes the step, other updates and
/// work outside an update read the step as it is. On both backends.
#[tokio::test]
async fn an_update_handled_again_finds_the_step_it_found_the_first_time() {
    use delegate_desk::db::journal;
    use delegate_desk::telegram::conversation::Conversation;
    use teloxide::dispatching::dialogue::Storage;
    for db in TestDb::each().await {
        let b = db.backend();
        let t = TestApp::new(db, None, Default::default(), DURING).await;
        let store = DialogueStore::<Conversation>::new(t.app.clone());
        let (asking, fresh) = (ChatId(4_242), ChatId(4_243));
        store
            .clone()
            .update_dialogue(asking, Conversation::Asking)
            .await
            .unwrap();
        // A run of `update` (`again`: after one that did not finish).
        let run = |chat: ChatId, update: i64, again: bool, next: Option<Conversation>| {
            let store = store.clone();
            journal::within(update, again, async move {
                let found = store.clone().get_dialogue(chat).await.unwrap();
                match next {
                    Some(next) => store.clone().update_dialogue(chat, next).await.unwrap(),
                    None => store.clone().remove_dialogue(chat).await.unwrap(),
                }
                let now = store.clone().get_dialogue(chat).await.unwrap();
                (found, now)
            })
        };
        // The question typed after "Ask a volunteer" ends the step ...
        let first = run(asking, 801, false, None).await;
        assert_eq!(first, (Some(Conversation::Asking), None), "{b:?}");
        // ... and handled again, it is still the question.
        let again = run(asking, 801, true, None).await;
        assert_eq!(again, (Some(Conversation::Asking), None), "{b:?}");
        // The delegate's next message finds no step.
        let next = journal::within(802, false, store.clone().get_dialogue(asking));
        assert_eq!(next.await.unwrap(), None, "{b:?}");
        // A later update asks again; the first, handled a third time (its
        // instance died before marking it), neither ends the new step nor
        // reads it as its own.
        let later = run(asking, 804, false, Some(Conversation::Asking)).await;
        assert_eq!(later, (None, Some(Conversation::Asking)), "{b:?}");
        let third = run(asking, 801, true, None).await;
        assert_eq!(
            third,
            (Some(Conversation::Asking), Some(Conversation::Asking)),
            "{b:?}"
        );
        assert_eq!(
            store.clone().get_dialogue(asking).await.unwrap(),
            Some(Conversation::Asking),
            "{b:?}: the later step stands"
        );
        // No step before: none found the second time either.
        let begun = run(fresh, 803, false, Some(Conversation::Asking)).await;
        assert_eq!(begun, (None, Some(Conversation::Asking)), "{b:?}");
        let again = run(fresh, 803, true, Some(Conversation::Asking)).await;
        assert_eq!(again, (None, Some(Conversation::Asking)), "{b:?}");
        assert_eq!(
            store.clone().get_dialogue(fresh).await.unwrap(),
            Some(Conversation::Asking),
            "{b:?}"
        );
    }
}
