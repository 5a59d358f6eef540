//! What the desk says and shows: the event (`event.toml` and its texts) and
//! the interface translations, read from folders on disk or from the copies
//! bundled into the binary, then validated and loaded in one pass.
//!
//! The bundled event and translations make the binary work from any folder
//! (`cargo install` and run); `EVENT_DIR` and `LOCALES_DIR` replace them.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use include_dir::{Dir, include_dir};

use crate::event::{self, Event};
use crate::i18n::{self, I18n, Lang};
use crate::problem::Problem;
use crate::questions::Matcher;

static BUNDLED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
static BUNDLED_EVENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/events/nanning-2025");

/// The file name of an event's structure inside its folder.
pub const EVENT_FILE: &str = "event.toml";
/// The folder of an event's texts inside its folder.
pub const EVENT_LOCALES: &str = "locales";

/// A folder of text files held in memory: the `.ftl` and `.toml` files
/// under it, by path relative to the folder.
#[derive(Debug, Clone)]
pub struct Folder {
    /// How problems name the folder: its path on disk, or `<bundled>/…`.
    root: PathBuf,
    files: BTreeMap<PathBuf, String>,
}

impl Folder {
    /// The interface translations bundled into the binary.
    pub fn bundled_locales() -> Folder {
        Folder::embedded("<bundled>/locales", &BUNDLED_LOCALES)
    }

    /// The event bundled into the binary (the Global Mayors Dialogue).
    pub fn bundled_event() -> Folder {
        Folder::embedded("<bundled>/events/nanning-2025", &BUNDLED_EVENT)
    }

    fn embedded(root: &str, dir: &'static Dir<'static>) -> Folder {
        let mut files = BTreeMap::new();
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            stack.extend(d.dirs());
            for f in d.files() {
                // Bundled files are this repository's own: checked by the
                // tests, so every one is UTF-8.
                if wanted(f.path())
                    && let Some(text) = f.contents_utf8()
                {
                    files.insert(f.path().to_path_buf(), text.to_string());
                }
            }
        }
        Folder {
            root: PathBuf::from(root),
            files,
        }
    }

    /// Reads the `.ftl` and `.toml` files under `dir`. A folder that cannot
    /// be read, or a file that is not UTF-8 text, is a problem.
    pub fn read(dir: &Path) -> Result<Folder, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut files = BTreeMap::new();
        let mut stack = vec![PathBuf::new()];
        while let Some(rel) = stack.pop() {
            let path = dir.join(&rel);
            let entries = match fs::read_dir(&path) {
                Ok(e) => e,
                Err(e) => {
                    problems.push(Problem::new(
                        &path,
                        None,
                        format!("cannot read folder: {e}"),
                    ));
                    continue;
                }
            };
            for entry in entries.filter_map(|e| e.ok()) {
                let name = rel.join(entry.file_name());
                match entry.file_type() {
                    Ok(t) if t.is_dir() => stack.push(name),
                    Ok(_) if wanted(&name) => match fs::read(dir.join(&name)) {
                        Ok(bytes) => match String::from_utf8(bytes) {
                            Ok(text) => {
                                files.insert(name, text);
                            }
                            Err(_) => problems.push(Problem::new(
                                &dir.join(&name),
                                None,
                                "not UTF-8 text",
                            )),
                        },
                        Err(e) => problems.push(Problem::new(
                            &dir.join(&name),
                            None,
                            format!("cannot read: {e}"),
                        )),
                    },
                    _ => {}
                }
            }
        }
        if problems.is_empty() {
            Ok(Folder {
                root: dir.to_path_buf(),
                files,
            })
        } else {
            Err(problems)
        }
    }

    /// A folder from a setting (`Some(path)`), or the bundled one.
    pub fn from_setting(
        dir: Option<&Path>,
        bundled: fn() -> Folder,
    ) -> Result<Folder, Vec<Problem>> {
        match dir {
            Some(dir) => Folder::read(dir),
            None => Ok(bundled()),
        }
    }

    /// Where the folder is, for messages.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The path of a file of this folder, for messages.
    pub fn path(&self, rel: impl AsRef<Path>) -> PathBuf {
        self.root.join(rel)
    }

    /// The text of a file, by path relative to the folder.
    pub fn file(&self, rel: impl AsRef<Path>) -> Option<&str> {
        self.files.get(rel.as_ref()).map(String::as_str)
    }

    /// The files directly inside `rel` whose name ends in `.ext`, sorted by
    /// name, with their text.
    pub fn files_in<'a>(
        &'a self,
        rel: impl AsRef<Path> + 'a,
        ext: &'a str,
    ) -> impl Iterator<Item = (&'a Path, &'a str)> + 'a {
        self.files.iter().filter_map(move |(path, text)| {
            (path.parent() == Some(rel.as_ref()) && path.extension().is_some_and(|x| x == ext))
                .then_some((path.as_path(), text.as_str()))
        })
    }

    /// The part of this folder under `rel`, as a folder of its own.
    pub fn subfolder(&self, rel: impl AsRef<Path>) -> Folder {
        let rel = rel.as_ref();
        Folder {
            root: self.root.join(rel),
            files: self
                .files
                .iter()
                .filter_map(|(p, t)| Some((p.strip_prefix(rel).ok()?.to_path_buf(), t.clone())))
                .collect(),
        }
    }
}

