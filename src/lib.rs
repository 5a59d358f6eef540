//! Delegate Desk: the Telegram information desk of an international
//! city-diplomacy event. See README.md for the layout.

pub mod announcements;
pub mod app;
pub mod clock;
pub mod config;
pub mod content;
pub mod db;
pub mod error;
pub mod event;
pub mod i18n;
pub mod memory;
pub mod ops;
pub mod problem;
pub mod questions;
pub mod registration;
pub mod shutdown;
pub mod telegram;
pub mod text;

pub use error::{Error, Result};
