//! The volunteers' group.

use super::super::screen::Screen;
use super::View;

/// What the group is for and what volunteers can do here.
pub fn help(v: &View) -> Screen {
    Screen::new(format!(
        "{}\n\n{}",
        v.t("volunteer-group-help"),
        v.t("volunteer-group-checkin")
    ))
}