fn wanted(path: &Path) -> bool {
    path.extension().is_some_and(|x| x == "ftl" || x == "toml")
}

/// The event and every text, validated.
#[derive(Debug)]
pub struct Content {
    pub event: Event,
    pub i18n: Arc<I18n>,
    /// The event's texts indexed for typed questions: built on first use
    /// (or ahead, in the background: see [`Content::prepare`]), since it
    /// takes a moment that start-up should not wait for.
    questions: OnceLock<Matcher>,
}

impl Content {
    /// Validates and loads an event folder and the interface translations:
    /// the event's structure, each item's texts in every language, every
    /// language compared with English, Telegram HTML in the interface
    /// messages, and ids clashing between the two. Every problem found is
    /// returned, with its file and line.
    pub fn load(event_dir: &Folder, locales: &Folder) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        let event_locales = event_dir.subfolder(EVENT_LOCALES);

        let ui = i18n::parse_locales(locales, &mut problems);
        let texts = i18n::parse_locales(&event_locales, &mut problems);
        problems.extend(i18n::compare_with_english(&ui, locales));
        problems.extend(i18n::compare_with_english(&texts, &event_locales));
        problems.extend(i18n::check_html(&ui));

        let event = match event_dir.file(EVENT_FILE) {
            Some(source) => {
                let file = event_dir.path(EVENT_FILE);
                match event::parse(&file, source) {
                    Ok(event) => {
                        problems.extend(missing_texts(&event, &file, source, &texts));
                        Some(event)
                    }
                    Err(p) => {
                        problems.extend(p);
                        None
                    }
                }
            }
            None => {
                problems.push(Problem::new(
                    event_dir.root(),
                    None,
                    format!("no {EVENT_FILE} in this folder"),
                ));
                None
            }
        };

        // The bot merges both into one bundle per language: an id defined
        // in both, for instance, fails only there.
        let i18n = match I18n::build(&[&ui, &texts]) {
            Ok(i18n) => Some(i18n),
            Err(found) => {
                for p in found {
                    if !problems.contains(&p) {
                        problems.push(p);
                    }
                }
                None
            }
        };

        match (event, i18n) {
            (Some(event), Some(i18n)) if problems.is_empty() => Ok(Content {
                event,
                i18n: Arc::new(i18n),
                questions: OnceLock::new(),
            }),
            _ => Err(problems),
        }
    }

    /// The same texts with another version of the event (the file's, with
    /// the changes made on site).
    pub fn with_event(&self, event: Event) -> Content {
        Content {
            event,
            i18n: self.i18n.clone(),
            questions: OnceLock::new(),
        }
    }

    /// The event's texts indexed for typed questions.
    pub fn questions(&self) -> &Matcher {
        self.questions
            .get_or_init(|| Matcher::build(&self.event, &self.i18n))
    }

    /// Builds the index for questions on a blocking thread, so that the
    /// first question does not wait for it.
    pub fn prepare(content: Arc<Content>) {
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::spawn_blocking(move || {
                content.questions();
                crate::memory::give_back();
            });
        }
    }

    /// The bundled event and translations (they are checked by the tests).
    pub fn bundled() -> Result<Content, Vec<Problem>> {
        Content::load(&Folder::bundled_event(), &Folder::bundled_locales())
    }

    /// The content the settings name: the folders given (`EVENT_DIR`,
    /// `LOCALES_DIR`), the bundled copies for those not given.
    pub fn from_folders(
        event_dir: Option<&Path>,
        locales_dir: Option<&Path>,
    ) -> Result<Content, Vec<Problem>> {
        let event = Folder::from_setting(event_dir, Folder::bundled_event);
        let locales = Folder::from_setting(locales_dir, Folder::bundled_locales);
        match (event, locales) {
            (Ok(event), Ok(locales)) => Content::load(&event, &locales),
            (event, locales) => {
                let mut problems = event.err().unwrap_or_default();
                problems.extend(locales.err().unwrap_or_default());
                Err(problems)
            }
        }
    }
}

/// Every text an item of the event needs and a language lacks, reported at
/// the line of event.toml that declares the item.
fn missing_texts(event: &Event, file: &Path, source: &str, texts: &i18n::Locales) -> Vec<Problem> {
    let mut problems = Vec::new();
    let required = event.required_text_ids();
    for lang in Lang::ALL {
        let Some(locale) = texts.get(&lang) else {
            continue; // reported as a missing locale already
        };
        for id in &required {
            if !locale.messages.contains_key(id) {
                problems.push(Problem::new(
                    file,
                    item_line(source, id),
                    format!("no {} text `{id}` in {}", lang.code(), locale.dir.display()),
                ));
            }
        }
    }
    problems
}

