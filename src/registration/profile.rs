//! The delegate's profile: its questions, in order, and how each answer is
//! checked. No Telegram here: the conversation lives in `telegram/`.

use serde::{Deserialize, Serialize};

use crate::db::attendees::ProfileRow;
use crate::i18n::Lang;

/// A question of the profile, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    FullName,
    Title,
    City,
    Country,
    Organisation,
    Diet,
    /// "Other" dietary needs, described: a follow-up of `Diet`.
    DietNote,
    Interpretation,
}

impl Field {
    /// The questions a delegate sees, in order (`DietNote` only follows
    /// "other").
    pub const ASKED: [Field; 7] = [
        Field::FullName,
        Field::Title,
        Field::City,
        Field::Country,
        Field::Organisation,
        Field::Diet,
        Field::Interpretation,
    ];

    /// Its number, from 1, among [`Field::ASKED`].
    pub fn number(self) -> usize {
        let f = if self == Field::DietNote {
            Field::Diet
        } else {
            self
        };
        Field::ASKED.iter().position(|&a| a == f).unwrap_or(0) + 1
    }

    /// A short name, for callback data and message ids.
    pub fn key(self) -> &'static str {
        match self {
            Field::FullName => "full-name",
            Field::Title => "title",
            Field::City => "city",
            Field::Country => "country",
            Field::Organisation => "organisation",
            Field::Diet => "diet",
            Field::DietNote => "diet-note",
            Field::Interpretation => "interpretation",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        [
            Field::FullName,
            Field::Title,
            Field::City,
            Field::Country,
            Field::Organisation,
            Field::Diet,
            Field::DietNote,
            Field::Interpretation,
        ]
        .into_iter()
        .find(|f| f.key() == key)
    }

    /// The longest answer accepted, in characters.
    pub fn max_len(self) -> usize {
        match self {
            Field::FullName | Field::Title => 100,
            Field::City | Field::Country => 80,
            Field::Organisation => 150,
            Field::DietNote => 200,
            Field::Diet | Field::Interpretation => 0,
        }
    }

    /// Whether the answer is typed (others are chosen with buttons;
    /// `Country` takes both).
    pub fn typed(self) -> bool {
        !matches!(self, Field::Diet | Field::Interpretation)
    }
}

/// Countries offered as buttons: the ASEAN member states, Timor-Leste and
/// China (ISO 3166 codes, lower case; names in `country-<code>`).
pub const COUNTRIES: [&str; 12] = [
    "bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn", "tl", "cn",
];

/// Dietary needs offered as buttons (names in `diet-<key>`).
pub const DIETS: [&str; 5] = ["none", "halal", "vegetarian", "vegan", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Country {
    /// One of [`COUNTRIES`].
    Listed(String),
    /// Typed.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Interpretation {
    None,
    Into(Lang),
}

/// The answers so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub full_name: Option<String>,
    pub title: Option<String>,
    pub city: Option<String>,
    pub country: Option<Country>,
    pub organisation: Option<String>,
    /// One of [`DIETS`].
    pub diet: Option<String>,
    pub diet_note: Option<String>,
    pub interpretation: Option<Interpretation>,
}

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    Empty,
    TooLong {
        max: usize,
    },
    /// Control, format or bidirectional-override characters.
    Characters,
}

