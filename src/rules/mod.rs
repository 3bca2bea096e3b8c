//! Event rules as data: which words in a subject or a text name which
//! event, which subjects are replies or automated reports, which footers
//! say who a mail goes to, and which mail-type names in a service's own
//! headers mean what.
//!
//! The rules live in a TOML file (`rules.toml`, embedded); users add or
//! replace rules with their own files ([`Rules::add_toml`]). Phrases are
//! written as people write them ("đặt lại mật khẩu") and folded at load
//! ([`crate::text::fold`]), so diacritics, NFD and case do not matter. A
//! phrase matches when its words appear in order, on word boundaries, with
//! at most `gap` other words between two of them; the service's own names
//! are removed from the text first, so "confirm your Discord email address"
//! matches "confirm your email address". All phrases and regexes of one
//! kind are compiled into one [`RegexSet`], searched once per text.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use regex::bytes::{RegexSet, RegexSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, ErrorKind, Result};
use crate::text::fold;
use crate::verdict::EventKind;

const BUILTIN_RULES: &str = include_str!("rules.toml");

/// Words between two key words of a phrase when a rule does not say.
const DEFAULT_GAP: u8 = 2;
/// More would let a phrase span a whole paragraph.
const MAX_GAP: u8 = 6;
/// The compiled sets stay well under this (a few hundred KB); the limit
/// only stops a user file from making a huge automaton.
const SIZE_LIMIT: usize = 64 << 20;

/// Who a mail says it goes to, from its footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Audience {
    /// Account holders: "you received this because you have an account".
    Members,
    /// Subscribers of a list: "because you subscribed to our newsletter".
    Subscribers,
}

/// A rule that matched: the event it names and the rule's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RuleMatch {
    pub(crate) event: EventKind,
    /// The id of the rule (`en.login_code.subject`), for signals.
    pub(crate) rule: Arc<str>,
    /// The rule's priority (higher wins).
    pub(crate) priority: i32,
}

/// Where a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Subject,
    Text,
}

/// What a rule says when it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Event(EventKind),
    Reply,
    AutomatedReport,
    Audience(Audience),
    /// A scam or spam topic (quick money, betting, loans …).
    ScamTopic,
    /// The site says the address holds no account there (a reset asked
    /// for an address it does not know).
    NoAccount,
}

impl Target {
    /// The set a rule of this target is compiled into.
    fn group(self) -> Group {
        match self {
            Target::Event(_) => Group::Event,
            Target::Reply => Group::Reply,
            Target::AutomatedReport => Group::Automated,
            Target::Audience(_) => Group::Audience,
            Target::ScamTopic => Group::Scam,
            Target::NoAccount => Group::NoAccount,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Target::Event(event) => event.as_str(),
            Target::Reply => "reply",
            Target::AutomatedReport => "automated_report",
            Target::Audience(Audience::Members) => "members",
            Target::Audience(Audience::Subscribers) => "subscribers",
            Target::ScamTopic => "scam_topic",
            Target::NoAccount => "no_account",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Event,
    Reply,
    Automated,
    Audience,
    Scam,
    NoAccount,
}

/// One rule as loaded, before compilation.
#[derive(Debug, Clone)]
struct Rule {
    id: Arc<str>,
    target: Target,
    place: Place,
    priority: Option<i32>,
    /// Regex patterns, one per phrase or regex of the rule.
    patterns: Vec<String>,
    /// Folded words of the phrases (service names equal to one are kept).
    words: Vec<String>,
}

/// One compiled set: a [`RegexSet`] and, per pattern, its rule.
#[derive(Debug, Clone)]
struct CompiledSet {
    set: RegexSet,
    /// Index into `Rules::rules` for each pattern of `set`.
    rule_of_pattern: Vec<usize>,
}

/// `[[type_name]]`: words in a service's mail-type name → event.
#[derive(Debug, Clone)]
struct TypeNameRule {
    words: Vec<String>,
    event: EventKind,
}

/// The compiled rules, built once per detector. `Send + Sync`.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    rules: Vec<Rule>,
    /// Default priority per target name (`[priority]`).
    priorities: BTreeMap<String, i32>,
    type_names: Vec<TypeNameRule>,
    sets: BTreeMap<(Place, Group), CompiledSet>,
    /// The text rules again, one set per event, for [`Rules::text_says`]:
    /// a small set stops at its first match and keeps the literal
    /// prefilter of its words, where the set of all text rules scans
    /// every byte.
    text_sets: BTreeMap<EventKind, CompiledSet>,
    /// Every folded phrase word: a service name equal to one of them
    /// ("booking", "line") is not removed from the text.
    phrase_words: HashSet<String>,
}

// --- The file format -------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    priority: BTreeMap<String, Spanned<i32>>,
    #[serde(default)]
    rule: Vec<RuleEntry>,
    #[serde(default)]
    type_name: Vec<TypeNameEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    id: Spanned<String>,
    #[serde(default)]
    event: Option<Spanned<String>>,
    #[serde(default)]
    class: Option<Spanned<String>>,
    #[serde(rename = "where")]
    place: Spanned<String>,
    #[serde(default)]
    lang: Option<Spanned<String>>,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default)]
    regex: Vec<Spanned<String>>,
    #[serde(default)]
    gap: Option<Spanned<u8>>,
    #[serde(default)]
    priority: Option<i32>,
    /// `false` removes a rule of the same id loaded before.
    #[serde(default = "yes")]
    enabled: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeNameEntry {
    event: Spanned<String>,
    words: Vec<String>,
    /// `true` puts the entry before the ones loaded so far (user files).
    #[serde(default)]
    first: bool,
}

