//! The question index's tables, packed: every term's letters in one
//! buffer, sorted, found by binary search. Hash maps of `String`s and
//! `Vec`s took about three times the room (a heap block per term and per
//! list, and tables sized for growth), and the index lives as long as the
//! desk does, in ten languages.

use std::collections::HashMap;

/// A sorted set of words.
#[derive(Debug, Default)]
pub struct Words {
    text: String,
    /// (start, end) of each word in `text`, sorted by the word.
    spans: Vec<(u32, u32)>,
}

impl Words {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Words {
        let mut sorted: Vec<&str> = words.into_iter().collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut text = String::with_capacity(sorted.iter().map(|w| w.len()).sum());
        let mut spans = Vec::with_capacity(sorted.len());
        for w in sorted {
            let start = offset(text.len());
            text.push_str(w);
            spans.push((start, offset(text.len())));
        }
        Words { text, spans }
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.spans
            .iter()
            .map(|&(s, e)| &self.text[s as usize..e as usize])
    }

    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// The word's place in the order, if it is here.
    fn position(&self, word: &str) -> Option<usize> {
        self.spans
            .binary_search_by(|&(s, e)| self.text[s as usize..e as usize].cmp(word))
            .ok()
    }
}

/// Terms and their postings: for each term, the entries it is in (by
/// number) and its weighted frequency there.
#[derive(Debug, Default)]
pub struct Postings {
    words: Words,
    /// Where each term's postings begin in `postings` (one more than there
    /// are terms: the last is the end).
    starts: Vec<u32>,
    postings: Vec<(u32, f32)>,
}

impl Postings {
    pub fn new(map: HashMap<String, Vec<(u32, f32)>>) -> Postings {
        let mut sorted: Vec<(String, Vec<(u32, f32)>)> = map.into_iter().collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // The map's keys are distinct: the words keep this order.
        let words = Words::new(sorted.iter().map(|(term, _)| term.as_str()));
        let mut starts = Vec::with_capacity(sorted.len() + 1);
        let mut postings = Vec::with_capacity(sorted.iter().map(|(_, p)| p.len()).sum());
        for (_, list) in &sorted {
            starts.push(offset(postings.len()));
            postings.extend_from_slice(list);
        }
        starts.push(offset(postings.len()));
        Postings {
            words,
            starts,
            postings,
        }
    }

    /// The term's postings, if any entry has it.
    pub fn get(&self, term: &str) -> Option<&[(u32, f32)]> {
        let i = self.words.position(term)?;
        let (from, to) = (*self.starts.get(i)?, *self.starts.get(i + 1)?);
        self.postings.get(from as usize..to as usize)
    }

    pub fn contains_key(&self, term: &str) -> bool {
        self.words.contains(term)
    }

    /// The terms, in order.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.words.iter()
    }
}

/// A position in a table, as stored (the tables are far below 4 GiB; a
/// larger one would be a bug in the index, and saturates).
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_postings_are_found_and_others_are_not() {
        let words = Words::new(["清真", "午饭", "hotel", "khách sạn", "hotel"]);
        assert!(words.contains("清真"));
        assert!(words.contains("khách sạn"));
        assert!(!words.contains("清"));
        assert!(!words.contains("hotels"));
        assert!(!Words::default().contains(""));
        assert_eq!(
            words.iter().collect::<Vec<_>>(),
            ["hotel", "khách sạn", "午饭", "清真"]
        );

        let mut map = HashMap::new();
        map.insert("hotel".to_string(), vec![(0, 2.0), (3, 0.25)]);
        map.insert("bus".to_string(), vec![(1, 1.0)]);
        map.insert("清真".to_string(), vec![(2, 1.0)]);
        let postings = Postings::new(map);
        assert_eq!(postings.get("hotel"), Some(&[(0, 2.0), (3, 0.25)][..]));
        assert_eq!(postings.get("bus"), Some(&[(1, 1.0)][..]));
        assert_eq!(postings.get("清真"), Some(&[(2, 1.0)][..]));
        assert_eq!(postings.get("train"), None);
        assert!(postings.contains_key("bus"));
        assert!(!postings.contains_key("b"));
        assert_eq!(
            postings.terms().collect::<Vec<_>>(),
            ["bus", "hotel", "清真"]
        );
        assert_eq!(Postings::default().get("hotel"), None);
    }
}
