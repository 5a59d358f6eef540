//! The handler tree: which handler an update goes to, by chat, role and
//! conversation step.
//!
//! ```text
//! every update, in a span (update id, chat, user) that also catches failures
//! ├─ message (not from a bot)
//! │  ├─ in the volunteers' group (VOLUNTEER_CHAT_ID): commands → volunteer;
//! │  │  a reply to a ticket (or in its topic) → questions (to the delegate);
//! │  │  anything else: left alone
//! │  ├─ in a private chat
//! │  │  ├─ a command → delegate
//! │  │  ├─ an organiser's command (ORGANISER_IDS) → organiser
//! │  │  └─ any other message → its conversation step, from the database
//! │  │     ├─ Idle → delegate (an invitation code; with a question open
//! │  │     │  with volunteers, to them; else a typed question, answered)
//! │  │     ├─ Asking → questions (the question for a volunteer)
//! │  │     ├─ Profile → registration (the answer to the question asked)
//! │  │     ├─ Invitation → organiser (a new invitation's next answer)
//! │  │     └─ Announcing → announcements (the announcement, a version)
//! │  └─ in any other group: commands addressed to us → delegate
//! └─ button press
//!    ├─ callback data that decodes → delegate, with the decoded Callback
//!    └─ anything else → "this button has expired"
//! ```
//!
//! A handler that fails (or panics) does not leave the user waiting: the
//! button's spinner is stopped and they get the localized "something went
//! wrong" in their language; the failure is logged with the update's span.

use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use futures_util::future::Either;
use serde::Serialize;
use serde::de::DeserializeOwned;
use teloxide::dispatching::dialogue::{Dialogue, GetChatId};
use teloxide::dispatching::{DpHandlerDescription, HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::dptree::{self, di::DependencyMap};
use teloxide::prelude::*;
use teloxide::types::{MessageKind, Update};
use tracing::Instrument;

use super::callback::Callback;
use super::commands::{Command, OrganiserCommand};
use super::conversation::{Conversation, DialogueStore};
use super::handlers::{
    announcements, delegate, organiser, questions, registration, rescue, volunteer,
};
use super::send::Sender;
use crate::app::App;
use crate::db::updates::Begin;
use crate::error::Error;

/// The whole handler tree. It needs `Bot`, `Me`, `Update` (the dispatcher
/// gives them) and `Arc<App>`.
pub fn schema() -> UpdateHandler<Error> {
    let messages = Update::filter_message()
        .filter(|m: Message| !m.from.as_ref().is_some_and(|u| u.is_bot))
        .branch(volunteers_group())
        .branch(private_chat())
        .branch(
            dptree::filter(|m: Message| !m.chat.is_private())
                .filter_command::<Command>()
                .endpoint(delegate::on_command),
        );
    let buttons = Update::filter_callback_query()
        .branch(
            dptree::filter_map(|q: CallbackQuery| q.data.as_deref().and_then(Callback::decode))
                .endpoint(delegate::on_button),
        )
        .endpoint(delegate::on_expired_button);
    in_context(
        dptree::entry()
            .map(|bot: Bot, app: Arc<App>| Sender::for_app(bot, &app))
            .branch(messages)
            .branch(buttons),
    )
}

fn volunteers_group() -> UpdateHandler<Error> {
    // The group gets its own help and the look-up commands (never the
    // delegates' menu); a volunteer's reply to a ticket goes to its
    // delegate; anything else is left alone.
    dptree::filter(|app: Arc<App>, m: Message| app.roles.is_volunteer_chat(m.chat.id.0))
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(volunteer::on_command),
        )
        .branch(
            dptree::filter(|m: Message| matches!(m.kind, MessageKind::Common(_)))
                .endpoint(questions::on_group_message),
        )
        .endpoint(|| async { Ok(()) })
}

fn private_chat() -> UpdateHandler<Error> {
    let organisers = dptree::filter(|app: Arc<App>, m: Message| {
        m.from
            .as_ref()
            .is_some_and(|u| app.roles.is_organiser(u.id.0))
    })
    .filter_command::<OrganiserCommand>()
    .endpoint(organiser::on_command);
    // Ordinary messages only: service messages (a pinned message, a
    // changed timer) need no answer.
    let other = dptree::filter(|m: Message| matches!(m.kind, MessageKind::Common(_)))
        .chain(conversation_step::<Conversation>())
        .branch(dptree::case![Conversation::Idle].endpoint(delegate::on_message))
        .branch(
            dptree::case![Conversation::Profile {
                field,
                draft,
                editing,
                answered
            }]
            .endpoint(registration::on_profile_answer),
        )
        .branch(
            dptree::case![Conversation::Invitation(step)].endpoint(organiser::on_invitation_step),
        )
        .branch(dptree::case![Conversation::Asking].endpoint(questions::on_asking))
        .branch(dptree::case![Conversation::Announcing(draft)].endpoint(announcements::on_step));
    dptree::filter(|m: Message| m.chat.is_private())
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(delegate::on_command),
        )
        .branch(organisers)
        .branch(other)
}