/// Line and column (1-based) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before, |nl| before.get(nl + 1..).unwrap_or(""))
        .chars()
        .count()
        + 1;
    (line, column)
}

/// An error at a span of a rules file: "origin:line:column: what".
fn error_at(text: &str, origin: &str, span: Option<Range<usize>>, what: &str) -> Error {
    let position = match span {
        Some(span) => {
            let (line, column) = line_column(text, span.start);
            format!("{origin}:{line}:{column}")
        }
        None => origin.to_string(),
    };
    Error::new(ErrorKind::Rules, format!("{position}: {what}"))
}

fn event_named(name: &str) -> Option<EventKind> {
    EventKind::ALL.into_iter().find(|e| e.as_str() == name)
}

fn target_named(event: Option<&str>, class: Option<&str>) -> Option<Target> {
    match (event, class) {
        (Some(event), None) => event_named(event).map(Target::Event),
        (None, Some("reply")) => Some(Target::Reply),
        (None, Some("automated_report")) => Some(Target::AutomatedReport),
        (None, Some("members")) => Some(Target::Audience(Audience::Members)),
        (None, Some("subscribers")) => Some(Target::Audience(Audience::Subscribers)),
        (None, Some("scam_topic")) => Some(Target::ScamTopic),
        (None, Some("no_account")) => Some(Target::NoAccount),
        _ => None,
    }
}

// --- Phrases to patterns ---------------------------------------------------

/// A word of folded text, in the ASCII classes that keep the automaton
/// small (folded text is mostly ASCII; other letters count as separators).
const WORD: &str = "[a-z0-9]";
/// What may stand between two words of a phrase: anything but a word
/// character or the end of a sentence ("Forgot your password? Log in").
const SEPARATOR: &str = "[^a-z0-9?!]";

/// The regex of one phrase, or why it has none.
fn phrase_pattern(phrase: &str, gap: u8) -> std::result::Result<String, &'static str> {
    let folded = fold(phrase);
    let mut rest = folded.trim();
    let anchored_start = rest.starts_with('^');
    if anchored_start {
        rest = rest.get(1..).unwrap_or("").trim_start();
    }
    let anchored_end = rest.ends_with('$');
    if anchored_end {
        rest = rest.get(..rest.len() - 1).unwrap_or("").trim_end();
    }
    let words: Vec<&str> = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '*'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Err("a phrase needs at least one word");
    }
    let junction = if gap == 0 {
        format!("{SEPARATOR}+")
    } else {
        format!("{SEPARATOR}+(?:{WORD}+{SEPARATOR}+){{0,{gap}}}")
    };
    let mut pattern = String::from("(?-u)");
    pattern.push_str(if anchored_start { "^[^a-z0-9]*" } else { r"\b" });
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            pattern.push_str(&junction);
        }
        let (stem, open) = match word.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (*word, false),
        };
        if stem.is_empty() || stem.contains('*') {
            return Err("`*` may only end a word");
        }
        pattern.push_str(&regex::escape(stem));
        if open {
            pattern.push_str(WORD);
            pattern.push('*');
        }
    }
    pattern.push_str(if anchored_end { "[^a-z0-9]*$" } else { r"\b" });
    Ok(pattern)
}

// --- Loading -----------------------------------------------------------------

