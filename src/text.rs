//! Text helpers with no Telegram types: lengths as Telegram counts them,
//! paging, and shortening labels at word boundaries — also in Thai, Lao,
//! Khmer, Burmese and Chinese, which put no spaces between words.

use icu_segmenter::GraphemeClusterSegmenter;
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// Length as Telegram counts it (UTF-16 code units).
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Splits blocks of text into pages: each page's blocks, joined with
/// `separator` and put between a header and footer of the given lengths,
/// stay within `limit` (counted in UTF-16 code units, as Telegram counts),
/// and a page holds at most `max_blocks` blocks. A block too long for any
/// page gets a page of its own (the screen's last guard then cuts it).
/// Returns the pages as lists of block indexes; always at least one page.
pub fn paginate(
    blocks: &[String],
    separator: &str,
    frame: usize,
    limit: usize,
    max_blocks: usize,
) -> Vec<Vec<usize>> {
    let room = limit.saturating_sub(frame);
    let sep = utf16_len(separator);
    let mut pages = vec![Vec::new()];
    let mut used = 0;
    for (i, block) in blocks.iter().enumerate() {
        let len = utf16_len(block).min(room);
        let page = pages.last_mut().expect("pages is never empty");
        let needed = if page.is_empty() {
            len
        } else {
            used + sep + len
        };
        if !page.is_empty() && (needed > room || page.len() >= max_blocks.max(1)) {
            pages.push(vec![i]);
            used = len;
        } else {
            page.push(i);
            used = needed;
        }
    }
    pages
}

/// Shortens `label` to at most `max_chars` characters, ending with "…":
/// at the last word boundary that fits (found with ICU's dictionaries for
/// scripts without spaces), else at the last whole grapheme, so that no vowel sign
/// or tone mark is cut from its letter.
pub fn shorten(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        return label.to_string();
    }
    let budget = max_chars.saturating_sub(1);
    // Byte offset of the first character past the budget.
    let limit = label
        .char_indices()
        .nth(budget)
        .map_or(label.len(), |(i, _)| i);
    let graphemes: Vec<usize> = GraphemeClusterSegmenter::new()
        .segment_str(label)
        .take_while(|&i| i <= limit)
        .collect();
    let words = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let word_cut = words
        .segment_str(label)
        .take_while(|&i| i <= limit)
        .filter(|&i| i > 0 && graphemes.contains(&i))
        .last();
    let cut = match word_cut {
        // Keep at least half the budget; otherwise a long first word would
        // leave almost nothing.
        Some(i) if label[..i].chars().count() * 2 >= budget => i,
        _ => graphemes.last().copied().unwrap_or(0),
    };
    format!("{}…", label[..cut].trim_end())
}

/// Tags Telegram's HTML parse mode knows.
const TELEGRAM_TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
];

/// Why Telegram would refuse `html` in its HTML parse mode, if it would: a
/// tag it does not know, one left open or closed out of order, or a bare
/// `<`, `>` or `&` (which must be written `&lt;`, `&gt;`, `&amp;`).
pub fn telegram_html_error(html: &str) -> Option<String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '>', '&']) {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('&') {
            let end = after.find(';').filter(|&e| e <= 10);
            let entity = end.map(|e| &after[..e]);
            let known = entity.is_some_and(|e| {
                matches!(e, "lt" | "gt" | "amp" | "quot")
                    || e.strip_prefix("#x")
                        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
                    || e.strip_prefix('#')
                        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
            });
            if !known {
                return Some("a bare `&` (write &amp;)".into());
            }
            rest = &after[end.unwrap_or(0) + 1..];
            continue;
        }
        if tail.starts_with('>') {
            return Some("a bare `>` (write &gt;)".into());
        }
        let Some(end) = tail.find('>') else {
            return Some("a bare `<` (write &lt;)".into());
        };
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name.trim() => {}
                Some(top) => return Some(format!("</{name}> closes <{top}>")),
                None => return Some(format!("</{name}> closes nothing")),
            }
        } else {
            let name = tag.split_whitespace().next().unwrap_or_default();
            if !TELEGRAM_TAGS.contains(&name) {
                return Some(format!(
                    "<{tag}> is not a tag Telegram knows (write &lt; for a bare <)"
                ));
            }
            open.push(name);
        }
        rest = &tail[end + 1..];
    }
    open.pop().map(|tag| format!("<{tag}> is never closed"))
}

