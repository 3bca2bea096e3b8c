//! Phase 4: what happened. The event a mail shows, read from the service's
//! own headers, then the subject, then the text; and, where no wording
//! names it, what the sender alone says (a forum engine mails its members,
//! a known service's authenticated mail is a notification).

use super::Detector;
use super::facts::HeaderFacts;
use super::sender::Sender;
use crate::message::body_text;
use crate::policy::Limits;
use crate::rules::{Audience, RuleMatch};
use crate::signal::Signal;
use crate::text::fold;
use crate::verdict::EventKind;

/// Words of marketing senders, as a local part's token or a sending
/// subdomain's label.
const MARKETING_WORDS: &[&str] = &[
    "marketing",
    "mkt",
    "mktg",
    "news",
    "newsletter",
    "newsletters",
    "promo",
    "promos",
    "promotion",
    "promotions",
    "offers",
    "offer",
    "deals",
    "campaign",
    "campaigns",
    "engage",
    "engagement",
    "khuyenmai",
    "uudai",
    "tintuc",
    "bantin",
];

/// True when a `Feedback-ID` field other than the last (the sender's own
/// id, often a brand) names a marketing stream.
fn marketing_feedback_stream(facts: &HeaderFacts<'_>) -> bool {
    facts.envelope.all("Feedback-ID").iter().any(|value| {
        let value = value.trim().to_ascii_lowercase();
        let mut fields: Vec<&str> = value.split(':').collect();
        fields.pop();
        fields
            .iter()
            .flat_map(|field| field.split(|c: char| !c.is_ascii_alphanumeric()))
            .any(|token| MARKETING_WORDS.contains(&token))
    })
}

/// Where the event was read, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum EventSource {
    /// A service's own header names the mail type.
    ServiceHeader,
    /// A subject rule.
    Subject,
    /// A text rule.
    Text,
    /// A forum engine's mail: members only.
    ForumEngine,
    /// No wording; the sender alone.
    Sender,
}

/// The event of one message and the signals that named it.
pub(super) struct EventReading {
    pub(super) event: EventKind,
    pub(super) source: EventSource,
    pub(super) signals: Vec<Signal>,
}

/// The decoded, folded text of a message, read at most once and only when
/// a phase asks for it.
pub(super) struct MessageText<'r> {
    raw: &'r [u8],
    limits: &'r Limits,
    folded: Option<String>,
    /// The decoded text as written (passwords are case-sensitive).
    plain: Option<String>,
    read: bool,
    /// Hosts of the links in the HTML and plain text, once asked for.
    link_hosts: Option<Vec<String>>,
    pub(super) signals: Vec<Signal>,
}

/// The host of an absolute web link.
static LINK_HOST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::text::constant_regex(
        r"(?i)https?://(?:[^/\s@\x22'<>]*@)?([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)",
    )
});

/// How much of a text the checks that qualify an event read: what a
/// list's opt-in or a site's "no such account" says comes first, and the
/// cost of a long mail stays that of its head.
const HEAD_BYTES: usize = 16 * 1024;

/// The first [`HEAD_BYTES`] of `text`.
fn head(text: &str) -> &str {
    crate::text::prefix(text, HEAD_BYTES)
}

/// At most this many distinct link hosts are kept.
const MAX_LINK_HOSTS: usize = 64;

impl<'r> MessageText<'r> {
    pub(super) fn new(raw: &'r [u8], limits: &'r Limits) -> MessageText<'r> {
        MessageText {
            raw,
            limits,
            folded: None,
            plain: None,
            read: false,
            link_hosts: None,
            signals: Vec::new(),
        }
    }

    /// The hosts the message links to, lowercase: from the HTML parts
    /// (where `href`s are) and the decoded text.
    pub(super) fn link_hosts(&mut self) -> &[String] {
        if self.link_hosts.is_none() {
            let mut texts = Vec::new();
            if let Ok(parsed) = mailparse::parse_mail(self.raw) {
                super::phishing::collect_html(&parsed, 0, self.limits, &mut texts);
            }
            texts.extend(self.plain().map(str::to_string));
            let mut hosts: Vec<String> = Vec::new();
            for text in &texts {
                for found in LINK_HOST.captures_iter(text).filter_map(|c| c.get(1)) {
                    let host = found.as_str().to_ascii_lowercase();
                    if hosts.len() < MAX_LINK_HOSTS && !hosts.contains(&host) {
                        hosts.push(host);
                    }
                }
            }
            self.link_hosts = Some(hosts);
        }
        self.link_hosts.as_deref().unwrap_or_default()
    }

    pub(super) fn folded(&mut self) -> Option<&str> {
        if !self.read {
            self.read = true;
            match body_text(self.raw, self.limits) {
                Ok(body) => {
                    if body.truncated {
                        self.signals.push(Signal::TextTruncated);
                    }
                    self.folded = Some(fold(&body.text));
                    self.plain = Some(body.text);
                }
                Err(error) => self.signals.push(Signal::TextUnreadable { error }),
            }
        }
        self.folded.as_deref()
    }

    /// The decoded text as written, read if it was not yet.
    pub(super) fn plain(&mut self) -> Option<&str> {
        self.folded();
        self.plain.as_deref()
    }

    /// The text if it was already read, without reading it.
    pub(super) fn if_read(&self) -> Option<&str> {
        self.folded.as_deref()
    }
}