impl Rules {
    /// The built-in rules (`rules.toml`).
    pub(crate) fn builtin() -> Result<Rules> {
        // Compiled once per process: detectors (and tests) built after the
        // first share the compiled sets.
        static BUILTIN: OnceLock<std::result::Result<Rules, String>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Rules::compile_builtin().map_err(|e| e.to_string()))
            .clone()
            .map_err(|e| Error::new(ErrorKind::Rules, e))
    }

    fn compile_builtin() -> Result<Rules> {
        let mut rules = Rules {
            rules: Vec::new(),
            priorities: BTreeMap::new(),
            type_names: Vec::new(),
            sets: BTreeMap::new(),
            text_sets: BTreeMap::new(),
            phrase_words: HashSet::new(),
        };
        rules.add_toml(BUILTIN_RULES, "rules.toml (built in)")?;
        Ok(rules)
    }

    /// Adds the rules of a TOML document: a rule whose id is already
    /// present replaces it (`enabled = false` removes it), new ids are
    /// added, `[priority]` entries override the defaults, `[[type_name]]`
    /// entries are appended (or put first with `first = true`). `origin`
    /// names the document in errors, which give its line and column. On
    /// error nothing is changed.
    pub(crate) fn add_toml(&mut self, text: &str, origin: &str) -> Result<()> {
        let file: RulesFile = toml::from_str(text).map_err(|e| {
            error_at(text, origin, e.span(), e.message().trim()).with_source(e.clone())
        })?;
        let mut rules = self.rules.clone();
        let mut priorities = self.priorities.clone();
        let mut type_names = self.type_names.clone();
        let mut new_patterns = Vec::new();
        for (name, value) in file.priority {
            let known = name == "members" || name == "subscribers" || event_named(&name).is_some();
            if !known {
                return Err(error_at(
                    text,
                    origin,
                    Some(value.span()),
                    &format!("`{name}` is neither an event nor an audience"),
                ));
            }
            priorities.insert(name, *value.get_ref());
        }
        for entry in file.rule {
            let id = entry.id.get_ref().trim();
            if id.is_empty() {
                return Err(error_at(text, origin, Some(entry.id.span()), "empty id"));
            }
            let position = rules.iter().position(|r| &*r.id == id);
            if !entry.enabled {
                if let Some(position) = position {
                    rules.remove(position);
                }
                continue;
            }
            let (rule, spans) = compile_entry(&entry, text, origin)?;
            new_patterns.extend(rule.patterns.iter().cloned().zip(spans));
            match position {
                Some(position) => {
                    if let Some(slot) = rules.get_mut(position) {
                        *slot = rule;
                    }
                }
                None => rules.push(rule),
            }
        }
        let mut first = Vec::new();
        for entry in file.type_name {
            let event = event_named(entry.event.get_ref()).ok_or_else(|| {
                error_at(
                    text,
                    origin,
                    Some(entry.event.span()),
                    &format!("unknown event `{}`", entry.event.get_ref()),
                )
            })?;
            let words: Vec<String> = entry
                .words
                .iter()
                .map(|w| fold(&w.replace(['_', '-', '.'], " ")))
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() {
                return Err(error_at(
                    text,
                    origin,
                    Some(entry.event.span()),
                    "a [[type_name]] needs at least one word",
                ));
            }
            let rule = TypeNameRule { words, event };
            if entry.first {
                first.push(rule);
            } else {
                type_names.push(rule);
            }
        }
        first.append(&mut type_names);
        let sets = compile_sets(&rules).and_then(|sets| Ok((sets, compile_text_sets(&rules)?)));
        let (sets, text_sets) = sets.map_err(|what| {
            // One compilation for all; each new pattern alone only to name
            // the one that fails.
            for (pattern, span) in &new_patterns {
                if let Err(what) = check_pattern(pattern) {
                    return error_at(text, origin, Some(span.clone()), &what);
                }
            }
            error_at(text, origin, None, &what)
        })?;
        self.phrase_words = rules.iter().flat_map(|r| r.words.clone()).collect();
        self.rules = rules;
        self.priorities = priorities;
        self.type_names = first;
        self.sets = sets;
        self.text_sets = text_sets;
        Ok(())
    }
}

