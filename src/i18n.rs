//! Languages, language negotiation and Fluent bundles.
//!
//! One concurrent bundle per language is built once at start-up from the
//! interface strings (`locales/<lang>/*.ftl`) and the event's texts
//! (`<event>/locales/<lang>/*.ftl`). Each file is parsed once; the same
//! parsed resources are checked (every language against English, Telegram
//! HTML) and then put in the bundles. Unicode isolation marks are turned
//! off: Telegram shows them as junk.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::content::Folder;
use crate::problem::{Problem, line_of, line_of_ftl_entry};
use crate::text::{plain_text_error, telegram_html_error};

/// A language the desk speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    ZhCn,
    Id,
    Ms,
    Th,
    Vi,
    Fil,
    Km,
    Lo,
    My,
}

impl Lang {
    /// Every language, in the order of the language picker.
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::ZhCn,
        Lang::Id,
        Lang::Ms,
        Lang::Th,
        Lang::Vi,
        Lang::Fil,
        Lang::Km,
        Lang::Lo,
        Lang::My,
    ];

    /// The code used for folders, storage and callback data.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
            Lang::Id => "id",
            Lang::Ms => "ms",
            Lang::Th => "th",
            Lang::Vi => "vi",
            Lang::Fil => "fil",
            Lang::Km => "km",
            Lang::Lo => "lo",
            Lang::My => "my",
        }
    }

    /// The two-letter ISO 639-1 code Telegram takes in `setMyCommands` and
    /// `setMyDescription`.
    pub fn telegram_code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh",
            Lang::Fil => "tl",
            other => other.code(),
        }
    }

    /// The language stored under `code` (exactly as [`Lang::code`] writes it).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's place in [`Lang::ALL`] (bundles are kept in that
    /// order, whatever the order of the enum's variants).
    fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// Maps Telegram's `language_code` (an IETF tag, sometimes absent) to a
    /// language of the desk; English when nothing fits.
    pub fn negotiate(tag: Option<&str>) -> Lang {
        let Some(tag) = tag else { return Lang::En };
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Lang::ZhCn,
            "id" | "in" => Lang::Id,
            "ms" => Lang::Ms,
            "th" => Lang::Th,
            "vi" => Lang::Vi,
            "fil" | "tl" => Lang::Fil,
            "km" => Lang::Km,
            "lo" => Lang::Lo,
            "my" => Lang::My,
            _ => Lang::En,
        }
    }
}

/// An argument for a message. Text arguments are inserted as given: escape
/// them first for the parse mode they end up in.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

/// Where a message is defined and which variables it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub variables: BTreeSet<String>,
}

/// One language's `.ftl` files, parsed.
#[derive(Debug)]
pub struct Locale {
    /// The language's folder, for messages.
    pub dir: PathBuf,
    /// Each file and its parsed resource.
    pub files: Vec<(PathBuf, Arc<FluentResource>)>,
    /// Every message and term (as `-name`), by id.
    pub messages: BTreeMap<String, MessageInfo>,
}

/// The languages of one locale folder.
pub type Locales = BTreeMap<Lang, Locale>;

/// Parses every language's files in `folder` (`<lang>/*.ftl`). A language
/// without files, a syntax error and an id defined twice are problems.
pub fn parse_locales(folder: &Folder, problems: &mut Vec<Problem>) -> Locales {
    let mut out = Locales::new();
    for lang in Lang::ALL {
        let dir = folder.path(lang.code());
        let mut locale = Locale {
            dir: dir.clone(),
            files: Vec::new(),
            messages: BTreeMap::new(),
        };
        for (rel, source) in folder.files_in(lang.code(), "ftl") {
            let file = folder.path(rel);
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(Problem::new(
                            &file,
                            Some(error_line(r.source(), &e)),
                            format!("Fluent syntax error: {}", e.kind),
                        ));
                    }
                    r
                }
            };
            for entry in resource.entries() {
                let (id, value, attributes) = match entry {
                    ast::Entry::Message(m) => {
                        (m.id.name.to_string(), m.value.as_ref(), &m.attributes)
                    }
                    ast::Entry::Term(t) => {
                        (format!("-{}", t.id.name), Some(&t.value), &t.attributes)
                    }
                    _ => continue,
                };
                let mut variables = BTreeSet::new();
                if let Some(p) = value {
                    pattern_variables(p, &mut variables);
                }
                for a in attributes {
                    pattern_variables(&a.value, &mut variables);
                }
                let line = line_of_ftl_entry(source, &id);
                if locale.messages.contains_key(&id) {
                    problems.push(Problem::new(
                        &file,
                        line,
                        format!("`{id}` is defined twice"),
                    ));
                }
                locale.messages.insert(
                    id,
                    MessageInfo {
                        file: file.clone(),
                        line,
                        variables,
                    },
                );
            }
            locale.files.push((file, Arc::new(resource)));
        }
        if locale.files.is_empty() {
            problems.push(Problem::new(
                &dir,
                None,
                format!("no {} translations: expected .ftl files here", lang.code()),
            ));
        }
        out.insert(lang, locale);
    }
    out
}