impl Detector {
    /// The event named by a service's own header (`X-Facebook-Notify`,
    /// `X-LinkedIn-Template` …; the catalog says which headers carry a mail
    /// type and how to read it): (event, header, type name).
    fn service_header_event(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
    ) -> Option<(EventKind, String, String)> {
        let header = |name: &str| facts.envelope.first_ref(name);
        let (name, type_name) = match sender.service {
            Some(service) => service.mail_type(header)?,
            None => {
                let (_, name, type_name) = self.catalog.mail_type(header)?;
                (name, type_name)
            }
        };
        let type_name = type_name.trim();
        let mut event = self.rules.type_event(type_name);
        // Code hosts' reasons name why a member was told, not a sign-up.
        let code_host_reason = name.eq_ignore_ascii_case("X-GitHub-Reason")
            || name.eq_ignore_ascii_case("X-GitLab-NotificationReason");
        if code_host_reason && event != EventKind::Invitation {
            event = EventKind::ActivityNotification;
        }
        Some((event, name.to_ascii_lowercase(), type_name.to_string()))
    }

    /// Mail the service sent for someone other than its member: a person's
    /// share or message sent through it (`"Hai Tran (via Dropbox)"`, as
    /// Google and Dropbox name such senders, or `"Hai Tran via WeTransfer"`)
    /// is an invitation; a bulk send
    /// (`Precedence: bulk`) from a shop, travel or entertainment service that
    /// names no account event is marketing. A social network's or forum's
    /// bulk mail is a members' digest and stays evidence.
    fn sent_for_someone_else(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
        event: EventKind,
        signals: &mut Vec<Signal>,
    ) -> EventKind {
        let members_category = sender.service.is_some_and(|s| {
            matches!(
                s.category,
                crate::catalog::Category::Social
                    | crate::catalog::Category::Forum
                    | crate::catalog::Category::Messaging
            )
        });
        let on_behalf = facts.from.as_ref().is_some_and(|(display, _)| {
            let display = display.trim();
            if display.ends_with(')') && display.contains("(via ") {
                return true;
            }
            // "Minh Chau via WeTransfer", as file-sharing and signature
            // services name a person's send: the words after the last " via "
            // name this very service. A social network's "X via LinkedIn"
            // goes to its members and stays evidence.
            !members_category
                && sender.service.is_some_and(|service| {
                    display
                        .rsplit_once(" via ")
                        .is_some_and(|(person, through)| {
                            let through = crate::text::fold(through.trim());
                            !person.trim().is_empty()
                                && (through == crate::text::fold(&service.name)
                                    || service
                                        .aliases
                                        .iter()
                                        .any(|a| crate::text::fold(a) == through))
                        })
                })
        });
        if on_behalf
            && sender.engine.is_none()
            && !event.is_sign_up_wording()
            && event != EventKind::Transaction
        {
            signals.push(Signal::SentForAPerson);
            return EventKind::Invitation;
        }
        let members_only = signals.contains(&Signal::MembersOnly);
        if event == EventKind::Notification
            && facts.precedence_bulk
            && !members_category
            && !members_only
            && sender.engine.is_none()
        {
            signals.push(Signal::BulkMarketing);
            return EventKind::Newsletter;
        }
        event
    }