/// The chat's conversation step, read from the database: injects the
/// `Dialogue<D, DialogueStore<D>>` and the step `D`. A database that cannot
/// be read fails the update (the user is told, see [`in_context`]), where
/// teloxide's own `enter_dialogue` would drop it silently.
pub fn conversation_step<D>() -> UpdateHandler<Error>
where
    D: Default + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    #[derive(Clone)]
    struct Loaded<D>(Result<D, String>);

    dptree::filter_map(|app: Arc<App>, update: Update| {
        Some(Dialogue::new(
            DialogueStore::<D>::new(app),
            update.chat_id()?,
        ))
    })
    .map_async(|dialogue: Dialogue<D, DialogueStore<D>>| async move {
        Loaded(dialogue.get_or_default().await.map_err(|e| e.to_string()))
    })
    .branch(
        dptree::filter_map(|loaded: Loaded<D>| loaded.0.err()).endpoint(|why: String| async move {
            Err(Error::State(format!(
                "cannot read the conversation step: {why}"
            )))
        }),
    )
    .chain(dptree::filter_map(|loaded: Loaded<D>| loaded.0.ok()))
}

/// Runs `handler` in a span for the update, and turns a failure or a panic
/// into an answer for the user (see [`rescue`]).
pub fn in_context(handler: UpdateHandler<Error>) -> UpdateHandler<Error> {
    let sig = handler.sig().clone();
    let description: DpHandlerDescription = handler.description().clone();
    dptree::from_fn_with_description(
        description,
        move |deps: DependencyMap, cont| {
            let handler = handler.clone();
            async move {
                let update = deps.try_get::<Update>();
                let span = update
                    .as_deref()
                    .map_or_else(tracing::Span::none, update_span);
                let app = deps.try_get::<Arc<App>>();
                let _in_hand = match (&update, &app) {
                    (Some(u), Some(app)) => Some(app.shutdown.handling(i64::from(u.id.0))),
                    _ => None,
                };
                // An update Telegram delivers again (after a crash, a slow
                // answer, a proxy's retry to another instance) changes
                // nothing the second time.
                let taken = match (&update, &app) {
                    (Some(u), Some(app)) => {
                        let id = i64::from(u.id.0);
                        match app.begin_update(id).instrument(span.clone()).await {
                            Begin::New => Some((app.clone(), id, false)),
                            Begin::Again => Some((app.clone(), id, true)),
                            seen => {
                                crate::ops::redelivered();
                                let _span = span.enter();
                                tracing::info!(?seen, "update delivered again; left alone");
                                return ControlFlow::Break(Ok(()));
                            }
                        }
                    }
                    _ => None,
                };
                if let Some(u) = update.as_deref() {
                    crate::ops::update(kind_of(u));
                }
                let run = AssertUnwindSafe(handler.execute(deps.clone(), cont)).catch_unwind();
                // Its writes are recorded with its id, each in its own
                // transaction: handled again, it makes none of them twice.
                let run = match &taken {
                    Some((app, id, again)) if app.checks_redelivery() => {
                        Either::Left(crate::db::journal::within(*id, *again, run))
                    }
                    _ => Either::Right(run),
                };
                let outcome = run.instrument(span.clone()).await;
                let failure = match outcome {
                    Ok(ControlFlow::Break(Err(e))) => {
                        crate::ops::handler_error();
                        e
                    }
                    Ok(other) => {
                        if let Some((app, id, _)) = taken {
                            app.finish_update(id).await;
                        }
                        return other;
                    }
                    Err(panic) => {
                        crate::ops::handler_error();
                        let what = panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_default();
                        Error::Panic(what)
                    }
                };
                rescue::failed(&deps, failure).instrument(span).await;
                if let Some((app, id, _)) = taken {
                    app.finish_update(id).await;
                }
                ControlFlow::Break(Ok(()))
            }
        },
        sig,
    )
}

/// The span every update is handled in: its id, kind, chat and user (never
/// the text of a message).
fn update_span(update: &Update) -> tracing::Span {
    let chat = update.chat().map(|c| c.id.0);
    let user = update.from().map(|u| u.id.0);
    let kind = kind_of(update);
    tracing::info_span!("update", id = update.id.0, kind, chat, user)
}

/// An update's kind, for its span and the metrics.
fn kind_of(update: &Update) -> &'static str {
    use teloxide::types::UpdateKind;
    match &update.kind {
        UpdateKind::Message(_) => "message",
        UpdateKind::CallbackQuery(_) => "button",
        UpdateKind::EditedMessage(_) => "edited message",
        UpdateKind::MyChatMember(_) | UpdateKind::ChatMember(_) => "member",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value any handler of the tree asks for is one the dispatcher
    /// gives (Bot, Me, Update) or we do (Arc<App>): a handler taking a type
    /// nobody provides fails here, not on a delegate's first message.
    #[test]
    fn the_tree_gets_every_value_it_needs() {
        use dptree::Type;
        dptree::type_check(
            schema().sig(),
            &DependencyMap::new(),
            &[
                Type::of::<Bot>(),
                Type::of::<teloxide::types::Me>(),
                Type::of::<Update>(),
                Type::of::<Arc<App>>(),
            ],
        );
    }

    #[test]
    #[should_panic(expected = "missing")]
    fn a_missing_value_is_caught() {
        use dptree::Type;
        dptree::type_check(
            schema().sig(),
            &DependencyMap::new(),
            &[
                Type::of::<Bot>(),
                Type::of::<Update>(),
                Type::of::<Arc<App>>(),
            ],
        );
    }
}
