//! Answers a typed question from what the desk knows: the FAQ, the
//! sessions, the venues, the transport topics, and the programme of a day
//! ("what's on tomorrow afternoon?").
//!
//! Each language's texts (titles, answers, descriptions and the `-ask`
//! phrasings translators wrote) are an Okapi BM25 index. A question is
//! ranked against every language's index (a Thai delegate may type in
//! English) and answered only when the best entry is a confident match:
//! most of the question's weight (its terms' inverse document frequencies)
//! is found in the entry. A question about something the desk never
//! mentions ("the capital of France") leaves most of its weight unmatched,
//! and is not answered.
//!
//! Days and times come from the `ask-words-*` messages and the weekday
//! names of each language: found in a question whose other words the desk
//! knows, they make it a question about the programme of that day.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::packed::{Postings, Words};
use super::tokens::{self, Terms};
use crate::event::{Event, text_ids};
use crate::i18n::{I18n, Lang};

/// What a question is answered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Faq(String),
    Session(String),
    Venue(String),
    Transport(String),
    /// The programme of a day, or of part of it.
    Day {
        date: NaiveDate,
        part: Option<Part>,
    },
    /// What is on now and next.
    Now,
    /// The whole programme.
    Programme,
}

impl Answer {
    /// A short label: `faq:wifi`, `day:2025-01-16:afternoon`, `now`.
    pub fn label(&self) -> String {
        match self {
            Answer::Faq(id) => format!("faq:{id}"),
            Answer::Session(id) => format!("session:{id}"),
            Answer::Venue(id) => format!("venue:{id}"),
            Answer::Transport(id) => format!("transport:{id}"),
            Answer::Day { date, part: None } => format!("day:{date}"),
            Answer::Day {
                date,
                part: Some(p),
            } => format!("day:{date}:{}", p.name()),
            Answer::Now => "now".into(),
            Answer::Programme => "programme".into(),
        }
    }
}

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Morning,
    Afternoon,
    Evening,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Morning => "morning",
            Part::Afternoon => "afternoon",
            Part::Evening => "evening",
        }
    }

    /// When the part begins and ends (local time).
    pub fn hours(self) -> (NaiveTime, NaiveTime) {
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        match self {
            Part::Morning => (t(0), t(12)),
            Part::Afternoon => (t(12), t(18)),
            Part::Evening => (
                t(17),
                NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default(),
            ),
        }
    }
}

/// An entry a question can be about (the FAQ, a session, a venue, a topic).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    Faq(String),
    Session(String),
    Venue(String),
    Transport(String),
    /// The programme in general: "what's on?" (with a day: that day's).
    Programme,
}

/// An entry's texts, by field.
struct Doc {
    entry: Entry,
    title: String,
    ask: String,
    body: String,
    /// The English title and ways to ask, in another language's index.
    mixed: String,
}

/// How much each field's words count (the ways to ask: 1).
const TITLE_WEIGHT: f32 = 2.0;
const BODY_WEIGHT: f32 = 0.25;
const MIXED_WEIGHT: f32 = 0.5;

/// BM25's usual constants.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// The share of a question's weight an entry must hold to be the answer
/// (measured on the quality sets in tests/questions: see the README).
const MIN_COVERAGE: f32 = 0.37;
/// An answer also needs this much weight found (a word the desk uses
/// rarely, not only "what" and "is").
const MIN_FOUND: f32 = 4.0;
/// What a day or time word weighs (it counts for the programme).
const TIME_WEIGHT: f32 = 1.5;
/// A Latin word no language of the desk knows, in a question in another
/// script, weighs this many unknown words: a name ("bitcoin", "Hamlet").
const NAME_WEIGHT: f32 = 3.0;

/// One language's index.
#[derive(Debug, Default)]
struct Index {
    entries: Vec<Entry>,
    lengths: Vec<f32>,
    average: f32,
    /// term → (entry, frequency)
    postings: Postings,
    /// The words of this language's texts, for re-reading questions in
    /// scripts without spaces (see [`Index::split`]).
    vocabulary: Words,
    /// The longest word, in characters.
    longest: usize,
    /// Whether any word is in a script without spaces (else a question in
    /// such a script is not read again with this language's words).
    unspaced: bool,
}

