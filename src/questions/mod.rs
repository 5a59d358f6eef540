//! Questions delegates type: answered from what the desk knows
//! ([`matcher`]), or passed to volunteers as tickets ([`tickets`]). No
//! Telegram types here.

pub mod matcher;
mod packed;
pub mod tokens;

pub use matcher::{Answer, Found, Matcher, Part};