/// A rule and the span of each of its patterns in the file.
fn compile_entry(entry: &RuleEntry, text: &str, origin: &str) -> Result<(Rule, Vec<Range<usize>>)> {
    let at = |span: Range<usize>, what: &str| error_at(text, origin, Some(span), what);
    let id: Arc<str> = Arc::from(entry.id.get_ref().trim());
    let target = target_named(
        entry.event.as_ref().map(|e| e.get_ref().as_str()),
        entry.class.as_ref().map(|c| c.get_ref().as_str()),
    )
    .ok_or_else(|| {
        let span = entry
            .event
            .as_ref()
            .or(entry.class.as_ref())
            .map_or(entry.id.span(), Spanned::span);
        at(
            span,
            &format!(
                "rule `{id}` needs one `event` (an event name) or one `class` \
                 (reply, automated_report, members, subscribers, scam_topic, no_account)"
            ),
        )
    })?;
    let place = match entry.place.get_ref().as_str() {
        "subject" => Place::Subject,
        "text" => Place::Text,
        other => {
            return Err(at(
                entry.place.span(),
                &format!("`where` is `subject` or `text`, not `{other}`"),
            ));
        }
    };
    if let Some(lang) = &entry.lang {
        if !matches!(lang.get_ref().as_str(), "en" | "vi" | "any") {
            return Err(at(lang.span(), "`lang` is `en`, `vi` or `any`"));
        }
    }
    let gap = match &entry.gap {
        Some(gap) if *gap.get_ref() > MAX_GAP => {
            return Err(at(gap.span(), &format!("`gap` is at most {MAX_GAP} words")));
        }
        Some(gap) => *gap.get_ref(),
        None => DEFAULT_GAP,
    };
    if entry.phrases.is_empty() && entry.regex.is_empty() {
        return Err(at(
            entry.id.span(),
            &format!("rule `{id}` has neither `phrases` nor `regex`"),
        ));
    }
    let mut patterns = Vec::new();
    let mut spans = Vec::new();
    let mut words = Vec::new();
    for phrase in &entry.phrases {
        let pattern =
            phrase_pattern(phrase.get_ref(), gap).map_err(|what| at(phrase.span(), what))?;
        patterns.push(pattern);
        spans.push(phrase.span());
        words.extend(
            fold(phrase.get_ref())
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string),
        );
    }
    for regex in &entry.regex {
        // Folded text is mostly ASCII: ASCII classes keep the sets small.
        patterns.push(format!("(?-u){}", regex.get_ref()));
        spans.push(regex.span());
    }
    Ok((
        Rule {
            id,
            target,
            place,
            priority: entry.priority,
            patterns,
            words,
        },
        spans,
    ))
}

/// Compiles one pattern alone, for an error that names it.
fn check_pattern(pattern: &str) -> std::result::Result<(), String> {
    regex::bytes::RegexBuilder::new(pattern)
        .size_limit(SIZE_LIMIT)
        .build()
        .map(drop)
        .map_err(|e| format!("invalid pattern: {e}"))
}

/// Compiles `patterns` (with the index of each one's rule) into one set.
fn compile_set(
    patterns: Vec<&str>,
    rule_of_pattern: Vec<usize>,
) -> std::result::Result<CompiledSet, String> {
    let set = RegexSetBuilder::new(patterns)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| format!("the rules do not form one set: {e}"))?;
    Ok(CompiledSet {
        set,
        rule_of_pattern,
    })
}

/// The event rules of texts, one set per event.
fn compile_text_sets(
    rules: &[Rule],
) -> std::result::Result<BTreeMap<EventKind, CompiledSet>, String> {
    let mut grouped: BTreeMap<EventKind, (Vec<&str>, Vec<usize>)> = BTreeMap::new();
    for (index, rule) in rules.iter().enumerate() {
        let (Place::Text, Target::Event(event)) = (rule.place, rule.target) else {
            continue;
        };
        let (patterns, owners) = grouped.entry(event).or_default();
        for pattern in &rule.patterns {
            patterns.push(pattern);
            owners.push(index);
        }
    }
    grouped
        .into_iter()
        .map(|(event, (patterns, owners))| Ok((event, compile_set(patterns, owners)?)))
        .collect()
}

fn compile_sets(
    rules: &[Rule],
) -> std::result::Result<BTreeMap<(Place, Group), CompiledSet>, String> {
    // Per set: its patterns and, for each, the index of its rule.
    type Patterns<'r> = (Vec<&'r str>, Vec<usize>);
    let mut grouped: BTreeMap<(Place, Group), Patterns<'_>> = BTreeMap::new();
    for (index, rule) in rules.iter().enumerate() {
        let (patterns, owners) = grouped
            .entry((rule.place, rule.target.group()))
            .or_default();
        for pattern in &rule.patterns {
            patterns.push(pattern);
            owners.push(index);
        }
    }
    grouped
        .into_iter()
        .map(|(key, (patterns, owners))| Ok((key, compile_set(patterns, owners)?)))
        .collect()
}