/// Why a plain text (shown as typed: a button, a pop-up) would not read as
/// written, if it would not: it holds an HTML tag or entity, which Telegram
/// shows literally there. A bare `&` or `<` is fine.
pub fn plain_text_error(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&']) {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('&')
            && let Some(end) = after.find(';').filter(|&e| e <= 10)
            && telegram_html_error(&tail[..end + 2]).is_none()
        {
            return Some(format!(
                "`{}` would show as typed: write the character itself",
                &tail[..end + 2]
            ));
        }
        if let Some(after) = tail.strip_prefix('<')
            && let Some(end) = after.find('>')
        {
            let name = after[..end].trim_start_matches('/');
            let name = name.split_whitespace().next().unwrap_or_default();
            if TELEGRAM_TAGS.contains(&name) {
                return Some(format!(
                    "<{}> would show as typed: no markup here",
                    &after[..end]
                ));
            }
        }
        rest = &tail[1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_respect_the_limit_and_block_count() {
        let blocks: Vec<String> = (0..10).map(|i| format!("{i}{}", "x".repeat(99))).collect();
        let pages = paginate(&blocks, "\n\n", 100, 450, 8);
        // 350 units of room: three blocks of 100 plus two separators of 2.
        assert_eq!(pages.len(), 4);
        assert_eq!(pages[0], [0, 1, 2]);
        assert_eq!(pages.concat(), (0..10).collect::<Vec<_>>());
        let pages = paginate(&blocks, "\n", 0, 100_000, 4);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [4, 4, 2]);
        assert_eq!(paginate(&[], "\n", 0, 10, 4), vec![Vec::<usize>::new()]);
    }

    #[test]
    fn utf16_counts_like_telegram() {
        assert_eq!(utf16_len("ไทย"), 3);
        assert_eq!(utf16_len("🚕"), 2);
    }

    #[test]
    fn short_labels_are_kept() {
        assert_eq!(shorten("Programme", 10), "Programme");
        assert_eq!(shorten("ไทย", 3), "ไทย");
    }

    #[test]
    fn labels_are_cut_at_word_boundaries() {
        assert_eq!(
            shorten("Parallel dialogue: economic and trade", 20),
            "Parallel dialogue:…"
        );
        // Thai has no spaces: the cut still falls between words.
        let thai = "การเสวนานายกเทศมนตรีระดับโลก";
        let cut = shorten(thai, 12);
        assert!(cut.chars().count() <= 12, "{cut}");
        let kept = cut.trim_end_matches('…');
        assert!(
            kept.starts_with("การเสวนา") && thai.starts_with(kept),
            "{cut}"
        );
        let words: Vec<usize> = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default())
            .segment_str(thai)
            .collect();
        assert!(
            words.contains(&kept.len()),
            "{cut} is not cut between words"
        );
    }

    #[test]
    fn no_mark_is_cut_from_its_letter() {
        // Burmese with stacked vowel signs; whatever the cut, the kept part
        // is a prefix made of whole graphemes.
        let my = "ကမ္ဘာ့မြို့တော်ဝန်များဆွေးနွေးပွဲ";
        for max in 2..my.chars().count() {
            let cut = shorten(my, max);
            let kept = cut.trim_end_matches('…');
            assert!(my.starts_with(kept));
            let boundaries: Vec<usize> = GraphemeClusterSegmenter::new().segment_str(my).collect();
            assert!(
                boundaries.contains(&kept.len()),
                "cut inside a grapheme at {max}: {cut}"
            );
            assert!(cut.chars().count() <= max, "{cut} longer than {max}");
        }
    }

    #[test]
    fn telegram_html_is_checked() {
        for ok in [
            "plain",
            "<b>bold</b> and <i>it</i>",
            "1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;q&quot; &#128661; &#x1F695;",
            "<b><i>nested</i></b>",
            "<a href=\"https://t.me\">link</a>",
            "",
        ] {
            assert_eq!(telegram_html_error(ok), None, "{ok}");
        }
        for (bad, why) in [
            ("Tom & Jerry", "&"),
            ("AT&T;", "&"),
            ("1 < 2", "<"),
            ("2 > 1", ">"),
            ("<b>open", "never closed"),
            ("<b><i>x</b></i>", "closes"),
            ("</b>", "closes nothing"),
            ("<script>x</script>", "not a tag"),
            ("<br>", "not a tag"),
            ("&nbsp;", "&"),
        ] {
            let err = telegram_html_error(bad).unwrap_or_else(|| panic!("{bad} passed"));
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn plain_texts_hold_no_markup() {
        for ok in ["Back & forth", "a < b", "◀️ Back", "x &y z", "<3"] {
            assert_eq!(plain_text_error(ok), None, "{ok}");
        }
        for bad in [
            "Lịch &amp; bản đồ",
            "<b>Help</b>",
            "1 &lt; 2",
            "&#128661;",
            "</i>",
        ] {
            assert!(plain_text_error(bad).is_some(), "{bad}");
        }
    }
}
