//! Phishing aimed at official addresses: mail that claims a brand (in its
//! display name, subject, sender domain or text, through character tricks
//! too) and shows a sign of deception. Reported as suspected phishing, never
//! as an account or a violation.
//!
//! It runs after the account flow, on mail that flow found nothing in (or
//! skipped as a person's mail, or took for an unlisted sender's), so that it
//! never takes an account away.

use std::sync::LazyLock;

/// How much of a mail's text is searched for a brand claimed only there: a
/// lure names its brand near the top.
const TEXT_READ_FOR_BRANDS: usize = 4096;

use regex::Regex;

use super::Detector;
use super::brands::Brand;
use super::facts::HeaderFacts;
use super::skeleton::skeleton;
use crate::address::{Address, addresses_in};
use crate::domain::is_within;
use crate::signal::Signal;
use crate::verdict::{
    Authentication, Confidence, EventKind, Finding, FindingKind, Outcome, ServiceRef, SkipReason,
    Verdict,
};

/// Free web hosting and form builders, where anyone publishes a page or a
/// mail sender under the host's name.
const FREE_HOSTING: &[&str] = &[
    "firebaseapp.com",
    "web.app",
    "pages.dev",
    "workers.dev",
    "netlify.app",
    "github.io",
    "vercel.app",
    "herokuapp.com",
    "glitch.me",
    "onrender.com",
    "r2.dev",
    "blogspot.com",
    "weebly.com",
    "wixsite.com",
    "godaddysites.com",
    "onmicrosoft.com",
    "sharepoint.com",
    "ipfs.io",
    "translate.goog",
    "000webhostapp.com",
    "repl.co",
];

/// Where a brand was claimed, and whether only a character trick shows it.
#[derive(Debug, Clone, Copy)]
struct Claim {
    place: Place,
    disguised: bool,
}

/// Where the brand was claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    DisplayName,
    SenderDomain,
    Subject,
    Text,
}

impl Place {
    fn as_str(self) -> &'static str {
        match self {
            Place::DisplayName => "display_name",
            Place::SenderDomain => "sender_domain",
            Place::Subject => "subject",
            Place::Text => "text",
        }
    }
}

/// A brand claimed by mail that is not the brand's: what gave it away, and
/// the sender as the claim check identified and authenticated it (so the
/// finding reuses them instead of doing that again).
struct Imitation<'c, 'b> {
    brand: &'b Brand,
    signals: Vec<Signal>,
    sender: super::sender::Sender<'c>,
    authentication: Authentication,
}

