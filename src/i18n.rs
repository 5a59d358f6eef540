//! Languages, language negotiation and Fluent bundles.
//!
//! One concurrent bundle per language is built once at start-up from the
//! interface strings (`locales/<lang>/*.ftl`) and the event's texts
//! (`<event>/locales/<lang>/*.ftl`). Unicode isolation marks are turned off:
//! Telegram shows them as junk.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::error::{Error, Result};
use crate::problem::{Problem, line_of, line_of_ftl_entry};

/// A language the desk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
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

    fn index(self) -> usize {
        self as usize
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

/// The translated texts of every language.
pub struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").finish_non_exhaustive()
    }
}

impl I18n {
    /// Loads every language from the given locale roots (each holding
    /// `<lang>/*.ftl`). Fails with the list of problems when a file is missing
    /// or does not parse, or when an id is defined twice.
    pub fn load(roots: &[&Path]) -> Result<I18n> {
        let mut problems = Vec::new();
        let mut bundles = Vec::with_capacity(Lang::ALL.len());
        for lang in Lang::ALL {
            let langid = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for root in roots {
                for file in ftl_files(&root.join(lang.code()), &mut problems) {
                    let Some(source) = read(&file, &mut problems) else {
                        continue;
                    };
                    let resource = match FluentResource::try_new(source) {
                        Ok(r) => r,
                        Err((r, errors)) => {
                            for e in errors {
                                problems.push(Problem::new(
                                    &file,
                                    Some(error_line(r.source(), &e)),
                                    format!("Fluent syntax error: {}", e.kind),
                                ));
                            }
                            continue;
                        }
                    };
                    let source = resource.source().to_string();
                    if let Err(errors) = bundle.add_resource(resource) {
                        for e in errors {
                            let line = match &e {
                                fluent_bundle::FluentError::Overriding { id, .. } => {
                                    line_of_ftl_entry(&source, id)
                                }
                                _ => None,
                            };
                            problems.push(Problem::new(
                                &file,
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
            Err(Error::Invalid(problems))
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
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

fn ftl_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::new(dir, None, format!("cannot read folder: {e}")));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

fn read(file: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match fs::read_to_string(file) {
        Ok(s) => Some(s),
        Err(e) => {
            problems.push(Problem::new(file, None, format!("cannot read: {e}")));
            None
        }
    }
}

/// The line of a syntax error: where the broken entry starts, if known.
fn error_line(source: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
    line_of(source, at)
}

/// Where a message is defined and which variables it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub variables: BTreeSet<String>,
}

/// Every message (and term) of one locale folder, by id.
pub fn read_locale(dir: &Path, problems: &mut Vec<Problem>) -> BTreeMap<String, MessageInfo> {
    let mut out = BTreeMap::new();
    for file in ftl_files(dir, problems) {
        let Some(source) = read(&file, problems) else {
            continue;
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(Problem::new(
                        &file,
                        Some(error_line(&source, &e)),
                        format!("Fluent syntax error: {}", e.kind),
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            if let Some(p) = value {
                pattern_variables(p, &mut variables);
            }
            for a in attributes {
                pattern_variables(&a.value, &mut variables);
            }
            let line = line_of_ftl_entry(&source, &id);
            if out.contains_key(&id) {
                problems.push(Problem::new(
                    &file,
                    line,
                    format!("`{id}` is defined twice"),
                ));
            }
            out.insert(
                id,
                MessageInfo {
                    file: file.clone(),
                    line,
                    variables,
                },
            );
        }
    }
    out
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

/// Compares every language of a locale root with English: a message English
/// has and the language lacks, one the language has and English lacks, one
/// using other variables, and any file that does not parse are problems.
pub fn check_locales(root: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let english = read_locale(&root.join(Lang::En.code()), &mut problems);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let dir = root.join(lang.code());
        let other = read_locale(&dir, &mut problems);
        for (id, en) in &english {
            match other.get(id) {
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
        for (id, t) in &other {
            if !english.contains_key(id) {
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
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.telegram_code().len(), 2, "{lang:?}");
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    fn write_locale(root: &Path, lang: &str, body: &str) {
        let dir = root.join(lang);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("main.ftl"), body).unwrap();
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
        let i18n = I18n::load(&[tmp.path()]).unwrap();
        let text = i18n.fmt(Lang::Th, "hello", &[("name", "Ann".into())]);
        assert_eq!(text, "สวัสดี Ann!");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
        assert_eq!(i18n.text(Lang::Th, "only-en"), "English only");
        assert_eq!(i18n.text(Lang::Th, "nowhere"), "nowhere");
    }
}
