//! Conversations of several steps (the profile form and the announcement
//! composer to come): each chat's step is kept in the database by a
//! teloxide [`Storage`], so that a restart mid-way loses nothing.
//!
//! A feature adds its steps as variants of [`Conversation`] and handles
//! them in the tree with `case![Conversation::…]`; a dialogue moves on with
//! `dialogue.update(next)` and ends with `dialogue.exit()`.

use std::marker::PhantomData;
use std::sync::Arc;

use futures_util::future::BoxFuture;
use serde::Serialize;
use serde::de::DeserializeOwned;
use teloxide::dispatching::dialogue::{Dialogue, Storage};
use teloxide::types::ChatId;

use crate::announcements::Audience;
use crate::app::App;
use crate::db::{dialogues, journal};
use crate::error::Error;
use crate::i18n::Lang;
use crate::registration::profile::{Draft, Field};

/// Where a private chat is in a conversation with the bot.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Conversation {
    /// Not in one: messages are commands, buttons or questions.
    #[default]
    Idle,
    /// Filling in the profile: `field` is the question asked, `draft` the
    /// answers so far. `editing`: correcting one answer of a finished
    /// profile (the form ends after it).
    Profile {
        field: Field,
        draft: Draft,
        editing: bool,
        /// The id of the last message taken as an answer: Telegram may
        /// deliver it again, and it must not answer the next question.
        #[serde(default)]
        answered: Option<i32>,
    },
    /// An organiser creating an invitation.
    Invitation(InvitationStep),
    /// After "Ask a volunteer": the next message is the question.
    Asking,
    /// An organiser composing an announcement.
    Announcing(AnnouncementDraft),
}

/// An announcement being composed (kept across restarts).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AnnouncementDraft {
    /// What the organiser's next message is: the original (`None` before
    /// there is one), or a language's version.
    pub awaiting: Awaiting,
    /// The original: its chat and message.
    pub original: Option<(i64, i32)>,
    /// A few words of it, for the organiser's screens and lists.
    pub summary: String,
    /// Versions for other languages: language, chat, message.
    pub versions: Vec<(Lang, i64, i32)>,
    pub audience: Audience,
    pub needs_ack: bool,
    /// The last message taken (Telegram may deliver it again).
    pub taken: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Awaiting {
    Original,
    Version(Lang),
    /// Nothing: the organiser is choosing with buttons.
    Buttons,
}

impl AnnouncementDraft {
    pub fn new() -> AnnouncementDraft {
        AnnouncementDraft {
            awaiting: Awaiting::Original,
            original: None,
            summary: String::new(),
            versions: Vec::new(),
            audience: Audience::Everyone,
            needs_ack: false,
            taken: None,
        }
    }
}

impl Default for AnnouncementDraft {
    fn default() -> Self {
        AnnouncementDraft::new()
    }
}

/// The steps of a new invitation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum InvitationStep {
    Delegation,
    People { delegation: String },
    Expiry { delegation: String, people: i64 },
}

/// The dialogue of one chat.
pub type ConversationDialogue = Dialogue<Conversation, DialogueStore<Conversation>>;

/// Dialogue states in the `dialogues` table, as JSON. A state that no longer
/// reads (a step removed in a new version) counts as no conversation.
pub struct DialogueStore<D> {
    app: Arc<App>,
    state: PhantomData<fn() -> D>,
}

impl<D> DialogueStore<D> {
    pub fn new(app: Arc<App>) -> Arc<DialogueStore<D>> {
        Arc::new(DialogueStore {
            app,
            state: PhantomData,
        })
    }
}

impl<D> Storage<D> for DialogueStore<D>
where
    D: Serialize + DeserializeOwned + Send + 'static,
{
    type Error = Error;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<(), Error>>
    where
        D: Send + 'static,
    {
        Box::pin(async move { self.change(chat_id.0, None).await })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: D,
    ) -> BoxFuture<'static, Result<(), Error>>
    where
        D: Send + 'static,
    {
        Box::pin(async move {
            let state =
                serde_json::to_string(&dialogue).map_err(|e| Error::State(e.to_string()))?;
            self.change(chat_id.0, Some(state)).await
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, Error>> {
        Box::pin(async move {
            let mut conn = self.app.db.conn().await?;
            // An update handled again reads the step its first run found,
            // until it changes the step itself.
            let found = match journal::step_found() {
                Some(update) => journal::step_before(&mut conn, update, chat_id.0).await?,
                None => None,
            };
            let found = match found {
                Some(before) => before,
                None => dialogues::get(&mut conn, chat_id.0).await?,
            };
            let Some(state) = found else {
                return Ok(None);
            };
            match serde_json::from_str(&state) {
                Ok(d) => Ok(Some(d)),
                Err(e) => {
                    tracing::warn!(error = %e, "a stored conversation step no longer reads; starting afresh");
                    Ok(None)
                }
            }
        })
    }
}

impl<D> DialogueStore<D> {
    /// Sets chat `chat_id`'s step (`None`: ends the conversation). Within
    /// an update, in a write recorded with it (see `db::journal`), beside
    /// the step as the update found it: handled again, the update does not
    /// set it again (a later update may have moved it on since).
    async fn change(&self, chat_id: i64, state: Option<String>) -> Result<(), Error> {
        let now = self.app.clock.now();
        let Some(update) = journal::handling() else {
            let mut conn = self.app.db.conn().await?;
            return match state {
                Some(state) => dialogues::put(&mut conn, chat_id, &state, now).await,
                None => dialogues::remove(&mut conn, chat_id).await,
            };
        };
        journal::step_changes();
        self.app
            .db
            .write("conversation", |tx| {
                let state = state.clone();
                Box::pin(async move {
                    journal::keep_step_before(tx, update, chat_id).await?;
                    match state {
                        Some(state) => dialogues::put(tx, chat_id, &state, now).await,
                        None => dialogues::remove(tx, chat_id).await,
                    }
                })
            })
            .await
    }
}