impl Detector {
    /// Adds a suspected-phishing finding to a verdict the account flow left
    /// without one, when the mail imitates a brand.
    pub(super) fn with_phishing(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        text: &mut super::event::MessageText<'_>,
        owner: Option<&Address>,
        verdict: Verdict,
    ) -> Verdict {
        let already_phishing = verdict
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::SuspectedPhishing);
        let open = match &verdict.outcome {
            Outcome::Inspected => verdict
                .findings
                .iter()
                .all(|f| !f.service.in_catalog && !f.violation),
            Outcome::Skipped { reason } => matches!(
                reason,
                SkipReason::PersonalMail
                    | SkipReason::MailingList
                    | SkipReason::NoOfficialRecipient
            ),
            _ => false,
        };
        if already_phishing {
            return self.with_deception_signals(raw, facts, text, verdict);
        }
        if !open
            || (self.answers_official_mail(facts) && !matches!(verdict.outcome, Outcome::Inspected))
        {
            return verdict;
        }
        // Mail skipped on its headers is judged on its headers: a brand
        // claimed only in the text of mail the flow skipped (a person's mail,
        // a list) is not worth decoding every such mail for.
        // Skipped mail's text is read only when it holds links (a brand
        // named in the text of a person's plain mail deceives nobody), so
        // that ordinary mail at a gateway costs no decoding.
        let inspected = matches!(verdict.outcome, Outcome::Inspected);
        let read_text = || inspected || memchr::memmem::find(raw, b"href").is_some();
        let Some(Imitation {
            brand,
            signals,
            sender,
            authentication,
        }) = self.imitation(raw, facts, text, &read_text)
        else {
            return verdict;
        };
        let mut recipients = self.header_recipients(facts, owner);
        if recipients.is_empty() {
            text.folded();
            self.complete_recipients(&mut recipients, text.if_read(), owner);
        }
        if recipients.is_empty() {
            return verdict;
        }
        let service = match brand.service.and_then(|i| self.catalog.services().get(i)) {
            Some(service) => self.catalog_ref(service),
            None => ServiceRef {
                id: brand.id.clone(),
                name: brand.name.clone(),
                category: brand.category,
                in_catalog: false,
                engine: None,
            },
        };
        let deception = signals.len().saturating_sub(1);
        let confidence = if deception >= 2 {
            Confidence::High
        } else {
            Confidence::Medium
        };
        let event = self
            .subject_events(facts, &sender)
            .first()
            .map_or(EventKind::Notification, |m| m.event);
        let findings = recipients
            .found
            .into_iter()
            .take(self.policy.limits.max_findings_per_message)
            .map(|(address, found_in)| Finding {
                address: address.to_text(),
                found_in,
                kind: FindingKind::SuspectedPhishing,
                service: service.clone(),
                event,
                confidence,
                authentication,
                relay: None,
                violation: false,
                signals: signals.clone(),
            })
            .collect();
        Verdict {
            outcome: Outcome::Inspected,
            message: verdict.message,
            findings,
        }
    }

    /// How much of a mail's text is searched for a brand claimed only there.
    /// A person's reply in a conversation an official address started
    /// (`In-Reply-To` names a message of an official domain): ordinary
    /// correspondence, the most common mail at a gateway.
    fn answers_official_mail(&self, facts: &HeaderFacts<'_>) -> bool {
        facts
            .envelope
            .first_ref("In-Reply-To")
            .and_then(|id| id.trim().trim_end_matches('>').rsplit_once('@'))
            .and_then(|(_, domain)| crate::domain::normalize_domain(domain))
            .is_some_and(|domain| self.official.is_government_sender(&self.domains, &domain))
    }

    /// The account flow already took the mail for phishing (a claimed
    /// service, its authentication failing): adds the signs of deception
    /// this phase sees, so that the report says what gave it away.
    fn with_deception_signals(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        text: &mut super::event::MessageText<'_>,
        mut verdict: Verdict,
    ) -> Verdict {
        let Some(Imitation { signals, .. }) = self.imitation(raw, facts, text, &|| true) else {
            return verdict;
        };
        for finding in &mut verdict.findings {
            if finding.kind == FindingKind::SuspectedPhishing {
                for signal in &signals {
                    if !finding.signals.contains(signal) {
                        finding.signals.push(signal.clone());
                    }
                }
            }
        }
        verdict
    }

    /// The signs that a mail claiming `brand` deceives: the claim first
    /// (`ImitatesBrand`), then the strong signs (a disguised name, an
    /// invalid, free-hosting or look-alike domain, the brand in the sender's
    /// domain, another address in the display name, failed authentication,
    /// a deceptive link); and apart, the weaker ones (free mail, replies
    /// elsewhere).
    #[allow(clippy::too_many_arguments)]
    fn deception_signals(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        brand: &Brand,
        claim: Claim,
        domain: Option<&str>,
        authentication: Authentication,
    ) -> (Vec<Signal>, Vec<Signal>) {
        let Claim { place, disguised } = claim;
        let index = &self.brands;
        let (display, _) = from_parts(facts);
        let domain = domain.map(str::to_string);
        let registrable = domain.as_deref().map(|d| self.domains.registrable(d));
        let freemail = domain.as_deref().is_some_and(|d| self.is_freemail(d));
        let mut signals = vec![Signal::ImitatesBrand {
            brand: brand.id.clone(),
            place: place.as_str().to_string(),
            disguised,
        }];
        // Strong signs: enough with a claim anywhere, the text included.
        if disguised {
            signals.push(Signal::DisguisedBrand);
        }
        match (&domain, registrable) {
            (Some(domain), Some(registrable)) if !freemail => {
                let unknown_suffix = self.domains.known_suffix(domain).is_none();
                if unknown_suffix && !domain.contains('.') {
                    signals.push(Signal::InvalidSenderDomain {
                        domain: domain.clone(),
                    });
                } else if let Some(host) = FREE_HOSTING.iter().find(|h| is_within(domain, h)) {
                    signals.push(Signal::FreeHosting {
                        domain: domain.clone(),
                        host: (*host).to_string(),
                    });
                } else if let Some(own) = index.lookalike(registrable, brand) {
                    signals.push(Signal::LookalikeDomain {
                        domain: registrable.to_string(),
                        imitates: own,
                    });
                }
                // A sender whose domain holds the brand it names in its
                // subject or text is most often the brand's own unlisted
                // domain; in a display name or alone, a disguise.
                let brand_in_domain = match place {
                    // `kaufland-online.de` holds the brand and more;
                    // `zalando.es` is the brand's own name elsewhere.
                    Place::SenderDomain => {
                        let label = registrable.split('.').next().unwrap_or_default();
                        let plain = label.replace('-', "");
                        plain != brand.id.replace('-', "")
                            && plain != crate::text::fold(&brand.name).replace(' ', "")
                    }
                    Place::DisplayName => {
                        let words = registrable.replace(['-', '.'], " ").replace('i', "l");
                        index.find(&words).is_some_and(|b| std::ptr::eq(b, brand))
                    }
                    Place::Subject | Place::Text => false,
                };
                if brand_in_domain {
                    signals.push(Signal::BrandInDomain {
                        domain: registrable.to_string(),
                    });
                }
            }
            (Some(_), Some(_)) => {}
            _ => signals.push(Signal::InvalidSenderDomain {
                domain: String::new(),
            }),
        }
        if let Some(other) = addresses_in(&display)
            .into_iter()
            .find(|a| Some(&a.domain) != domain.as_ref())
        {
            signals.push(Signal::DisplayNameAddress {
                address: other.to_text(),
            });
        }
        if authentication == Authentication::Failed {
            signals.push(Signal::AuthenticationFailedForBrand);
        }
        // A link showing one domain and leading to another: the redirects
        // of relays, link-protection services and the sender's own tracking
        // domain are not deceptive. A brand named only in a subject or text
        // needs the link to show the brand's own domain.
        let sender_orgs: Vec<&str> = registrable
            .into_iter()
            .chain(
                facts
                    .dkim_domains
                    .iter()
                    .map(|d| self.domains.registrable(d)),
            )
            .collect();
        let links = deceptive_links(raw, &self.policy.limits, |h| {
            self.domains.registrable(h).to_string()
        });
        let deceptive = links.into_iter().find(|(shown, target)| {
            let redirect = LINK_REWRITERS.iter().any(|r| is_within(target, r))
                || self.catalog.relay_for_host(target).is_some()
                || sender_orgs.contains(&target.as_str());
            let about_brand = matches!(place, Place::DisplayName | Place::SenderDomain)
                || index.owns(&self.catalog, brand, shown);
            !redirect && about_brand
        });
        if let Some((shown, target)) = deceptive {
            signals.push(Signal::DeceptiveLink { shown, target });
        }
        // Weaker signs: enough with a claim in the display name (where a
        // sender names itself), not with a mention in a subject or text.
        let mut weak = Vec::new();
        if freemail {
            weak.push(Signal::FreemailClaimsBrand {
                domain: domain.clone().unwrap_or_default(),
            });
        }
        let reply_elsewhere = facts
            .envelope
            .addresses("Reply-To")
            .into_iter()
            .find(|a| Some(self.domains.registrable(&a.domain)) != registrable);
        if let Some(reply) = reply_elsewhere {
            weak.push(Signal::ReplyToElsewhere {
                domain: self.domains.registrable(&reply.domain).to_string(),
            });
        }
        (signals, weak)
    }

    /// True when mail that names `service` from a domain outside the
    /// catalog shows any sign of deception, so that it cannot be the
    /// service's own domain elsewhere nor an instance of it: a disguised
    /// name in the display name or subject, free mail or free hosting, a
    /// look-alike domain, the brand inside a longer domain (unless
    /// `own_name`: the domain's label is the brand's), another address in
    /// the display name, replies or links leading to a third domain.
    /// Replies and links to the service's own catalog domains are no sign.
    pub(super) fn deceives(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        service: &crate::catalog::Service,
        own_name: bool,
    ) -> bool {
        let index = &self.brands;
        let Some(brand) = index.for_service(&self.catalog, &service.id) else {
            return true;
        };
        let disguised_in = |text: &str| {
            let text_skeleton = skeleton(text);
            let claims = index
                .find(&text_skeleton)
                .or_else(|| index.find_in_display(&text_skeleton))
                .is_some_and(|b| std::ptr::eq(b, brand));
            claims && !brand_in_plain(index, brand, &crate::text::fold(text))
        };
        let (display, address) = from_parts(facts);
        let disguised = disguised_in(&display) || disguised_in(&facts.subject);
        let (signals, weak) = self.deception_signals(
            raw,
            facts,
            brand,
            Claim {
                place: Place::DisplayName,
                disguised,
            },
            address.as_ref().map(|a| a.domain.as_str()),
            Authentication::Verified,
        );
        signals.iter().chain(&weak).any(|signal| match signal {
            Signal::ImitatesBrand { .. } => false,
            Signal::BrandInDomain { .. } => !own_name,
            Signal::ReplyToElsewhere { domain } => !index.owns(&self.catalog, brand, domain),
            Signal::DeceptiveLink { target, .. } => !index.owns(&self.catalog, brand, target),
            _ => true,
        })
    }

    /// The brand a mail imitates and the signals that show it: the claim
    /// first, then at least one sign of deception.
    fn imitation(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        text: &mut super::event::MessageText<'_>,
        read_text: &dyn Fn() -> bool,
    ) -> Option<Imitation<'_, '_>> {
        let (display, address) = from_parts(facts);
        let domain = address.as_ref().map(|a| a.domain.clone());
        let registrable = domain.as_deref().map(|d| self.domains.registrable(d));
        let index = &self.brands;
        let plain_display = crate::text::fold(&display);
        let display_skeleton = skeleton(&display);
        let subject_skeleton = skeleton(&facts.subject);
        // A free-mail domain names its provider, not a claim.
        let freemail = domain.as_deref().is_some_and(|d| self.is_freemail(d));
        let domain_words = registrable
            .filter(|_| !freemail)
            .map(|r| skeleton(&r.replace(['-', '.'], " ")));
        let claim = index
            .find(&display_skeleton)
            .or_else(|| index.find_in_display(&display_skeleton))
            .map(|b| (b, Place::DisplayName, plain_display.as_str()))
            .or_else(|| {
                domain_words
                    .as_ref()
                    .and_then(|w| index.find(w).map(|b| (b, Place::SenderDomain, w.as_str())))
            })
            .or_else(|| {
                index
                    .find(&subject_skeleton)
                    .map(|b| (b, Place::Subject, facts.folded_subject.as_str()))
            });
        let (brand, place, disguised) = match claim {
            Some((brand, place, plain)) => {
                let disguised = !brand_in_plain(index, brand, plain);
                (brand, place, disguised)
            }
            None if !read_text() => return None,
            None => {
                // A lure names its brand near the top; reading the first
                // few KB bounds the cost on long mail.
                let text = crate::text::prefix(text.plain()?, TEXT_READ_FOR_BRANDS);
                let skeleton_text = skeleton(text);
                let brand = index.find(&skeleton_text)?;
                let disguised = !brand_in_plain(index, brand, &crate::text::fold(text));
                (brand, Place::Text, disguised)
            }
        };
        // The brand's own mail, or a catalog service's genuine mail naming
        // another brand ("Sign in with Google"), is no imitation. Judged
        // only once a brand is claimed: most mail claims none.
        // So is the service's own name under another suffix, or an instance
        // of software anyone can host, when nothing deceives.
        let sender = self.resolve_sender(raw, facts, self.identify_sender(facts));
        let authentication = self.authenticate(facts, &sender).status;
        // A free-mail provider's signature is on every box's mail: it
        // vouches for the box, not for the brand a display name claims.
        if (sender.service.is_some() && authentication.backs_sender())
            || sender.hosted_software.is_some()
            || (!freemail && self.service_by_verified_signature(facts).is_some())
        {
            return None;
        }
        if domain
            .as_deref()
            .is_some_and(|d| index.owns(&self.catalog, brand, d))
        {
            return None;
        }

        let (mut signals, mut weak) = self.deception_signals(
            raw,
            facts,
            brand,
            Claim { place, disguised },
            domain.as_deref(),
            authentication,
        );
        let strong = signals.len() > 1;
        if place == Place::DisplayName && weak.is_empty() && !strong {
            weak.push(Signal::ForeignSender {
                domain: registrable.unwrap_or_default().to_string(),
            });
        }
        let enough = strong || (place == Place::DisplayName && !weak.is_empty());
        if !enough {
            return None;
        }
        signals.extend(weak);
        Some(Imitation {
            brand,
            signals,
            sender,
            authentication,
        })
    }
}