/// Compares every language with English: a message English has and the
/// language lacks, one the language has and English lacks, and one using
/// other variables are problems.
pub fn compare_with_english(locales: &Locales, folder: &Folder) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(english) = locales.get(&Lang::En) else {
        return problems;
    };
    for (lang, other) in locales.iter().filter(|(l, _)| **l != Lang::En) {
        if other.files.is_empty() {
            continue; // reported once already
        }
        let dir = folder.path(lang.code());
        for (id, en) in &english.messages {
            match other.messages.get(id) {
                None => problems.push(Problem::new(
                    &en.file,
                    en.line,
                    format!(
                        "`{id}` has no {} translation in {}",
                        lang.code(),
                        dir.display()
                    ),
                )),
                Some(t) if t.variables != en.variables => problems.push(Problem::new(
                    &t.file,
                    t.line,
                    format!(
                        "`{id}` uses variables {:?} but English uses {:?}",
                        t.variables, en.variables
                    ),
                )),
                Some(_) => {}
            }
        }
        for (id, t) in &other.messages {
            if !english.messages.contains_key(id) {
                problems.push(Problem::new(
                    &t.file,
                    t.line,
                    format!("`{id}` is not in English: remove it or add it to English first"),
                ));
            }
        }
    }
    problems
}

/// Interface messages that Telegram shows as typed: button labels, pop-ups
/// (also put, escaped, above a menu), the command menu and the bot's
/// descriptions. They may hold `&` and `<`, but no HTML: an `&amp;` or a
/// `<b>` would show as typed. Every other interface message is Telegram
/// HTML.
pub fn is_plain_text(id: &str) -> bool {
    const PREFIXES: [&str; 9] = [
        "button-",
        "announce-toast-",
        "ask-words-",
        "ticket-language-",
        "command-",
        "date-weekday-short-",
        "country-",
        "diet-",
        "profile-field-",
    ];
    const IDS: [&str; 22] = [
        "ticket-topic-name",
        "menu-dialogues",
        "menu-my",
        "profile-interpretation-none",
        "language-name",
        "menu-schedule",
        "menu-now",
        "menu-venues",
        "menu-transport",
        "menu-help",
        "menu-language",
        "venues-taxi-button",
        "venues-all-button",
        "now-programme",
        "schedule-open-venue",
        "schedule-back-to-day",
        "transport-open-venue",
        "date-button",
        "bot-description",
        "bot-short-description",
        "callback-expired",
        "error-generic",
    ];
    IDS.contains(&id) || PREFIXES.iter().any(|p| id.starts_with(p))
}