// --- Matching --------------------------------------------------------------

impl Rules {
    /// The event a folded subject names, by the rule of highest priority.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn subject_event(
        &self,
        folded_subject: &str,
        service_names: &[&str],
    ) -> Option<RuleMatch> {
        self.best_event(Place::Subject, folded_subject, service_names)
    }

    /// The event folded text names. Text rules are stronger wording than
    /// subject rules: page footers ("Forgot your password?") say nothing.
    pub(crate) fn text_event(
        &self,
        folded_text: &str,
        service_names: &[&str],
    ) -> Option<RuleMatch> {
        self.best_event(Place::Text, folded_text, service_names)
    }

    /// Every event folded text names, best first (priority, then load
    /// order), one per event: one scan where [`Rules::text_event`] and
    /// several [`Rules::text_says`] would make several.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn text_matches(&self, folded_text: &str, service_names: &[&str]) -> Vec<RuleMatch> {
        self.all_matches(Place::Text, folded_text, service_names)
    }

    /// Every event a folded subject names, best first, one per event.
    pub(crate) fn subject_matches(
        &self,
        folded_subject: &str,
        service_names: &[&str],
    ) -> Vec<RuleMatch> {
        self.all_matches(Place::Subject, folded_subject, service_names)
    }

    fn all_matches(&self, place: Place, folded: &str, service_names: &[&str]) -> Vec<RuleMatch> {
        let text = self.without_names(folded, service_names);
        let mut found: Vec<(i32, usize, EventKind)> = Vec::new();
        for index in self.matching_rules(place, Group::Event, &text) {
            let Some(rule) = self.rules.get(index) else {
                continue;
            };
            let Target::Event(event) = rule.target else {
                continue;
            };
            let priority = self.priority_of(rule);
            match found.iter_mut().find(|(_, _, e)| *e == event) {
                Some(slot) if priority > slot.0 => *slot = (priority, index, event),
                Some(_) => {}
                None => found.push((priority, index, event)),
            }
        }
        found.sort_by_key(|&(priority, index, _)| (std::cmp::Reverse(priority), index));
        found
            .into_iter()
            .filter_map(|(priority, index, event)| {
                Some(RuleMatch {
                    event,
                    rule: self.rules.get(index)?.id.clone(),
                    priority,
                })
            })
            .collect()
    }

    /// True when folded text has the wording of `event`.
    pub(crate) fn text_says(
        &self,
        event: EventKind,
        folded_text: &str,
        service_names: &[&str],
    ) -> bool {
        let Some(compiled) = self.text_sets.get(&event) else {
            return false;
        };
        let text = self.without_names(folded_text, service_names);
        compiled.set.is_match(text.as_bytes())
    }

    /// Who the footer of a folded text says the mail goes to.
    pub(crate) fn audience(&self, folded_text: &str) -> Option<Audience> {
        let mut best: Option<(i32, usize, Audience)> = None;
        for index in self.matching_rules(Place::Text, Group::Audience, folded_text) {
            let Some(rule) = self.rules.get(index) else {
                continue;
            };
            if let Target::Audience(audience) = rule.target {
                let priority = self.priority_of(rule);
                // Rules come in load order: on a tie, the first one wins.
                if best.is_none_or(|(p, _, _)| priority > p) {
                    best = Some((priority, index, audience));
                }
            }
        }
        best.map(|(_, _, audience)| audience)
    }

    /// The first scam or spam topic rule (quick money, jobs paying much for
    /// little work, investment returns, crypto bonuses, betting, loans,
    /// prizes) that folded text names, by id. The rules are written for
    /// texts; subjects are read with them.
    pub(crate) fn scam_topic(&self, folded: &str) -> Option<Arc<str>> {
        self.matching_rules(Place::Text, Group::Scam, folded)
            .into_iter()
            .min()
            .and_then(|index| self.rules.get(index))
            .map(|rule| rule.id.clone())
    }

    /// True when folded text says the address holds no account at the
    /// site ("you do not have an account", "không có tài khoản nào").
    pub(crate) fn says_no_account(&self, folded: &str) -> bool {
        self.is_match(Place::Text, Group::NoAccount, folded)
    }

    /// True for a reply or forward (`Re:`, `Fwd:`, `TL:`, `Chuyển tiếp:` …).
    pub(crate) fn is_reply(&self, folded_subject: &str) -> bool {
        self.is_match(Place::Subject, Group::Reply, folded_subject)
    }

    /// True for bounces, delivery and DMARC reports and auto-replies.
    pub(crate) fn is_automated_subject(&self, folded_subject: &str) -> bool {
        self.is_match(Place::Subject, Group::Automated, folded_subject)
    }

    /// Maps a service's mail-type name (`ig_verify_email_for_recovery`,
    /// `INVITE-GUEST`, `email_password_reset_01` …) to an event: the first
    /// `[[type_name]]` entry with a word in the name, else an activity
    /// notification.
    pub(crate) fn type_event(&self, type_name: &str) -> EventKind {
        let name = fold(&type_name.replace(['_', '-', '.'], " "));
        self.type_names
            .iter()
            .find(|entry| entry.words.iter().any(|w| name.contains(w.as_str())))
            .map_or(EventKind::ActivityNotification, |entry| entry.event)
    }

    fn priority_of(&self, rule: &Rule) -> i32 {
        rule.priority
            .or_else(|| self.priorities.get(rule.target.name()).copied())
            .unwrap_or(0)
    }

    fn is_match(&self, place: Place, group: Group, text: &str) -> bool {
        self.sets
            .get(&(place, group))
            .is_some_and(|set| set.set.is_match(text.as_bytes()))
    }

    /// Indexes (into `self.rules`) of the rules with a matching pattern.
    fn matching_rules(&self, place: Place, group: Group, text: &str) -> Vec<usize> {
        let Some(compiled) = self.sets.get(&(place, group)) else {
            return Vec::new();
        };
        let mut found: Vec<usize> = compiled
            .set
            .matches(text.as_bytes())
            .iter()
            .filter_map(|pattern| compiled.rule_of_pattern.get(pattern).copied())
            .collect();
        found.dedup();
        found
    }

    fn best_event(&self, place: Place, folded: &str, service_names: &[&str]) -> Option<RuleMatch> {
        let text = self.without_names(folded, service_names);
        let mut best: Option<(i32, usize, EventKind)> = None;
        for index in self.matching_rules(place, Group::Event, &text) {
            let Some(rule) = self.rules.get(index) else {
                continue;
            };
            let Target::Event(event) = rule.target else {
                continue;
            };
            let priority = self.priority_of(rule);
            // Higher priority wins; on a tie, the rule loaded first.
            let better = best.is_none_or(|(p, _, _)| priority > p);
            if better {
                best = Some((priority, index, event));
            }
        }
        let (priority, index, event) = best?;
        let rule = self.rules.get(index)?;
        Some(RuleMatch {
            event,
            rule: rule.id.clone(),
            priority,
        })
    }

    /// `folded` without the service's own names (whole words only), so
    /// that brands inside phrases do not count as words between key words.
    /// Names that are phrase words ("booking", "line") are kept.
    fn without_names<'t>(&self, folded: &'t str, service_names: &[&str]) -> Cow<'t, str> {
        let mut names: Vec<Cow<'_, str>> = service_names
            .iter()
            .map(|name| {
                let plain = name.bytes().all(|b| {
                    b.is_ascii() && !b.is_ascii_uppercase() && !b.is_ascii_whitespace() || b == b' '
                });
                if plain {
                    Cow::Borrowed(name.trim())
                } else {
                    Cow::Owned(fold(name))
                }
            })
            .filter(|name| name.len() >= 2 && !self.phrase_words.contains(name.as_ref()))
            .collect();
        // "booking.com" before "booking".
        names.sort_by_key(|name| std::cmp::Reverse(name.len()));
        let mut text = Cow::Borrowed(folded);
        for name in &names {
            if let Some(removed) = remove_word(&text, name) {
                text = Cow::Owned(removed);
            }
        }
        text
    }
}

/// `text` without every whole-word occurrence of `name`, or `None` when
/// there is none.
fn remove_word(text: &str, name: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let is_word = |at: Option<&u8>| at.is_some_and(u8::is_ascii_alphanumeric);
    let mut out: Option<String> = None;
    let mut last = 0;
    for start in memchr::memmem::find_iter(bytes, name.as_bytes()) {
        let end = start + name.len();
        if start < last
            || is_word(start.checked_sub(1).and_then(|i| bytes.get(i)))
            || is_word(bytes.get(end))
        {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(text.get(last..start).unwrap_or(""));
        last = end;
    }
    let mut out = out?;
    out.push_str(text.get(last..).unwrap_or(""));
    Some(out)
}

#[cfg(test)]
mod tests;