/// Checks a typed answer: trimmed, inner runs of spaces made one; no
/// control characters or invisible formatting that would not print on a
/// badge (joiners inside words, which some scripts need, are kept).
pub fn check_text(field: Field, text: &str) -> Result<String, Invalid> {
    let refused = |c: char| {
        c.is_control()
            || matches!(c,
                '\u{200B}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFD}'
                | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{E000}'..='\u{F8FF}')
    };
    if text.chars().any(|c| refused(c) && c != '\n') {
        return Err(Invalid::Characters);
    }
    let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if squeezed.is_empty() {
        return Err(Invalid::Empty);
    }
    let max = field.max_len();
    if squeezed.chars().count() > max {
        return Err(Invalid::TooLong { max });
    }
    Ok(squeezed)
}

impl Draft {
    /// The next question without an answer, in order.
    pub fn next_missing(&self) -> Option<Field> {
        if self.full_name.is_none() {
            Some(Field::FullName)
        } else if self.title.is_none() {
            Some(Field::Title)
        } else if self.city.is_none() {
            Some(Field::City)
        } else if self.country.is_none() {
            Some(Field::Country)
        } else if self.organisation.is_none() {
            Some(Field::Organisation)
        } else if self.diet.is_none() {
            Some(Field::Diet)
        } else if self.diet.as_deref() == Some("other") && self.diet_note.is_none() {
            Some(Field::DietNote)
        } else if self.interpretation.is_none() {
            Some(Field::Interpretation)
        } else {
            None
        }
    }

    /// As stored.
    pub fn to_row(&self) -> ProfileRow {
        let (country_code, country_other) = match &self.country {
            Some(Country::Listed(c)) => (Some(c.clone()), None),
            Some(Country::Other(c)) => (None, Some(c.clone())),
            None => (None, None),
        };
        ProfileRow {
            full_name: self.full_name.clone(),
            title: self.title.clone(),
            city: self.city.clone(),
            country_code,
            country_other,
            organisation: self.organisation.clone(),
            diet: self.diet.clone(),
            diet_note: if self.diet.as_deref() == Some("other") {
                self.diet_note.clone()
            } else {
                None
            },
            interpretation: self.interpretation.as_ref().map(|i| match i {
                Interpretation::None => "none".to_string(),
                Interpretation::Into(l) => l.code().to_string(),
            }),
        }
    }

    /// From storage (values no longer understood are dropped, and asked
    /// again).
    pub fn from_row(r: &ProfileRow) -> Draft {
        let country = match (&r.country_code, &r.country_other) {
            (Some(c), _) if COUNTRIES.contains(&c.as_str()) => Some(Country::Listed(c.clone())),
            (_, Some(o)) => Some(Country::Other(o.clone())),
            _ => None,
        };
        Draft {
            full_name: r.full_name.clone(),
            title: r.title.clone(),
            city: r.city.clone(),
            country,
            organisation: r.organisation.clone(),
            diet: r.diet.clone().filter(|d| DIETS.contains(&d.as_str())),
            diet_note: r.diet_note.clone(),
            interpretation: r.interpretation.as_deref().and_then(|i| {
                if i == "none" {
                    Some(Interpretation::None)
                } else {
                    Lang::from_code(i).map(Interpretation::Into)
                }
            }),
        }
    }

    /// Forgets one answer, so that it is asked again.
    pub fn clear(&mut self, field: Field) {
        match field {
            Field::FullName => self.full_name = None,
            Field::Title => self.title = None,
            Field::City => self.city = None,
            Field::Country => self.country = None,
            Field::Organisation => self.organisation = None,
            Field::Diet | Field::DietNote => {
                self.diet = None;
                self.diet_note = None;
            }
            Field::Interpretation => self.interpretation = None,
        }
    }

    /// Stores a checked typed answer to `field`.
    pub fn set_text(&mut self, field: Field, value: String) {
        match field {
            Field::FullName => self.full_name = Some(value),
            Field::Title => self.title = Some(value),
            Field::City => self.city = Some(value),
            Field::Country => self.country = Some(Country::Other(value)),
            Field::Organisation => self.organisation = Some(value),
            Field::DietNote => self.diet_note = Some(value),
            Field::Diet | Field::Interpretation => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_trimmed_and_checked() {
        assert_eq!(
            check_text(Field::FullName, "  Nguyễn   Văn  An "),
            Ok("Nguyễn Văn An".into())
        );
        assert_eq!(check_text(Field::FullName, " \n "), Err(Invalid::Empty));
        assert_eq!(
            check_text(Field::City, &"ก".repeat(81)),
            Err(Invalid::TooLong { max: 80 })
        );
        assert_eq!(
            check_text(Field::City, "Da\u{0}Nang"),
            Err(Invalid::Characters)
        );
        assert_eq!(
            check_text(Field::City, "\u{202E}gnaN aD"),
            Err(Invalid::Characters)
        );
        // Scripts that need joiners keep them.
        assert!(check_text(Field::FullName, "ကျော်\u{200C}ဇော").is_ok());
        assert!(check_text(Field::FullName, "សុខ សុភា").is_ok());
    }

    #[test]
    fn the_questions_come_in_order_with_the_follow_up_for_other_diets() {
        let mut d = Draft::default();
        let mut asked = Vec::new();
        while let Some(f) = d.next_missing() {
            asked.push(f);
            match f {
                Field::Diet => d.diet = Some("other".into()),
                Field::Interpretation => d.interpretation = Some(Interpretation::Into(Lang::Th)),
                Field::Country => d.country = Some(Country::Listed("th".into())),
                f => d.set_text(f, "x".into()),
            }
        }
        assert_eq!(asked.len(), 8);
        assert_eq!(asked[6], Field::DietNote);
        assert_eq!(Field::DietNote.number(), Field::Diet.number());
        assert_eq!(Draft::from_row(&d.to_row()), d);
    }
}
