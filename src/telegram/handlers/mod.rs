//! Handlers: thin endpoints of the tree (see `tree.rs`). Each takes what
//! the tree injected, asks the domain code and the views, and sends.

pub mod announcements;
pub mod delegate;
pub mod organiser;
pub mod questions;
pub mod registration;
pub mod rescue;
pub mod volunteer;

use teloxide::types::User;

use super::views::View;
use crate::app::App;
use crate::error::Error;
use crate::i18n::Lang;

pub type HandlerResult = Result<(), Error>;

/// How to render for `user`: their language (chosen, or their Telegram
/// app's), the content and the bot's clock.
pub async fn view_for(app: &App, user: Option<&User>) -> View {
    let lang = match user {
        Some(u) => app.language_of(u.id.0, u.language_code.as_deref()).await,
        None => Lang::En,
    };
    View::new(app.content(), lang, app.clock.now())
}
