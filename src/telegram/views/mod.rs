//! Views: pure functions from plain data (the event and its texts, the
//! reader's language, the moment, and what a handler fetched for the user)
//! to a [`Screen`]. No database, no Telegram calls: each is testable alone.

pub mod announcements;
pub mod help;
pub mod menu;
pub mod organiser;
pub mod questions;
pub mod registration;
pub mod reminders;
pub mod schedule;
pub mod transport;
pub mod venues;
pub mod volunteer;

use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use teloxide::types::InlineKeyboardButton;

use super::callback::Callback;
use super::screen::{button, esc};
use crate::content::Content;
use crate::event::Event;
use crate::i18n::{Args, Lang};

/// What every view renders with: the event and its texts, the reader's
/// language and the moment. Plain data: a view is a function from this (and
/// whatever the handler fetched for the user) to a [`Screen`].
#[derive(Clone)]
pub struct View {
    pub content: Arc<Content>,
    pub lang: Lang,
    pub now: DateTime<Utc>,
}

impl View {
    pub fn new(content: Arc<Content>, lang: Lang, now: DateTime<Utc>) -> View {
        View { content, lang, now }
    }

    pub fn event(&self) -> &Event {
        &self.content.event
    }

    /// A plain text as it is, for where Telegram shows text as typed: a
    /// button's label, a pop-up, a map pin's title (see
    /// [`crate::i18n::is_plain_text`]). Escape it (or use [`View::ev`]) to
    /// put it in a message.
    pub fn raw(&self, id: &str) -> String {
        self.content.i18n.text(self.lang, id)
    }

    /// An interface message in Telegram HTML, checked at load time.
    pub fn t(&self, id: &str) -> String {
        self.content.i18n.text(self.lang, id)
    }

    /// An interface message with arguments; text arguments must already be
    /// escaped (use [`View::ev`] or [`esc`]).
    pub fn f(&self, id: &str, args: &Args<'_>) -> String {
        self.content.i18n.fmt(self.lang, id, args)
    }

    /// A plain text (an event text, or an interface one such as a pop-up
    /// also shown in a message), escaped for HTML.
    pub fn ev(&self, id: &str) -> String {
        esc(&self.content.i18n.text(self.lang, id))
    }

    pub fn date_long(&self, date: NaiveDate) -> String {
        self.f(
            "date-long",
            &[
                ("weekday", self.weekday(date, false).into()),
                ("day", date.day().into()),
                ("month", self.month(date.month()).into()),
                ("year", date.year().into()),
            ],
        )
    }

    /// A day on a button ("Thu 16"): plain text.
    pub fn date_button(&self, date: NaiveDate) -> String {
        self.f(
            "date-button",
            &[
                ("weekday", self.weekday(date, true).into()),
                ("day", date.day().into()),
            ],
        )
    }

    pub fn date_range(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from.year() == to.year() && from.month() == to.month() {
            self.f(
                "date-range-month",
                &[
                    ("from", from.day().into()),
                    ("to", to.day().into()),
                    ("month", self.month(from.month()).into()),
                    ("year", from.year().into()),
                ],
            )
        } else {
            self.f(
                "date-range",
                &[
                    ("from_day", from.day().into()),
                    ("from_month", self.month(from.month()).into()),
                    ("to_day", to.day().into()),
                    ("to_month", self.month(to.month()).into()),
                    ("year", to.year().into()),
                ],
            )
        }
    }

    fn weekday(&self, date: NaiveDate, short: bool) -> String {
        let n = date.weekday().number_from_monday();
        if short {
            self.t(&format!("date-weekday-short-{n}"))
        } else {
            self.t(&format!("date-weekday-{n}"))
        }
    }

    fn month(&self, n: u32) -> String {
        self.t(&format!("date-month-{n}"))
    }

    /// "Page 2 of 3" (1-based in the text; `page` counts from 0).
    pub fn page_line(&self, page: usize, count: usize) -> String {
        self.f(
            "pager-page",
            &[("page", (page + 1).into()), ("pages", count.into())],
        )
    }

    /// Previous/next buttons around page `page` of `count`; `at` makes the
    /// callback for a page.
    pub fn pager(
        &self,
        page: usize,
        count: usize,
        at: impl Fn(u8) -> Callback,
    ) -> Vec<InlineKeyboardButton> {
        let to = |p: usize| at(u8::try_from(p).unwrap_or(u8::MAX));
        let mut row = Vec::new();
        if page > 0 {
            row.push(button(self.raw("button-previous"), to(page - 1)));
        }
        if page + 1 < count {
            row.push(button(self.raw("button-next"), to(page + 1)));
        }
        row
    }

    pub fn menu_button(&self) -> InlineKeyboardButton {
        button(self.raw("button-menu"), Callback::Menu)
    }
}
