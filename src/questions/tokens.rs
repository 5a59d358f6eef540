//! Text into terms for matching, the same way for every language: Unicode
//! compatibility folding and lower case; words from ICU's segmenter (with
//! dictionaries for Thai, Lao, Khmer, Burmese and Chinese, which put no
//! spaces between words); inside words of those scripts, character n-grams,
//! so that a word the dictionary splits differently in the question and in
//! the text still meets; for long words of other scripts a prefix, so that
//! "shuttles" meets "shuttle". Accents are folded only when the question is
//! typed without them (Vietnamese typed on a phone often is).

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// The terms of a text, in two forms.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Each word, in order (lower case, accents kept).
    pub words: Vec<String>,
    /// The same words with accents removed.
    pub folded: Vec<String>,
    /// Whether the text had accents at all.
    pub accented: bool,
    /// The text in lower case, compatibility-folded, spaces removed: for
    /// finding phrases of scripts written without spaces.
    pub squeezed: String,
}

impl Terms {
    /// The words to match with: as typed when the text had accents, else
    /// folded (what was typed without them has nothing to fold).
    pub fn words_for_query(&self) -> &[String] {
        if self.accented {
            &self.words
        } else {
            &self.folded
        }
    }
}

/// Splits `text` into words (see the module's description).
pub fn terms(text: &str) -> Terms {
    let nfkc = ComposingNormalizerBorrowed::new_nfkc().normalize(text);
    let lower: String = nfkc.chars().flat_map(char::to_lowercase).collect();
    let accented = DecomposingNormalizerBorrowed::new_nfd()
        .normalize(&lower)
        .chars()
        .any(is_latin_mark)
        || lower.contains('đ');
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut words = Vec::new();
    let mut folded = Vec::new();
    let mut start = 0;
    let mut it = segmenter.segment_str(&lower);
    it.next(); // 0
    while let Some(end) = it.next() {
        let word_like = it.is_word_like();
        let piece = &lower[start..end];
        start = end;
        if !word_like {
            continue;
        }
        let piece = piece.trim_matches(|c: char| !c.is_alphanumeric() && !is_mark(c));
        if piece.is_empty() {
            continue;
        }
        words.push(piece.to_string());
        folded.push(fold(piece));
    }
    let squeezed = lower.chars().filter(|c| !c.is_whitespace()).collect();
    Terms {
        words,
        folded,
        accented,
        squeezed,
    }
}

/// The index terms of a list of words: each word, its n-grams when it is
/// of a script written without spaces, its prefix when it is long.
pub fn expand(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len() * 2);
    for w in words {
        out.push(w.clone());
        let chars: Vec<char> = w.chars().filter(|c| !is_mark(*c)).collect();
        if chars.iter().any(|c| unspaced(*c)) {
            let n = if chars.iter().any(|c| han(*c)) { 2 } else { 3 };
            if chars.len() > n {
                for g in chars.windows(n) {
                    out.push(format!("#{}", g.iter().collect::<String>()));
                }
            }
        } else if chars.len() >= 5 && chars.iter().all(|c| c.is_alphabetic()) {
            // Its stems: the word less up to three letters, at least five
            // left ("siangnya" and "siang" share "~siang").
            for k in chars.len().saturating_sub(3).max(5)..=chars.len() {
                out.push(format!("~{}", chars[..k].iter().collect::<String>()));
            }
        }
    }
    out
}

/// Whether `c` belongs to a script written without spaces between words.
pub fn unspaced(c: char) -> bool {
    han(c)
        || matches!(c,
            '\u{0E00}'..='\u{0EFF}' // Thai, Lao
            | '\u{1000}'..='\u{109F}' // Myanmar
            | '\u{1780}'..='\u{17FF}' // Khmer
            | '\u{19E0}'..='\u{19FF}'
            | '\u{AA60}'..='\u{AA7F}'
            | '\u{3040}'..='\u{30FF}' // kana
        )
}

fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// A combining accent of the Latin (and Greek, Cyrillic) letters, which
/// folding drops; the vowel signs of Thai, Khmer or Burmese are kept.
fn is_latin_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A sign that joins the next letter to this one (the Khmer coeng, the
/// Burmese virama): no word boundary after it.
pub fn is_joiner(c: char) -> bool {
    matches!(c, '\u{17D2}' | '\u{1039}')
}

/// A Thai or Lao vowel written before the consonant it follows in speech
/// (เ, แ, โ, ใ, ไ; ເ, ແ, ໂ, ໃ, ໄ): part of the letter after it.
pub fn is_leading_vowel(c: char) -> bool {
    matches!(c, '\u{0E40}'..='\u{0E44}' | '\u{0EC0}'..='\u{0EC4}')
}

/// Whether a word of the texts may be found inside a question written
/// without spaces: a Chinese character is a word, but a bare Thai, Lao,
/// Khmer or Burmese letter is a piece the segmenter left over, and finding
/// it everywhere would cut real words to shreds ("ຄອບຄົວ", family, into
/// "ຄ|ອ|ບ|ຄົ|ວ").
pub fn whole_word(word: &str) -> bool {
    word.chars().any(han) || word.chars().count() > 1 || !word.chars().all(unspaced)
}

/// A vowel sign, tone mark or accent: part of the letter before it.
pub fn is_mark(c: char) -> bool {
    is_latin_mark(c)
        || matches!(c,
            '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
            | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECD}'
            | '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}'
            | '\u{17B4}'..='\u{17D3}' | '\u{17DD}'
        )
}

fn fold(word: &str) -> String {
    DecomposingNormalizerBorrowed::new_nfd()
        .normalize(word)
        .chars()
        .filter(|c| !is_latin_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_out_in_every_script() {
        assert_eq!(
            terms("Where's the WI-FI?").words,
            ["where's", "the", "wi", "fi"]
        );
        let th = terms("พรุ่งนี้บ่ายมีอะไรบ้าง");
        assert!(th.words.len() >= 3, "{:?}", th.words);
        assert_eq!(th.words.concat(), "พรุ่งนี้บ่ายมีอะไรบ้าง");
        let zh = terms("会场有清真餐吗？");
        assert!(zh.words.len() >= 3, "{:?}", zh.words);
        assert!(!zh.words.iter().any(|w| w.contains('？')));
    }

    #[test]
    fn accents_fold_only_for_questions_typed_without_them() {
        let with = terms("Wifi ở đâu?");
        assert!(with.accented);
        assert_eq!(with.words_for_query(), ["wifi", "ở", "đâu"]);
        assert_eq!(with.folded, ["wifi", "o", "dau"]);
        let without = terms("wifi o dau");
        assert!(!without.accented);
        assert_eq!(without.words_for_query(), ["wifi", "o", "dau"]);
    }

    #[test]
    fn stray_letters_are_not_words_to_find_but_chinese_characters_are() {
        assert!(!whole_word("ດ"));
        assert!(!whole_word("ເ"));
        assert!(whole_word("ວີ"));
        assert!(whole_word("ຄອບຄົວ"));
        assert!(whole_word("吃"));
        assert!(whole_word("a"));
        assert!(is_leading_vowel('ເ') && is_leading_vowel('เ'));
        assert!(!is_leading_vowel('ກ'));
    }

    #[test]
    fn fullwidth_letters_are_ordinary_letters() {
        assert_eq!(terms("ＷＩＦＩ").words, ["wifi"]);
    }

    #[test]
    fn unspaced_words_get_ngrams_and_long_words_a_prefix() {
        let x = expand(&["清真餐厅".to_string(), "shuttles".to_string()]);
        assert!(x.contains(&"#清真".to_string()), "{x:?}");
        assert!(x.contains(&"~shuttle".to_string()), "{x:?}");
        assert!(!x.contains(&"~shut".to_string()), "{x:?}");
    }
}
