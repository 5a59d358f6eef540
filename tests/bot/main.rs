//! Handler tests: the bot's behaviour as a delegate sees it, through
//! teloxide_tests' fake Bot API.

#[path = "../common/mod.rs"]
mod common;

mod language;
mod robustness;
mod schedule;
mod transport;
mod venues;
