//! What a handler shows: a text in Telegram HTML and its inline keyboard,
//! and where to show it.

use fluent_bundle::FluentValue;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageId, ThreadId,
};
use teloxide::utils::html;

use super::callback::Callback;
use crate::text::utf16_len;

/// Telegram's limit on a message's text.
pub const TEXT_LIMIT: usize = 4096;

/// A message to show: HTML text and inline buttons.
#[derive(Debug, Clone, Default)]
pub struct Screen {
    pub text: String,
    pub rows: Vec<Vec<InlineKeyboardButton>>,
}

impl Screen {
    pub fn new(text: impl Into<String>) -> Screen {
        Screen {
            text: text.into(),
            rows: Vec::new(),
        }
    }

    pub fn row(mut self, row: Vec<InlineKeyboardButton>) -> Screen {
        if !row.is_empty() {
            self.rows.push(row);
        }
        self
    }

    pub fn rows(mut self, rows: Vec<Vec<InlineKeyboardButton>>) -> Screen {
        self.rows.extend(rows.into_iter().filter(|r| !r.is_empty()));
        self
    }

    pub fn button(self, label: impl Into<String>, cb: Callback) -> Screen {
        self.row(vec![button(label, cb)])
    }

    /// Puts a line above the text (a notice such as "this button has expired").
    /// The screen with `more` (HTML) after its text, a blank line between.
    pub fn with_appendix(mut self, more: &str) -> Screen {
        if !more.is_empty() {
            self.text.push_str("\n\n");
            self.text.push_str(more);
        }
        self
    }

    pub fn with_notice(mut self, notice: &str) -> Screen {
        self.text = format!("{notice}\n\n{}", self.text);
        self
    }

    pub fn keyboard(&self) -> InlineKeyboardMarkup {
        InlineKeyboardMarkup::new(self.rows.clone())
    }

    /// The text, or, if it is longer than Telegram accepts, its plain text
    /// (markup dropped, so no tag is left open) cut to fit. Views page their
    /// content, so this is a last line of defence.
    pub fn fitted_text(&self) -> String {
        self.fitted_text_within(TEXT_LIMIT)
    }

    /// [`Screen::fitted_text`] for another limit (a caption's).
    pub fn fitted_text_within(&self, limit: usize) -> String {
        if utf16_len(&self.text) <= limit {
            return self.text.clone();
        }
        tracing::warn!(
            len = utf16_len(&self.text),
            "message cut to fit Telegram's limit"
        );
        // Every literal `<` in our text is escaped, so any `<` opens a tag.
        let mut plain = String::with_capacity(self.text.len());
        let mut in_tag = false;
        for c in self.text.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => plain.push(c),
                _ => {}
            }
        }
        let mut out: String = plain
            .chars()
            .scan(0, |n, c| {
                *n += c.len_utf16();
                (*n < limit).then_some(c)
            })
            .collect();
        // Never end inside an entity such as &amp;
        if let Some(i) = out.rfind('&')
            && !out[i..].contains(';')
        {
            out.truncate(i);
        }
        out.push('…');
        out
    }
}

pub fn button(label: impl Into<String>, cb: Callback) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, cb.encode())
}

/// Where to show a screen: a chat, its forum topic if any, and the message
/// to edit in place, if any.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub chat: ChatId,
    pub thread: Option<ThreadId>,
    pub edit: Option<MessageId>,
}

impl Target {
    /// A new message beside `message` (in its forum topic, if any).
    pub fn beside(message: &Message) -> Target {
        Target {
            chat: message.chat.id,
            thread: topic_of(message),
            edit: None,
        }
    }

    /// A new message in `chat` (outside any forum topic).
    pub fn chat(chat: ChatId) -> Target {
        Target {
            chat,
            thread: None,
            edit: None,
        }
    }

    /// The same place, as a new message rather than an edit (a file, a
    /// photo, a form's question that must not replace the screen).
    pub fn fresh(self) -> Target {
        Target { edit: None, ..self }
    }

    /// `message` itself, edited in place where it has text to replace.
    pub fn edit_of(message: &Message) -> Target {
        Target {
            edit: message.text().map(|_| message.id),
            ..Target::beside(message)
        }
    }
}

/// The forum topic of a message: only topic messages have one to reply in.
fn topic_of(message: &Message) -> Option<ThreadId> {
    if message.is_topic_message {
        message.thread_id
    } else {
        None
    }
}

/// Escapes text for Telegram HTML.
pub fn esc(s: &str) -> String {
    html::escape(s)
}

/// A text argument.
pub fn arg(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_within_the_limit() {
        let s = Screen::new("<b>line</b>\n".repeat(1000));
        let t = s.fitted_text();
        assert!(utf16_len(&t) <= TEXT_LIMIT);
        assert!(!t.contains('<'), "markup is dropped, no tag left open");

        let s = Screen::new(format!("<i>{}</i>", "a &lt;b&gt; c\n".repeat(800)));
        let t = s.fitted_text();
        assert!(utf16_len(&t) <= TEXT_LIMIT);
        assert!(
            t.starts_with("a &lt;b&gt; c\n"),
            "escaped text stays escaped once"
        );

        let s = Screen::new("&amp;".repeat(1000));
        let t = s.fitted_text();
        assert!(utf16_len(&t) <= TEXT_LIMIT);
        assert!(t.trim_end_matches('…').ends_with("&amp;"));

        let s = Screen::new("🚕".repeat(3000));
        assert!(utf16_len(&s.fitted_text()) <= TEXT_LIMIT);
    }
}