impl Index {
    /// A run of text without spaces, split into this language's words by
    /// longest match (letters no word covers stay together as one unknown
    /// word): the segmenter's dictionary may cut "午饭是清真的吗" as
    /// "是清|真的", while the texts know "清真".
    fn split(&self, run: &str) -> Vec<String> {
        let chars: Vec<char> = run.chars().collect();
        let n = chars.len();
        // Byte offsets of each character (and of the end).
        let at: Vec<usize> = run
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(run.len()))
            .collect();
        // Where a word may begin or end: never before a vowel sign or tone
        // mark, nor after a Khmer coeng, a Burmese virama or a Thai or Lao
        // vowel written before its consonant.
        let cut: Vec<bool> = (0..=n)
            .map(|i| {
                i == 0
                    || i == n
                    || (!tokens::is_mark(chars[i])
                        && !tokens::is_joiner(chars[i - 1])
                        && !tokens::is_leading_vowel(chars[i - 1]))
            })
            .collect();
        // best[i]: (letters in known words, -pieces, previous cut, known)
        // for the text up to i; the most letters in known words wins.
        let mut best: Vec<Option<(usize, i64, usize, bool)>> = vec![None; n + 1];
        best[0] = Some((0, 0, 0, false));
        for i in 0..n {
            let Some((known, pieces, _, _)) = best[i] else {
                continue;
            };
            if !cut[i] {
                continue;
            }
            let mut offer = |j: usize, word: bool| {
                let score = (known + if word { j - i } else { 0 }, pieces - 1, i, word);
                if best[j].is_none_or(|b| (score.0, score.1) > (b.0, b.1)) {
                    best[j] = Some(score);
                }
            };
            let mut next_cut = None;
            for j in i + 1..=n.min(i + self.longest) {
                if !cut[j] {
                    continue;
                }
                next_cut.get_or_insert(j);
                if self.vocabulary.contains(&run[at[i]..at[j]]) {
                    offer(j, true);
                }
            }
            let step = next_cut.unwrap_or_else(|| (i + 1..=n).find(|&j| cut[j]).unwrap_or(n));
            offer(step, false);
        }
        // Walk back, joining unknown stretches into one word.
        let mut pieces: Vec<(String, bool)> = Vec::new();
        let mut j = n;
        while j > 0 {
            let Some((_, _, i, word)) = best[j] else {
                break;
            };
            let piece = run[at[i]..at[j]].to_string();
            match pieces.last_mut() {
                Some((p, false)) if !word => *p = piece + p,
                _ => pieces.push((piece, word)),
            }
            j = i;
        }
        pieces.reverse();
        pieces.into_iter().map(|(p, _)| p).collect()
    }

    fn idf(&self, term: &str) -> f32 {
        let n = self.entries.len() as f32;
        let df = self.postings.get(term).map_or(0.0, |p| p.len() as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}

/// A day or time word of one language: its words in order, or (for scripts
/// written without spaces) its letters.
#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    folded: Vec<String>,
    squeezed: Option<String>,
    len: usize,
}

impl Phrase {
    fn new(line: &str) -> Option<Phrase> {
        let t = tokens::terms(line);
        if t.words.is_empty() {
            return None;
        }
        // Found among letters only when long enough not to be a piece of
        // any word (a single Burmese letter would be in most questions).
        let squeezed = (t.squeezed.chars().any(tokens::unspaced)
            && t.squeezed.chars().filter(|c| !c.is_whitespace()).count() >= 2)
            .then(|| t.squeezed.clone());
        Some(Phrase {
            len: t.squeezed.chars().count(),
            words: t.words,
            folded: t.folded,
            squeezed,
        })
    }