/// The From display name (decoded) and address, read tolerantly: phishing
/// often writes a From the strict reader rejects (`<>`, `@correios`).
fn from_parts(facts: &HeaderFacts<'_>) -> (String, Option<Address>) {
    if let Some((display, address)) = &facts.from {
        return (display.clone(), Some(address.clone()));
    }
    let value = facts.envelope.first("From").unwrap_or_default();
    let display = value
        .rsplit_once('<')
        .map_or(value.as_str(), |(name, _)| name)
        .trim()
        .trim_matches('"')
        .to_string();
    (display, None)
}

/// True when the brand is written plainly (no trick needed to see it).
fn brand_in_plain(index: &super::brands::BrandIndex, brand: &Brand, plain: &str) -> bool {
    // The plain text, through the same skeleton but with nothing to undo:
    // letters only, i/l as the skeleton draws them.
    let plain_skeleton = plain.replace('i', "l");
    index
        .find(&plain_skeleton)
        .or_else(|| index.find_in_display(&plain_skeleton))
        .is_some_and(|b| std::ptr::eq(b, brand))
}

/// The links of an HTML text: (href, inner HTML) of each `<a href=…>…</a>`
/// whose target is http(s). A scan with memchr, not a regex with captures
/// (the backtracking engine was most of the cost of reading newsletters).
fn anchors(html: &str) -> Vec<(&str, &str)> {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(at) = memchr::memmem::find(bytes.get(pos..).unwrap_or_default(), b"<a") {
        let start = pos + at + 2;
        pos = start;
        if !bytes.get(start).is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let Some(tag_end) =
            memchr::memchr(b'>', bytes.get(start..).unwrap_or_default()).map(|i| start + i)
        else {
            break;
        };
        let tag = lower.get(start..tag_end).unwrap_or_default();
        let Some(href_at) = tag.find("href") else {
            continue;
        };
        let value = tag.get(href_at + 4..).unwrap_or_default().trim_start();
        let Some(value) = value.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quoted = value.starts_with(['"', '\'']);
        let value_start = tag_end - value.len() + usize::from(quoted);
        let value_len = html
            .get(value_start..tag_end)
            .unwrap_or_default()
            .find(|c: char| c == '"' || c == '\'' || c.is_whitespace() || c == '>')
            .unwrap_or(tag_end - value_start);
        let href = html
            .get(value_start..value_start + value_len)
            .unwrap_or_default();
        let Some(close) = memchr::memmem::find(bytes.get(tag_end..).unwrap_or_default(), b"</a>")
            .map(|i| tag_end + i)
        else {
            break;
        };
        let inner = html.get(tag_end + 1..close).unwrap_or_default();
        pos = close + 4;
        let lower_href = href.to_ascii_lowercase();
        if lower_href.starts_with("http://") || lower_href.starts_with("https://") {
            found.push((href, inner));
        }
    }
    found
}
static SHOWN_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::constant_regex(
        r"^\s*(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?\s*$",
    )
});

