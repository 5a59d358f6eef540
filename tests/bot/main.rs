//! Handler tests: the bot's behaviour as a delegate sees it, through
//! teloxide_tests' fake Bot API.

#[path = "../common/mod.rs"]
mod common;

mod conversation;
mod failures;
mod language;
mod questions;
mod registration;
mod robustness;
mod roles;
mod schedule;
mod settings;
mod transport;
mod venues;
