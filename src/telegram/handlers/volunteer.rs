//! The volunteers' group (`VOLUNTEER_CHAT_ID`): its own help instead of the
//! delegates' greeting and menu; the look-up commands work as anywhere.

use std::sync::Arc;

use teloxide::prelude::*;

use super::super::commands::Command;
use super::super::screen::Target;
use super::super::send::Sender;
use super::super::views::volunteer;
use super::{HandlerResult, delegate, view_for};
use crate::app::App;

pub async fn on_command(tg: Sender, app: Arc<App>, msg: Message, cmd: Command) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    match cmd {
        Command::Schedule
        | Command::Now
        | Command::Venues
        | Command::Transport
        | Command::Dialogues => {
            delegate::run_command(
                &tg,
                &app,
                &v,
                target,
                msg.from.as_ref(),
                cmd,
                Some(i64::from(msg.id.0)),
            )
            .await
        }
        _ => tg.send(target, &volunteer::help(&v)).await,
    }
}