/// Link-protection and redirect services that rewrite links in mail on
/// the way (Microsoft Safe Links, Proofpoint, Mimecast, Symantec …).
const LINK_REWRITERS: &[&str] = &[
    "safelinks.protection.outlook.com",
    "urldefense.com",
    "urldefense.proofpoint.com",
    "proofpoint.com",
    "mimecast.com",
    "mimecastprotect.com",
    "symantec.com",
    "messagelabs.com",
    "barracudanetworks.com",
    "trendmicro.com",
    "google.com",
];

/// The links whose visible text is a domain (or URL) in one registrable
/// domain and whose target is in another: (shown, target), at most 20.
fn deceptive_links(
    raw: &[u8],
    limits: &crate::policy::Limits,
    registrable: impl Fn(&str) -> String,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let Ok(parsed) = mailparse::parse_mail(raw) else {
        return found;
    };
    let mut html_parts = Vec::new();
    collect_html(&parsed, 0, limits, &mut html_parts);
    for html in html_parts {
        for (href, inner) in anchors(&html) {
            let shown_text = strip_tags(inner).to_ascii_lowercase();
            let Some(shown) = SHOWN_DOMAIN
                .captures(&shown_text)
                .and_then(|c| c.get(1))
                .and_then(|m| crate::domain::normalize_domain(m.as_str()))
            else {
                continue;
            };
            let target = href
                .split_once("://")
                .map(|(_, rest)| rest)
                .and_then(|rest| rest.split(['/', '?', '#', ':']).next())
                .and_then(|host| host.rsplit('@').next())
                .and_then(crate::domain::normalize_domain);
            if let Some(target) = target {
                let (shown_org, target_org) = (registrable(&shown), registrable(&target));
                if shown_org != target_org && shown_org.contains('.') && found.len() < 20 {
                    found.push((shown_org, target_org));
                }
            }
        }
    }
    found
}