/// Checks that every message reads as Telegram will take it, whatever its
/// variables hold (they are escaped by the bot) and whichever variant a
/// selector picks: HTML messages are HTML Telegram accepts (a stray `<` or
/// `&` is found here, not as a refused message at run time); plain-text
/// ones (see [`is_plain_text`]) hold no markup or entity that would show
/// as typed.
pub fn check_html(locales: &Locales) -> Vec<Problem> {
    let mut problems = Vec::new();
    for locale in locales.values() {
        for (file, resource) in &locale.files {
            for entry in resource.entries() {
                let (id, patterns) = match entry {
                    ast::Entry::Message(m) => (
                        m.id.name.to_string(),
                        m.value
                            .iter()
                            .chain(m.attributes.iter().map(|a| &a.value))
                            .collect::<Vec<_>>(),
                    ),
                    ast::Entry::Term(t) => (
                        format!("-{}", t.id.name),
                        std::iter::once(&t.value)
                            .chain(t.attributes.iter().map(|a| &a.value))
                            .collect(),
                    ),
                    _ => continue,
                };
                let plain = is_plain_text(&id);
                let why = patterns.into_iter().flat_map(renderings).find_map(|text| {
                    if plain {
                        plain_text_error(&text)
                    } else {
                        telegram_html_error(&text)
                    }
                });
                if let Some(why) = why {
                    let what = if plain {
                        "is plain text (a button, a pop-up or a menu entry)"
                    } else {
                        "is not HTML Telegram accepts"
                    };
                    problems.push(Problem::new(
                        file,
                        line_of_ftl_entry(resource.source(), &id),
                        format!("`{id}` {what}: {why}"),
                    ));
                }
            }
        }
    }
    problems
}

/// At most this many renderings of one message are checked.
const MAX_RENDERINGS: usize = 64;

/// The texts a pattern can produce, with every placeable but literals
/// standing in as `x`, one per combination of select variants.
fn renderings(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for element in &pattern.elements {
        let options = match element {
            ast::PatternElement::TextElement { value } => vec![value.to_string()],
            ast::PatternElement::Placeable { expression } => expression_renderings(expression),
        };
        out = out
            .iter()
            .flat_map(|prefix| options.iter().map(move |o| format!("{prefix}{o}")))
            .take(MAX_RENDERINGS)
            .collect();
    }
    out
}

fn expression_renderings(expression: &ast::Expression<&str>) -> Vec<String> {
    match expression {
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .flat_map(|v| renderings(&v.value))
            .take(MAX_RENDERINGS)
            .collect(),
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::StringLiteral { value } => vec![value.to_string()],
            ast::InlineExpression::NumberLiteral { value } => vec![value.to_string()],
            ast::InlineExpression::Placeable { expression } => expression_renderings(expression),
            _ => vec!["x".to_string()],
        },
    }
}

/// The translated texts of every language.
pub struct I18n {
    /// One bundle per language, in the order of [`Lang::ALL`].
    bundles: Vec<FluentBundle<Arc<FluentResource>>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").finish_non_exhaustive()
    }
}

impl I18n {
    /// One bundle per language from the given parsed locale folders (the
    /// interface, then the event's texts). An id defined in two of them is
    /// a problem.
    pub fn build(sources: &[&Locales]) -> Result<I18n, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut bundles = Vec::with_capacity(Lang::ALL.len());
        for lang in Lang::ALL {
            let langid = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for locale in sources.iter().filter_map(|s| s.get(&lang)) {
                for (file, resource) in &locale.files {
                    if let Err(errors) = bundle.add_resource(resource.clone()) {
                        for e in errors {
                            let line = match &e {
                                fluent_bundle::FluentError::Overriding { id, .. } => {
                                    line_of_ftl_entry(resource.source(), id)
                                }
                                _ => None,
                            };
                            problems.push(Problem::new(
                                file,
                                line,
                                format!("{e} (each id may be defined once per language)"),
                            ));
                        }
                    }
                }
            }
            bundles.push(bundle);
        }
        if problems.is_empty() {
            Ok(I18n { bundles })
        } else {
            Err(problems)
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<Arc<FluentResource>> {
        &self.bundles[lang.index()]
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// A message without arguments.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.fmt(lang, id, &[])
    }

    /// A message with arguments, falling back to English and then to the id
    /// itself (validation at start-up makes both fallbacks unreachable for a
    /// checked event).
    pub fn fmt(&self, lang: Lang, id: &str, args: &Args<'_>) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for candidate in [lang, Lang::En] {
            let bundle = self.bundle(candidate);
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(
                    lang = candidate.code(),
                    id,
                    ?errors,
                    "message formatted with errors"
                );
            }
            return text.into_owned();
        }
        tracing::warn!(lang = lang.code(), id, "message missing in every language");
        id.to_string()
    }
}

