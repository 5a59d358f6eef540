//! What organisers (`ORGANISER_IDS`) can do beyond what delegates can.

use std::sync::Arc;

use teloxide::prelude::*;

use super::super::commands::OrganiserCommand;
use super::super::screen::Target;
use super::super::send::Sender;
use super::super::views::organiser;
use super::{HandlerResult, view_for};
use crate::app::App;
use crate::db::delegates;

pub async fn on_command(
    tg: Sender,
    app: Arc<App>,
    msg: Message,
    cmd: OrganiserCommand,
) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let screen = match cmd {
        OrganiserCommand::Stats => {
            let by_language = delegates::count_by_language(&mut *app.db.conn().await?).await?;
            organiser::stats(&v, &by_language)
        }
    };
    tg.send(Target::beside(&msg), &screen).await
}