pub(super) fn collect_html(
    part: &mailparse::ParsedMail<'_>,
    depth: usize,
    limits: &crate::policy::Limits,
    out: &mut Vec<String>,
) {
    if depth > limits.max_mime_depth || out.len() >= limits.max_mime_parts {
        return;
    }
    if part.ctype.mimetype.eq_ignore_ascii_case("text/html") {
        if let Ok(body) = part.get_body() {
            out.push(crate::text::prefix(&body, limits.max_text_bytes).to_string());
        }
    }
    for sub in &part.subparts {
        collect_html(sub, depth + 1, limits, out);
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", " ")
}

#[cfg(test)]
mod tests {
    use super::anchors;
    use proptest::prelude::*;

    #[test]
    fn links_and_their_text() {
        let html = r#"<p>See <A HREF="https://evil.example.top/x">www.docusign.net</a>, <abbr>no</abbr>
            <a class='b' href='http://a.example/'><b>a.example</b></a> <a href=mailto:x@y.z>mail</a>
            <a href=https://bare.example/p>bare</a> <a name="x">no link</a> <a href="https://open"#;
        assert_eq!(
            anchors(html),
            [
                ("https://evil.example.top/x", "www.docusign.net"),
                ("http://a.example/", "<b>a.example</b>"),
                ("https://bare.example/p", "bare"),
            ]
        );
    }

    proptest! {
        #[test]
        fn any_text_is_scanned_without_panic(html in "(<a |href=|\"|'|>|</a>|[a-zé ]){0,60}") {
            let _ = anchors(&html);
        }
    }
}