    /// Where it is in the question: the positions of its words, or `Some`
    /// with no positions when found among letters.
    fn find(&self, q: &Terms) -> Option<Vec<usize>> {
        let (words, mine) = if q.accented {
            (&q.words, &self.words)
        } else {
            (&q.folded, &self.folded)
        };
        if let Some(at) = words.windows(mine.len()).position(|w| w == mine.as_slice()) {
            return Some((at..at + mine.len()).collect());
        }
        let s = self.squeezed.as_ref()?;
        q.squeezed.contains(s.as_str()).then(|| {
            words
                .iter()
                .enumerate()
                .filter(|(_, w)| s.contains(w.as_str()))
                .map(|(i, _)| i)
                .collect()
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayWord {
    Today,
    Tomorrow,
    AfterTomorrow,
    Yesterday,
    Weekday(u32),
}

#[derive(Debug, Default)]
struct TimeWords {
    now: Vec<Phrase>,
    days: Vec<(DayWord, Phrase)>,
    parts: Vec<(Part, Phrase)>,
    programme: Vec<Phrase>,
}

/// Everything the desk knows, indexed for questions, in every language.
#[derive(Debug, Default)]
pub struct Matcher {
    indexes: Vec<(Lang, Index)>,
    times: Vec<TimeWords>,
    /// Every word any index or time word knows.
    known: Words,
}

/// What the matching found, with why (for tests and the benchmark).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub answer: Option<Answer>,
    /// The best entry's share of the question's weight.
    pub coverage: f32,
    /// The best entry, confident or not.
    pub best: Option<Answer>,
    /// The weight of the question found in the best entry, and its score.
    pub found: f32,
    pub score: f32,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

impl Matcher {
    /// Indexes the event's texts and the time words in every language.
    pub fn build(event: &Event, i18n: &I18n) -> Matcher {
        let mut m = Matcher::default();
        let mut english: Vec<(String, String)> = Vec::new();
        for lang in Lang::ALL {
            // FAQ answers take the desk's contacts.
            let args = [
                ("phone", event.contacts.phone.clone().into()),
                ("email", event.contacts.email.clone().into()),
            ];
            let text = |id: &str| -> String {
                if i18n.has(lang, id) {
                    i18n.fmt(lang, id, &args)
                } else {
                    String::new()
                }
            };
            // (entry, title, other texts)
            // Each entry's texts: its title, the ways to ask about it, and
            // what it says (where other entries come up in passing: the
            // station's text names the convention centre).
            let mut docs: Vec<Doc> = Vec::new();
            for f in &event.faq {
                docs.push(Doc {
                    entry: Entry::Faq(f.id.clone()),
                    title: text(&text_ids::faq_title(&f.id)),
                    ask: text(&text_ids::faq_ask(&f.id)),
                    body: text(&text_ids::faq_answer(&f.id)),
                    mixed: String::new(),
                });
            }
            for s in &event.sessions {
                let title = text_ids::session_title(&s.id);
                let room = s
                    .room
                    .as_ref()
                    .map(|r| text(&text_ids::room(&s.venue, r)))
                    .unwrap_or_default();
                docs.push(Doc {
                    entry: Entry::Session(s.id.clone()),
                    title: text(&title),
                    ask: text(&text_ids::ask_of(&title)),
                    body: format!("{}\n{room}", text(&text_ids::session_description(&s.id))),
                    mixed: String::new(),
                });
            }
            for v in &event.venues {
                let name = text_ids::venue_name(&v.id);
                docs.push(Doc {
                    entry: Entry::Venue(v.id.clone()),
                    title: text(&name),
                    ask: text(&text_ids::ask_of(&name)),
                    body: format!(
                        "{}\n{}",
                        text(&text_ids::venue_about(&v.id)),
                        text(&text_ids::venue_address(&v.id)),
                    ),
                    mixed: String::new(),
                });
            }
            for t in &event.transport {
                let title = text_ids::transport_title(&t.id);
                docs.push(Doc {
                    entry: Entry::Transport(t.id.clone()),
                    title: text(&title),
                    ask: text(&text_ids::ask_of(&title)),
                    body: text(&text_ids::transport_body(&t.id)),
                    mixed: String::new(),
                });
            }
            docs.push(Doc {
                entry: Entry::Programme,
                title: text("ask-words-programme"),
                ask: text("ask-programme"),
                body: String::new(),
                mixed: String::new(),
            });
            // English words mixed into any language ("wifi", "whatsapp",
            // "grab") meet the English ways to ask.
            if lang == Lang::En {
                english = docs
                    .iter()
                    .map(|d| (d.title.clone(), d.ask.clone()))
                    .collect();
            } else {
                for (d, (title, ask)) in docs.iter_mut().zip(&english) {
                    d.mixed = format!("{title}\n{ask}");
                }
            }
            let mut index = Index::default();
            let mut postings: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
            for doc in docs {
                // Weighted term frequencies: the title counts twice, what
                // the entry says in passing half.
                let mut tf: HashMap<String, f32> = HashMap::new();
                let mut length = 0.0f32;
                for (field, weight) in [
                    (&doc.title, TITLE_WEIGHT),
                    (&doc.ask, 1.0),
                    (&doc.body, BODY_WEIGHT),
                    (&doc.mixed, MIXED_WEIGHT),
                ] {
                    let t = tokens::terms(field);
                    let mut all = tokens::expand(&t.words);
                    all.extend(
                        tokens::expand(&t.folded)
                            .into_iter()
                            .filter(|f| !t.words.contains(f)),
                    );
                    if lang == Lang::Vi {
                        // Vietnamese spaces its syllables, not its words:
                        // "khách sạn" (hotel), "Hà Nội" are one word each.
                        for words in [&t.words, &t.folded] {
                            all.extend(words.windows(2).map(|w| format!("{} {}", w[0], w[1])));
                        }
                        all.sort();
                        all.dedup();
                    }
                    for term in all {
                        *tf.entry(term).or_default() += weight;
                        length += weight;
                    }
                }
                let entry = doc.entry;
                let n = u32::try_from(index.entries.len()).unwrap_or(u32::MAX);
                for (term, f) in tf {
                    if !term.starts_with(['#', '~']) {
                        index.longest = index.longest.max(term.chars().count());
                        index.unspaced |= term.chars().any(tokens::unspaced);
                    }
                    postings.entry(term).or_default().push((n, f));
                }
                index.lengths.push(length);
                index.entries.push(entry);
            }
            index.average = index.lengths.iter().sum::<f32>() / (index.lengths.len().max(1) as f32);
            index.postings = Postings::new(postings);
            index.vocabulary = Words::new(
                index
                    .postings
                    .terms()
                    .filter(|t| !t.starts_with(['#', '~']) && tokens::whole_word(t)),
            );
            m.indexes.push((lang, index));

            let phrases =
                |id: &str| -> Vec<Phrase> { lines(&text(id)).filter_map(Phrase::new).collect() };
            let mut tw = TimeWords {
                now: phrases("ask-words-now"),
                programme: phrases("ask-words-programme"),
                ..TimeWords::default()
            };
            for (word, id) in [
                (DayWord::Today, "ask-words-today"),
                (DayWord::Tomorrow, "ask-words-tomorrow"),
                (DayWord::AfterTomorrow, "ask-words-day-after-tomorrow"),
                (DayWord::Yesterday, "ask-words-yesterday"),
            ] {
                tw.days.extend(phrases(id).into_iter().map(|p| (word, p)));
            }
            for n in 1..=7 {
                for id in [
                    format!("date-weekday-{n}"),
                    format!("ask-words-weekday-{n}"),
                ] {
                    tw.days
                        .extend(phrases(&id).into_iter().map(|p| (DayWord::Weekday(n), p)));
                }
            }
            for (part, id) in [
                (Part::Morning, "ask-words-morning"),
                (Part::Afternoon, "ask-words-afternoon"),
                (Part::Evening, "ask-words-evening"),
            ] {
                tw.parts.extend(phrases(id).into_iter().map(|p| (part, p)));
            }
            m.times.push(tw);
        }
        // Every word known: the terms of every index, and the time words.
        let times = m.times.iter().flat_map(|tw| {
            tw.now
                .iter()
                .chain(&tw.programme)
                .chain(tw.days.iter().map(|(_, p)| p))
                .chain(tw.parts.iter().map(|(_, p)| p))
                .flat_map(|p| p.words.iter().chain(&p.folded).map(String::as_str))
        });
        let known = Words::new(
            m.indexes
                .iter()
                .flat_map(|(_, index)| index.postings.terms())
                .chain(times),
        );
        m.known = known;
        m
    }

    /// The answer to `question`, asked at `now` (local time of the event),
    /// by a delegate reading `lang` (their language's texts win ties).
    pub fn ask(&self, event: &Event, question: &str, lang: Lang, now: NaiveDateTime) -> Found {
        let q = tokens::terms(question);
        let words = q.words_for_query();
        if words.is_empty() {
            return Found {
                answer: None,
                coverage: 0.0,
                best: None,
                found: 0.0,
                score: 0.0,
            };
        }

        // The time words in the question, in any language.
        let mut day: Option<(usize, DayWord)> = None;
        let mut part: Option<(usize, Part)> = None;
        let mut now_word = false;
        let mut programme_word = false;
        let mut time_positions: Vec<usize> = Vec::new();
        for tw in &self.times {
            for (d, p) in &tw.days {
                if let Some(at) = p.find(&q) {
                    time_positions.extend(at);
                    if day.is_none_or(|(len, _)| p.len > len) {
                        day = Some((p.len, *d));
                    }
                }
            }
        }
        for tw in &self.times {
            for (pt, p) in &tw.parts {
                if let Some(at) = p.find(&q) {
                    time_positions.extend(at);
                    if part.is_none_or(|(len, _)| p.len > len) {
                        part = Some((p.len, *pt));
                    }
                }
            }
            for p in &tw.now {
                if let Some(at) = p.find(&q) {
                    time_positions.extend(at);
                    now_word = true;
                }
            }
            for p in &tw.programme {
                if let Some(at) = p.find(&q) {
                    time_positions.extend(at);
                    programme_word = true;
                }
            }
        }

        // The best entry, over every language.
        let mut best: Option<(f32, f32, usize, usize)> = None; // coverage, score, lang, entry
        let mut best_found = 0.0f32;
        // A Latin word no language of the desk knows, in a question
        // written in another script, is a name ("bitcoin", "Hamlet"): what
        // the question is about, and nothing the desk knows.
        let foreign_script = q.squeezed.chars().any(tokens::unspaced);
        // Entries are matched on the other words: "tonight" says when,
        // not what.
        let content_words: Vec<String> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| !time_positions.contains(i))
            .map(|(_, w)| w.clone())
            .collect();
        // Runs of words in scripts without spaces, to read again with
        // each language's words.
        let mut pieces: Vec<(bool, String, Vec<String>)> = Vec::new();
        for w in &content_words {
            let unspaced = w.chars().any(tokens::unspaced);
            match pieces.last_mut() {
                Some((true, run, originals)) if unspaced => {
                    run.push_str(w);
                    originals.push(w.clone());
                }
                _ => pieces.push((unspaced, w.clone(), vec![w.clone()])),
            }
        }
        let mut time_words: Vec<String> = time_positions
            .iter()
            .filter_map(|&i| words.get(i).cloned())
            .collect();
        time_words.sort();
        time_words.dedup();
        let time_weight = TIME_WEIGHT;
        for (li, (l, index)) in self.indexes.iter().enumerate() {
            let mut unique: Vec<String> = Vec::new();
            for (unspaced, piece, originals) in &pieces {
                if *unspaced && index.unspaced && !index.vocabulary.contains(piece) {
                    unique.extend(index.split(piece));
                } else if *unspaced {
                    unique.extend(originals.iter().cloned());
                } else {
                    unique.push(piece.clone());
                }
            }
            if *l == Lang::Vi {
                // Two syllables the texts use as one word are one word
                // here too ("hà nội", not "hà" and "nội").
                let mut joined = Vec::with_capacity(unique.len());
                let mut i = 0;
                while i < unique.len() {
                    let pair = unique
                        .get(i + 1)
                        .map(|next| format!("{} {next}", unique[i]))
                        .filter(|p| index.postings.contains_key(p));
                    match pair {
                        Some(p) => {
                            joined.push(p);
                            i += 2;
                        }
                        None => {
                            joined.push(unique[i].clone());
                            i += 1;
                        }
                    }
                }
                unique = joined;
            }
            unique.sort();
            unique.dedup();
            // Each word's terms: the word, then its n-grams or stems.
            let word_terms: Vec<Vec<String>> = unique
                .iter()
                .map(|w| tokens::expand(std::slice::from_ref(w)))
                .collect();
            let n = index.entries.len();
            let mut scores = vec![0.0f32; n];
            let mut found = vec![0.0f32; n];
            // The weight found, each word counted by its units (for
            // MIN_FOUND).
            let mut rare = vec![0.0f32; n];
            let mut matched = vec![0.0f32; n];
            let mut total = 0.0f32;
            let bm25 = |idf: f32, tf: f32, e: usize| {
                let norm = K1 * (1.0 - B + B * index.lengths[e] / index.average);
                idf * tf * (K1 + 1.0) / (tf + norm)
            };
            // Words of days and times count for the programme (and for an
            // entry that uses them), at a middling weight.
            for w in &time_words {
                total += time_weight;
                for e in 0..n {
                    let literal = index
                        .postings
                        .get(w)
                        .is_some_and(|p| p.iter().any(|&(x, _)| x as usize == e));
                    if literal || index.entries[e] == Entry::Programme {
                        found[e] += time_weight;
                        rare[e] += time_weight;
                        scores[e] += bm25(time_weight, 1.0, e);
                    }
                }
            }
            for terms in &word_terms {
                let Some((word, parts)) = terms.split_first() else {
                    continue;
                };
                // A word weighs its rarity in this language (an unknown
                // word the most), and counts as found in an entry wholly,
                // or in part by its n-grams (a prefix: 0.8).
                // A word no language of the desk knows ("bitcoin") says
                // most clearly that the question is about something else.
                let known = index.postings.contains_key(word.as_str());
                let known_anywhere = known
                    || self.known.contains(word.as_str())
                    || parts
                        .iter()
                        .any(|p| p.starts_with('~') && self.known.contains(p.as_str()));
                let weight = index.idf(word)
                    * match (known, known_anywhere) {
                        (true, _) => 1.0,
                        (false, true) => 1.0,
                        // A short one is more likely a chat abbreviation
                        // ("brp", "sy") than a subject.
                        (false, false) if !word.chars().any(tokens::unspaced) => {
                            match word.chars().count() {
                                5.. if foreign_script => NAME_WEIGHT,
                                _ => 1.0,
                            }
                        }
                        (false, false) => 1.0,
                    }
                    * if known { 1.0 } else { unknown_units(word) };
                // Two Vietnamese syllables joined into one word weigh once
                // in the question's share, but count as two rare words.
                let units = if word.contains(' ') { 2.0 } else { 1.0 };
                total += weight;
                matched.iter_mut().for_each(|m| *m = 0.0);
                if let Some(postings) = index.postings.get(word) {
                    for &(e, tf) in postings {
                        let e = e as usize;
                        matched[e] = 1.0;
                        scores[e] += bm25(weight, tf, e);
                    }
                }
                if !parts.is_empty() {
                    let idfs: Vec<f32> = parts.iter().map(|g| index.idf(g)).collect();
                    let sum: f32 = idfs.iter().sum();
                    let stems = parts[0].starts_with('~');
                    let mut partial = vec![0.0f32; n];
                    for (g, idf) in parts.iter().zip(&idfs) {
                        if let Some(postings) = index.postings.get(g) {
                            for &(e, tf) in postings {
                                let e = e as usize;
                                if stems {
                                    // A shared stem: most of the word.
                                    if partial[e] == 0.0 {
                                        partial[e] = 0.8;
                                        scores[e] += 0.8 * bm25(weight, tf, e);
                                    }
                                } else {
                                    partial[e] += idf / sum.max(f32::EPSILON);
                                    scores[e] += bm25(*idf, tf, e) / parts.len() as f32;
                                }
                            }
                        }
                    }
                    for e in 0..n {
                        matched[e] = matched[e].max(partial[e]);
                    }
                }
                for e in 0..n {
                    found[e] += weight * matched[e];
                    rare[e] += units * weight * matched[e];
                }
            }
            if total <= 0.0 {
                continue;
            }
            for e in 0..index.entries.len() {
                if scores[e] <= 0.0 || rare[e] < MIN_FOUND {
                    continue;
                }
                let coverage = found[e] / total;
                let better = match best {
                    None => true,
                    Some((c, s, bl, be)) => {
                        // Ranked by score; the coverage decides
                        // whether the best is good enough.
                        let (key, old) = (
                            (scores[e] * coverage * 100.0).round(),
                            (s * c * 100.0).round(),
                        );
                        key > old
                            || (key == old && coverage > c + 1e-4)
                            || (key == old
                                && (coverage - c).abs() <= 1e-4
                                && self.prefer(event, now, *l, lang, bl, &index.entries[e], be))
                    }
                };
                if better {
                    best = Some((coverage, scores[e], li, e));
                    best_found = rare[e];
                }
            }
        }
        let timely = day.is_some() || part.is_some() || now_word || programme_word;
        let entry = best.and_then(|(c, _, li, e)| {
            (c >= MIN_COVERAGE && best_found >= MIN_FOUND)
                .then(|| (c, self.indexes[li].1.entries[e].clone()))
        });
        let coverage = best.map_or(0.0, |b| b.0);
        let score = best.map_or(0.0, |b| b.1);
        let best =
            best.and_then(|(_, _, li, e)| entry_answer(self.indexes[li].1.entries[e].clone()));

        // A question about a day or the programme: answered so only when
        // no entry fits and every other word is one the desk knows (so
        // "bitcoin price now" is not "what's on now").
        let rest_known = words
            .iter()
            .enumerate()
            .filter(|(i, _)| !time_positions.contains(i))
            .all(|(_, w)| self.known.contains(w) || w.chars().all(|c| c.is_ascii_digit()));
        let today = now.date();
        let timely_answer = || {
            let date = day.map(|(_, d)| match d {
                DayWord::Today => today,
                DayWord::Tomorrow => today + chrono::Days::new(1),
                DayWord::AfterTomorrow => today + chrono::Days::new(2),
                DayWord::Yesterday => today - chrono::Days::new(1),
                DayWord::Weekday(n) => weekday_date(event, today, n),
            });
            match (date, part) {
                (Some(date), p) => Answer::Day {
                    date,
                    part: p.map(|(_, p)| p),
                },
                (None, Some((_, p))) => Answer::Day {
                    date: today,
                    part: Some(p),
                },
                (None, None) if now_word => Answer::Now,
                (None, None) => Answer::Programme,
            }
        };
        let answer = match entry {
            Some((_, Entry::Programme)) => Some(timely_answer()),
            Some((_, e)) => entry_answer(e),
            None if timely && (content_words.is_empty() || rest_known) => Some(timely_answer()),
            None => None,
        };
        Found {
            answer,
            coverage,
            best,
            found: best_found,
            score,
        }
    }

    /// Between two entries that score the same: the reader's language, then
    /// (for sessions of the same name, such as two lunches) the next one.
    #[allow(clippy::too_many_arguments)]
    fn prefer(
        &self,
        event: &Event,
        now: NaiveDateTime,
        l: Lang,
        reader: Lang,
        best_lang: usize,
        e: &Entry,
        best_entry: usize,
    ) -> bool {
        let (bl, bindex) = &self.indexes[best_lang];
        if l == reader && *bl != reader {
            return true;
        }
        if let (Entry::Session(a), Entry::Session(b)) = (e, &bindex.entries[best_entry]) {
            let next = |id: &str| {
                event
                    .session(id)
                    .map(|s| s.date.and_time(s.start))
                    .filter(|t| *t >= now)
            };
            return match (next(a), next(b)) {
                (Some(x), Some(y)) => x < y,
                (Some(_), None) => true,
                _ => false,
            };
        }
        false
    }
}

fn entry_answer(e: Entry) -> Option<Answer> {
    Some(match e {
        Entry::Faq(id) => Answer::Faq(id),
        Entry::Session(id) => Answer::Session(id),
        Entry::Venue(id) => Answer::Venue(id),
        Entry::Transport(id) => Answer::Transport(id),
        Entry::Programme => Answer::Programme,
    })
}

/// How many words an unknown stretch of a script without spaces likely
/// holds (Chinese words are about two characters, others about four):
/// "哈姆雷特的作者" is more unknown than one word.
fn unknown_units(word: &str) -> f32 {
    let letters = word.chars().filter(|c| !tokens::is_mark(*c)).count() as f32;
    let per_word = if word.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
        2.0
    } else if word.chars().any(tokens::unspaced) {
        4.0
    } else {
        return 1.0;
    };
    (letters / per_word).round().max(1.0)
}

/// The event's day with weekday `n` (1 = Monday): the first from `today`
/// on, else the first of the event.
fn weekday_date(event: &Event, today: NaiveDate, n: u32) -> NaiveDate {
    let days: Vec<NaiveDate> = event
        .start_date
        .iter_days()
        .take_while(|d| *d <= event.end_date)
        .filter(|d| d.weekday().number_from_monday() == n)
        .collect();
    days.iter()
        .find(|d| **d >= today)
        .or(days.first())
        .copied()
        .unwrap_or_else(|| {
            // Not during the event: the next such weekday.
            let mut d = today;
            for _ in 0..7 {
                if d.weekday().number_from_monday() == n {
                    break;
                }
                d = d.succ_opt().unwrap_or(d);
            }
            d
        })
}
