//! A bare teloxide echo bot: long polling, one endpoint that sends each text
//! back. It is the baseline of the load benchmark (`benches/load.rs`), which
//! runs it under the same load as the desk.
//!
//! `TELOXIDE_TOKEN=... [TELOXIDE_API_URL=...] cargo run --release --example echo_bot`

use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    if std::env::var("TELOXIDE_TOKEN").is_err() {
        eprintln!("echo_bot: setting TELOXIDE_TOKEN is missing");
        std::process::exit(1);
    }
    if let Ok(url) = std::env::var("TELOXIDE_API_URL")
        && let Err(e) = url::Url::parse(&url)
    {
        eprintln!("echo_bot: setting TELOXIDE_API_URL is not a URL: {e}");
        std::process::exit(1);
    }
    // Both settings are checked above: `from_env` does not panic.
    let bot = Bot::from_env();
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        if let Some(text) = msg.text() {
            bot.send_message(msg.chat.id, text).await?;
        }
        Ok(())
    })
    .await;
}
