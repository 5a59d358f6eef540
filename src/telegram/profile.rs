//! The bot's profile in every language: the command menu, the description
//! shown before /start and the short description, set at start-up.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::BotCommand;

use super::commands::Command;
use super::send::Sender;
use crate::app::App;
use crate::event::text_ids;
use crate::i18n::Lang;

const DESCRIPTION_LIMIT: usize = 512;
const SHORT_DESCRIPTION_LIMIT: usize = 120;

fn cut(s: String, limit: usize) -> String {
    if s.chars().count() <= limit {
        s
    } else {
        s.chars().take(limit).collect()
    }
}

/// Sends a profile request for one language code (`None`: the default),
/// waiting out 429s.
macro_rules! localized {
    ($tg:expr, $request:expr, $code:expr) => {
        $tg.retrying(|| {
            let mut request = $request;
            if let Some(code) = $code {
                request = request.language_code(*code);
            }
            request.into_future()
        })
        .await
        .map(|_| ())
    };
}

/// Publishes the profile; failures are logged, never fatal.
pub async fn publish(bot: Bot, app: Arc<App>) {
    let tg = Sender::new(bot.clone(), app.shutdown.clone());
    for lang in Lang::ALL {
        let i18n = &app.content.i18n;
        let commands: Vec<BotCommand> = Command::MENU
            .iter()
            .map(|c| BotCommand::new(*c, cut(i18n.text(lang, &format!("command-{c}")), 256)))
            .collect();
        let event = i18n.text(lang, text_ids::EVENT_NAME);
        let description = cut(
            i18n.fmt(lang, "bot-description", &[("event", event.clone().into())]),
            DESCRIPTION_LIMIT,
        );
        let short = cut(
            i18n.fmt(lang, "bot-short-description", &[("event", event.into())]),
            SHORT_DESCRIPTION_LIMIT,
        );
        // English is also the default for every language we do not speak.
        let codes: &[Option<&str>] = if lang == Lang::En {
            &[None, Some("en")]
        } else {
            &[Some(lang.telegram_code())]
        };
        for code in codes {
            let results = [
                localized!(tg, bot.set_my_commands(commands.clone()), code),
                localized!(
                    tg,
                    bot.set_my_description().description(description.clone()),
                    code
                ),
                localized!(
                    tg,
                    bot.set_my_short_description()
                        .short_description(short.clone()),
                    code
                ),
            ];
            for r in results {
                if let Err(e) = r {
                    tracing::warn!(lang = lang.code(), error = %e, "could not set the bot's profile");
                }
            }
        }
    }
    tracing::info!("bot profile published in {} languages", Lang::ALL.len());
}