/// The line of event.toml that declares the item a text id belongs to, or
/// the `[event]` line for the event's own texts.
fn item_line(source: &str, text_id: &str) -> Option<usize> {
    let item = source.lines().position(|line| {
        line.trim()
            .strip_prefix("id")
            .and_then(|v| v.trim_start().strip_prefix('='))
            .map(|v| v.trim().trim_matches('"'))
            .is_some_and(|id| !id.is_empty() && text_id.contains(&format!("-{id}-")))
    });
    item.or_else(|| source.lines().position(|l| l.trim() == "[event]"))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// The bundled folders, written out to disk for editing.
    fn on_disk(tmp: &Path) -> (PathBuf, PathBuf) {
        let (event, locales) = (tmp.join("event"), tmp.join("locales"));
        for (folder, to) in [
            (Folder::bundled_event(), &event),
            (Folder::bundled_locales(), &locales),
        ] {
            for (rel, text) in &folder.files {
                write(to, rel.to_str().unwrap(), text);
            }
        }
        (event, locales)
    }

    fn problems(event: &Path, locales: &Path) -> Vec<Problem> {
        let event = Folder::read(event).unwrap();
        let locales = Folder::read(locales).unwrap();
        Content::load(&event, &locales).err().unwrap_or_default()
    }

    #[test]
    fn the_bundled_content_is_complete() {
        let content = Content::bundled().unwrap();
        assert_eq!(content.event.id, "gmd-nanning-2025");
        let event = Folder::bundled_event();
        assert!(event.file(EVENT_FILE).is_some());
        assert!(event.files_in("locales/th", "ftl").count() >= 1);
        assert_eq!(
            Folder::bundled_locales().files_in("en", "ftl").count(),
            Folder::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en"))
                .unwrap()
                .files
                .len(),
            "every English file is bundled"
        );
    }

    #[test]
    fn folders_on_disk_load_like_the_bundled_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let (event, locales) = on_disk(tmp.path());
        assert!(problems(&event, &locales).is_empty());
    }

    #[test]
    fn a_missing_folder_is_a_problem_naming_it() {
        let p = Folder::read(Path::new("/nonexistent/delegate-desk")).unwrap_err();
        assert!(
            p[0].to_string().contains("/nonexistent/delegate-desk"),
            "{p:?}"
        );
    }

    #[test]
    fn an_id_in_both_the_interface_and_the_event_is_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let (event, locales) = on_disk(tmp.path());
        for lang in Lang::ALL {
            let f = event.join("locales").join(lang.code()).join("event.ftl");
            let text = fs::read_to_string(&f).unwrap() + "\nmenu-help = Help\n";
            fs::write(&f, text).unwrap();
        }
        let problems = problems(&event, &locales);
        assert!(
            problems.iter().any(|p| p.message.contains("override")
                && p.message.contains("menu-help")
                && p.line.is_some()),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_missing_event_text_points_at_its_item() {
        let tmp = tempfile::tempdir().unwrap();
        let (event, locales) = on_disk(tmp.path());
        let f = event.join("locales/lo/event.ftl");
        let text = fs::read_to_string(&f).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("session-opening-title"))
            .collect();
        fs::write(&f, kept.join("\n")).unwrap();
        let problems = problems(&event, &locales);
        let toml = fs::read_to_string(event.join(EVENT_FILE)).unwrap();
        let line = toml
            .lines()
            .position(|l| l.trim() == "id = \"opening\"")
            .unwrap()
            + 1;
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("no lo text `session-opening-title`")
                    && p.line == Some(line)
                    && p.file.ends_with(EVENT_FILE)),
            "{problems:#?}"
        );
    }

    #[test]
    fn broken_html_in_an_interface_message_is_reported_with_its_line() {
        let tmp = tempfile::tempdir().unwrap();
        let (event, locales) = on_disk(tmp.path());
        let f = locales.join("vi/help.ftl");
        let text = fs::read_to_string(&f).unwrap()
            + "\n# Variables: $x (text).\nhelp-broken = Tom & Jerry <b>{ $x }\n";
        fs::write(&f, &text).unwrap();
        fs::write(
            locales.join("en/help.ftl"),
            fs::read_to_string(locales.join("en/help.ftl")).unwrap()
                + "\n# Variables: $x (text).\nhelp-broken = 1 &lt; 2 <b>{ $x }</b>\n",
        )
        .unwrap();
        let problems = problems(&event, &locales);
        let line = text.lines().count();
        let html: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.message.contains("`help-broken` is not HTML"))
            .collect();
        assert_eq!(html.len(), 1, "{problems:#?}");
        assert!(html[0].file.ends_with("vi/help.ftl"), "{html:?}");
        assert_eq!(html[0].line, Some(line), "{html:?}");
    }

    #[test]
    fn item_lines_point_at_the_item() {
        let src = "[event]\nid = \"e\"\n\n[[sessions]]\nid = \"two\"\n";
        assert_eq!(item_line(src, "session-two-title"), Some(5));
        assert_eq!(item_line(src, "contact-emergency"), Some(1));
    }
}