/// The line of a syntax error: where the broken entry starts, if known.
fn error_line(source: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
    line_of(source, at)
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_tags_map_to_desk_languages() {
        let cases = [
            (Some("en"), Lang::En),
            (Some("en-GB"), Lang::En),
            (Some("zh-hans"), Lang::ZhCn),
            (Some("zh-cn"), Lang::ZhCn),
            (Some("zh-sg"), Lang::ZhCn),
            (Some("zh-hant"), Lang::ZhCn),
            (Some("zh-TW"), Lang::ZhCn),
            (Some("zh-hk"), Lang::ZhCn),
            (Some("tl"), Lang::Fil),
            (Some("fil"), Lang::Fil),
            (Some("id-ID"), Lang::Id),
            (Some("ms-MY"), Lang::Ms),
            (Some("th-TH"), Lang::Th),
            (Some("vi-VN"), Lang::Vi),
            (Some("km"), Lang::Km),
            (Some("lo"), Lang::Lo),
            (Some("my"), Lang::My),
            (Some("MY"), Lang::My),
            (Some("pt-br"), Lang::En),
            (Some("de"), Lang::En),
            (Some(""), Lang::En),
            (Some("-"), Lang::En),
            (
                Some("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"),
                Lang::En,
            ),
            (None, Lang::En),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::negotiate(tag), want, "tag {tag:?}");
        }
    }

    #[test]
    fn every_language_is_in_the_picker() {
        // A new variant must be added here, and so (this test says) to ALL.
        let variants = |l: Lang| match l {
            Lang::En
            | Lang::ZhCn
            | Lang::Id
            | Lang::Ms
            | Lang::Th
            | Lang::Vi
            | Lang::Fil
            | Lang::Km
            | Lang::Lo
            | Lang::My => 10,
        };
        assert_eq!(Lang::ALL.len(), variants(Lang::En));
        let distinct: BTreeSet<Lang> = Lang::ALL.into_iter().collect();
        assert_eq!(distinct.len(), Lang::ALL.len());
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.telegram_code().len(), 2, "{lang:?}");
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    use std::fs;
    use std::path::Path;

    fn write_locale(root: &Path, lang: &str, body: &str) {
        let dir = root.join(lang);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("main.ftl"), body).unwrap();
    }

    fn check_locales(root: &Path) -> Vec<Problem> {
        let folder = Folder::read(root).unwrap();
        let mut problems = Vec::new();
        let locales = parse_locales(&folder, &mut problems);
        problems.extend(compare_with_english(&locales, &folder));
        problems.extend(check_html(&locales));
        problems
    }

    fn load(root: &Path) -> I18n {
        let folder = Folder::read(root).unwrap();
        let mut problems = Vec::new();
        let locales = parse_locales(&folder, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        I18n::build(&[&locales]).unwrap()
    }

    fn fixture(th: &str) -> (tempfile::TempDir, Vec<Problem>) {
        let tmp = tempfile::tempdir().unwrap();
        let en = "hello = Hello { $name }\nbye = Bye\n";
        for lang in Lang::ALL {
            let body = match lang {
                Lang::En => en,
                Lang::Th => th,
                _ => "hello = Hi { $name }\nbye = Ciao\n",
            };
            write_locale(tmp.path(), lang.code(), body);
        }
        let problems = check_locales(tmp.path());
        (tmp, problems)
    }

    #[test]
    fn complete_locales_pass() {
        let (_tmp, problems) = fixture("hello = สวัสดี { $name }\nbye = ลาก่อน\n");
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn missing_message_is_a_problem() {
        let (_tmp, problems) = fixture("hello = สวัสดี { $name }\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("`bye` has no th translation"));
        assert_eq!(problems[0].line, Some(2));
    }

    #[test]
    fn extra_message_is_a_problem() {
        let (_tmp, problems) = fixture("hello = สวัสดี { $name }\nbye = ลาก่อน\nextra = x\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("`extra` is not in English"));
        assert_eq!(problems[0].line, Some(3));
    }

    #[test]
    fn other_variables_are_a_problem() {
        let (_tmp, problems) = fixture("hello = สวัสดี { $nam }\nbye = ลาก่อน\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("uses variables"));
        assert!(problems[0].file.ends_with("th/main.ftl"));
    }

    #[test]
    fn syntax_error_is_a_problem_with_its_line() {
        let (_tmp, problems) = fixture("hello = สวัสดี { $name }\nbye = ลาก่อน\n\nbroken = { $x\n");
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("syntax") && p.line == Some(4)),
            "{problems:?}"
        );
    }

    #[test]
    fn formatting_has_no_isolation_marks_and_falls_back_to_english() {
        let tmp = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let body = if lang == Lang::En {
                "hello = Hello { $name }!\nonly-en = English only\n"
            } else {
                "hello = สวัสดี { $name }!\n"
            };
            write_locale(tmp.path(), lang.code(), body);
        }
        let i18n = load(tmp.path());
        let text = i18n.fmt(Lang::Th, "hello", &[("name", "Ann".into())]);
        assert_eq!(text, "สวัสดี Ann!");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
        assert_eq!(i18n.text(Lang::Th, "only-en"), "English only");
        assert_eq!(i18n.text(Lang::Th, "nowhere"), "nowhere");
    }

    #[test]
    fn each_language_gets_its_own_bundle_whatever_the_variant_order() {
        let tmp = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            write_locale(tmp.path(), lang.code(), &format!("who = {}\n", lang.code()));
        }
        let i18n = load(tmp.path());
        for lang in Lang::ALL {
            assert_eq!(i18n.text(lang, "who"), lang.code());
        }
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i);
        }
    }

    #[test]
    fn html_telegram_would_refuse_is_a_problem_in_any_variant() {
        let tmp = tempfile::tempdir().unwrap();
        let good = "ok = <b>{ $n }</b> &lt;3 &amp; more\n\
                    pick = { $n ->\n    [one] <i>one</i>\n   *[other] many\n}\n";
        for lang in Lang::ALL {
            let body = match lang {
                Lang::Km => {
                    "ok = <b>{ $n }</b> &lt;3 &amp; more\n\
                             pick = { $n ->\n    [one] <i>one\n   *[other] many\n}\n"
                }
                Lang::Vi => {
                    "ok = <b>{ $n } 3 < 4 & more\npick = { $n ->\n    [one] a\n   *[other] b\n}\n"
                }
                _ => good,
            };
            write_locale(tmp.path(), lang.code(), body);
        }
        let problems = check_locales(tmp.path());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 2, "{text:#?}");
        assert!(
            problems.iter().any(|p| p.file.ends_with("km/main.ftl")
                && p.line == Some(2)
                && p.message.contains("`pick`")),
            "{text:#?}"
        );
        assert!(
            problems.iter().any(|p| p.file.ends_with("vi/main.ftl")
                && p.line == Some(1)
                && p.message.contains("`ok`")),
            "{text:#?}"
        );
    }

    #[test]
    fn plain_text_messages_may_hold_an_ampersand_but_no_markup() {
        let tmp = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let body = match lang {
                Lang::Vi => "button-back = ◀️ Lịch &amp; bản đồ\nmenu-help = <b>Help</b>\n",
                _ => "button-back = ◀️ Back & forth <3\nmenu-help = ❓ Help\n",
            };
            write_locale(tmp.path(), lang.code(), body);
        }
        let problems = check_locales(tmp.path());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 2, "{text:#?}");
        assert!(
            problems.iter().all(|p| p.file.ends_with("vi/main.ftl")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("`button-back` is plain text")),
            "{text:#?}"
        );
        assert!(
            text.iter().any(|t| t.contains("`menu-help` is plain text")),
            "{text:#?}"
        );
        assert!(is_plain_text("command-start") && !is_plain_text("menu-title"));
    }

    #[test]
    fn a_language_without_files_is_a_problem() {
        let tmp = tempfile::tempdir().unwrap();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Lo) {
            write_locale(tmp.path(), lang.code(), "hello = x\n");
        }
        let problems = check_locales(tmp.path());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("no lo translations"));
    }
}