    /// A send from a service's marketing stream: an unsubscribe link, and a
    /// marketing local part (`marketing@`, `news@`, `promo@` …) or sending
    /// subdomain (`engage.`, `news.`, `promo.` …), as large senders split
    /// marketing from account mail to keep their reputations apart. Generic
    /// sending subdomains (`e.`, `email.`) carry account mail too (learning
    /// reminders, digests) and do not count.
    ///
    /// Or a `Feedback-ID` whose mail type names marketing: Gmail's
    /// feedback loop asks senders for `CampaignID:CustomerID:MailType:SenderID`
    /// (`19113:newsletter:netflix`, `mkt:promo-2025:acme`), and the type
    /// is how they tell their streams apart.
    fn is_marketing_send(&self, facts: &HeaderFacts<'_>) -> bool {
        if marketing_feedback_stream(facts) {
            return true;
        }
        if !facts.envelope.has("List-Unsubscribe") {
            return false;
        }
        let Some((_, from)) = facts.from.as_ref() else {
            return false;
        };
        let local = from.local.to_ascii_lowercase();
        let marketing_local = local
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|token| MARKETING_WORDS.contains(&token));
        let org = self.domains.registrable(&from.domain);
        let subdomain = from
            .domain
            .strip_suffix(org)
            .unwrap_or_default()
            .trim_end_matches('.');
        let marketing_subdomain = subdomain
            .split('.')
            .any(|label| MARKETING_WORDS.contains(&label));
        marketing_local || marketing_subdomain
    }

    /// The events named by the subject alone, best first (none for replies
    /// and forwards, which are people's mail).
    pub(super) fn subject_events(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
    ) -> Vec<RuleMatch> {
        if self.rules.is_reply(&facts.folded_subject) {
            return Vec::new();
        }
        let names = self.service_names(facts, sender);
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        self.rules.subject_matches(&facts.folded_subject, &names)
    }

    /// The sender's own names, folded, removed from text before phrases are
    /// matched ("confirm your Discord email address"): the catalog name and
    /// aliases, and the first label of the sender's registrable domain.
    pub(super) fn service_names(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
    ) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(service) = sender.service {
            names.push(fold(&service.name));
            names.extend(service.aliases.iter().map(|a| fold(a)));
        }
        if let Some(domain) = facts.sender_domain() {
            let org = self.domains.registrable(domain);
            if let Some(label) = org.split('.').next() {
                names.push(label.to_string());
            }
        }
        // The one-word name the sender gives itself ("Grafana" in "Reset
        // your Grafana password"): software and sites name themselves inside
        // their phrases whether or not a catalog knows them. Longer display
        // names are descriptions ("Bản tin Kinh tế Số", a newsletter) whose
        // words may be the very ones that name the event.
        if let Some((display, _)) = &facts.from {
            let display = fold(display.trim());
            if display.chars().count() >= 4 && display.chars().all(char::is_alphanumeric) {
                names.push(display);
            }
        }
        names
    }

    pub(super) fn read_event(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
        subject_events: &[RuleMatch],
        text: &mut MessageText<'_>,
    ) -> Option<EventReading> {
        let mut signals = Vec::new();
        let names = self.service_names(facts, sender);
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let subject_match = subject_events.first();
        let subject_event = subject_match.map(|m| m.event);
        let header_event = self.service_header_event(facts, sender);
        let subject_signal = |event: EventKind| Signal::SubjectRule {
            rule: subject_match.map_or_else(String::new, |m| m.rule.to_string()),
            event,
        };
        let marketing_stream = sender.service.is_some() && self.is_marketing_send(facts);
        let (event, source) = match (header_event, subject_event) {
            // A generic header type ("notification") gives way to a clearer
            // subject.
            (Some((EventKind::ActivityNotification, header, value)), Some(subject))
                if subject != EventKind::Newsletter =>
            {
                signals.push(Signal::ServiceHeader {
                    header,
                    value,
                    event: EventKind::ActivityNotification,
                });
                signals.push(subject_signal(subject));
                (subject, EventSource::Subject)
            }
            (Some((event, header, value)), _) => {
                signals.push(Signal::ServiceHeader {
                    header,
                    value,
                    event,
                });
                (event, EventSource::ServiceHeader)
            }
            (None, Some(event)) => {
                signals.push(subject_signal(event));
                (event, EventSource::Subject)
            }
            (None, None) => {
                let text_event = text.folded().and_then(|t| self.rules.text_event(t, &names));
                if let Some(found) = text_event {
                    signals.push(Signal::TextRule {
                        rule: found.rule.to_string(),
                        event: found.event,
                    });
                    (found.event, EventSource::Text)
                } else if let Some((engine, _)) = &sender.engine {
                    signals.push(Signal::ForumEngine {
                        engine: (*engine).to_string(),
                    });
                    (EventKind::ActivityNotification, EventSource::ForumEngine)
                } else if marketing_stream {
                    // The service's marketing stream, not its account mail,
                    // even when its footer says it goes to members (below):
                    // what it sends them is promotion, no trace of a sign-up.
                    signals.push(Signal::BulkMarketing);
                    (EventKind::Newsletter, EventSource::Sender)
                } else if sender.service.is_some() {
                    signals.push(Signal::ServiceMail);
                    (EventKind::Notification, EventSource::Sender)
                } else if facts.list_headers {
                    signals.push(Signal::ListHeaders);
                    (EventKind::Newsletter, EventSource::Sender)
                } else if sender.machine {
                    // A site's own machine mail that names no event: a notice,
                    // believed for a sender in no catalog only on what it
                    // knows of the recipient (finding.rs).
                    (EventKind::Notification, EventSource::Sender)
                } else {
                    return None;
                }
            }
        };
        // Marketing that says it goes to a list's subscribers is not
        // evidence of an account, unless wording named an account event.
        // A promotion that names a purchase ("cashback when you pay a bill")
        // is marketing too when it says it goes to subscribers.
        let weak_reading = matches!(source, EventSource::Sender | EventSource::ForumEngine)
            || event == EventKind::Notification
            || (!event.is_sign_up_wording()
                && subject_events
                    .iter()
                    .any(|m| m.event == EventKind::Newsletter));
        let audience = if weak_reading || event == EventKind::Newsletter {
            text.folded().and_then(|t| self.rules.audience(t))
        } else {
            None
        };
        // A forum's or tracker's own mail goes to its members: a footer
        // saying they subscribed (Redmine's "you have subscribed to it")
        // means they watch a topic, not that a list mails them.
        let (event, source) = match audience {
            Some(Audience::Subscribers)
                if (weak_reading || event == EventKind::Newsletter) && sender.engine.is_none() =>
            {
                signals.push(Signal::SubscribersOnly);
                (EventKind::Newsletter, source)
            }
            // A footer naming members makes the service's wordless mail a
            // notice to a member; it does not turn wording that names a
            // promotion or newsletter into one: what a service pitches to
            // its members is still marketing.
            Some(Audience::Members)
                if weak_reading && event != EventKind::Newsletter && !marketing_stream =>
            {
                signals.push(Signal::MembersOnly);
                (event, EventSource::Text)
            }
            _ => (event, source),
        };
        // "Confirm your subscription" in a subject reads like a sign-up;
        // a text that says what is subscribed to (a newsletter) tells the
        // list's double opt-in apart.
        let (event, source) = if matches!(
            event,
            EventKind::EmailVerification | EventKind::AccountCreated
        ) && source == EventSource::Subject
            && text.folded().is_some_and(|t| {
                self.rules
                    .text_says(EventKind::Subscription, head(t), &names)
            }) {
            (EventKind::Subscription, EventSource::Text)
        } else {
            (event, source)
        };
        // The service's marketing stream (a marketing mailbox, sending
        // domain or Feedback-ID type) writing of anything but a sign-up, a
        // code or a security matter: a promotion dressed as a notice ("5%
        // cashback when you pay by card", "courses picked for you").
        let (event, source) = if marketing_stream
            && matches!(
                event,
                EventKind::Transaction | EventKind::Notification | EventKind::ActivityNotification
            ) {
            signals.push(Signal::BulkMarketing);
            (EventKind::Newsletter, source)
        } else {
            (event, source)
        };
        // The site says the address holds no account there: whatever the
        // wording of the reset around it, no trace of one.
        if event.is_account_evidence()
            && text
                .folded()
                .is_some_and(|t| self.rules.says_no_account(head(t)))
        {
            return None;
        }
        let event = self.sent_for_someone_else(facts, sender, event, &mut signals);
        // A welcome that still asks for activation (phpBB's inactive-account
        // welcome, for one) is a verification: the account awaits it.
        let event = if event == EventKind::AccountCreated
            && text.folded().is_some_and(|t| {
                self.rules
                    .text_says(EventKind::EmailVerification, t, &names)
            }) {
            signals.push(Signal::ActivationPending);
            EventKind::EmailVerification
        } else {
            event
        };
        Some(EventReading {
            event,
            source,
            signals,
        })
    }
}
