//! The bot's profile in every language: the command menu, the description
//! shown before /start and the short description, set at start-up.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use super::commands::{Command, OrganiserCommand};
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
    let content = app.content();
    // Several instances starting together publish once: nothing when this
    // content and these organisers are what was last published in full;
    // else the instance that takes the lease publishes, and records what
    // it published only when every request went through.
    let print = format!("{:016x}", fingerprint(&app));
    match published(&app).await {
        Ok(Some(last)) if last == print => {
            tracing::info!("bot profile already published");
            return;
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(error = %e, "cannot tell whether the bot profile is published; publishing")
        }
    }
    match app.take_job(PUBLISHING, PUBLISHING_FOR).await {
        Ok(true) => {}
        Ok(false) => {
            tracing::info!("another instance is publishing the bot profile");
            return;
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot tell whether another instance publishes the bot profile; publishing")
        }
    }
    let mut failed = false;
    for lang in Lang::ALL {
        let i18n = &content.i18n;
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
                    failed = true;
                    tracing::warn!(lang = lang.code(), error = %e, "could not set the bot's profile");
                }
            }
        }
    }
    publish_organiser_menus(&tg, &bot, &app).await;
    if failed {
        // Not recorded: the next start publishes again.
        return;
    }
    let recorded = async {
        let mut conn = app.db.conn().await?;
        let forever = chrono::Utc::now() + chrono::TimeDelta::days(3650);
        crate::db::updates::put_job(&mut conn, PUBLISHED, &print, forever).await
    };
    if let Err(e) = recorded.await {
        tracing::warn!(error = %e, "cannot record the bot profile as published");
    }
    tracing::info!("bot profile published in {} languages", Lang::ALL.len());
}

/// The once-only job whose holder is the fingerprint of the profile last
/// published in full.
const PUBLISHED: &str = "profile-published";
/// The lease of the instance publishing the profile.
const PUBLISHING: &str = "profile-publishing";
/// How long publishing may take before another instance may try.
const PUBLISHING_FOR: chrono::TimeDelta = chrono::TimeDelta::minutes(2);

async fn published(app: &App) -> crate::Result<Option<String>> {
    let mut conn = app.db.conn().await?;
    crate::db::updates::job_holder(&mut conn, PUBLISHED).await
}

/// What the profile is made of: every command's, description's and short
/// description's text in every language, and the organisers.
fn fingerprint(app: &App) -> u64 {
    use std::hash::{Hash, Hasher};
    let content = app.content();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for lang in Lang::ALL {
        for c in Command::MENU.iter().chain(OrganiserCommand::MENU.iter()) {
            content
                .i18n
                .text(lang, &format!("command-{c}"))
                .hash(&mut h);
        }
        let event = content.i18n.text(lang, text_ids::EVENT_NAME);
        for id in ["bot-description", "bot-short-description"] {
            let text = content
                .i18n
                .fmt(lang, id, &[("event", event.clone().into())]);
            text.hash(&mut h);
        }
    }
    app.roles.organisers.hash(&mut h);
    h.finish()
}

/// Each organiser's own command menu, in their private chat (a per-chat
/// command scope): the delegates' commands, then the organisers'. Nobody
/// else sees the organisers' commands. In the organiser's language: the
/// one they chose, else English (a chat scope has one list per language
/// their app may use, so every language gets one).
async fn publish_organiser_menus(tg: &Sender, bot: &Bot, app: &Arc<App>) {
    let content = app.content();
    for &organiser in &app.roles.organisers {
        let Ok(chat) = i64::try_from(organiser) else {
            continue;
        };
        let scope = BotCommandScope::Chat {
            chat_id: Recipient::Id(ChatId(chat)),
        };
        for lang in Lang::ALL {
            let commands: Vec<BotCommand> = Command::MENU
                .iter()
                .chain(OrganiserCommand::MENU.iter())
                .map(|c| {
                    BotCommand::new(
                        *c,
                        cut(content.i18n.text(lang, &format!("command-{c}")), 256),
                    )
                })
                .collect();
            let codes: &[Option<&str>] = if lang == Lang::En {
                &[None, Some("en")]
            } else {
                &[Some(lang.telegram_code())]
            };
            for code in codes {
                let r = localized!(
                    tg,
                    bot.set_my_commands(commands.clone()).scope(scope.clone()),
                    code
                );
                if let Err(e) = r {
                    // An organiser who never opened the bot has no chat yet.
                    tracing::info!(error = %e, "could not set an organiser's command menu");
                    break;
                }
            }
        }
    }
}
