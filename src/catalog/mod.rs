//! The service catalog: which services exist, how their mail is recognised.
//!
//! The built-in catalog is `src/catalog/services.toml` (services),
//! `src/catalog/relays.toml` (mail relays) and `src/catalog/freemail.toml`
//! (free mail providers), embedded at build time. Users add or replace
//! entries with their own TOML file in the same format: an entry whose `id`
//! matches a built-in one replaces it; `[[freemail]]` groups are added.
//!
//! Besides its domains, a [`Service`] carries what the detector needs to read
//! its mail without code of its own: other names of the brand
//! ([`Service::aliases`]), whether its name is an ordinary word
//! ([`Service::ordinary_word`]), and headers whose value names the mail type
//! ([`TypeHeader`]).

mod abused;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::normalize_domain;
use crate::error::{Error, ErrorKind, Result};
use crate::text::fold;

pub(crate) use abused::is_abused_tld;

const BUILTIN_SERVICES: &str = include_str!("services.toml");
const BUILTIN_RELAYS: &str = include_str!("relays.toml");
const BUILTIN_FREEMAIL: &str = include_str!("freemail.toml");

/// The kind of service, as used by the policy's categories in scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Social networks.
    Social,
    /// Messengers and chat.
    Messaging,
    /// Forums and discussion boards.
    Forum,
    /// News sites (comment accounts).
    News,
    /// Shops and marketplaces.
    Shopping,
    /// Video sites.
    Video,
    /// Music and audio.
    Music,
    /// Games.
    Gaming,
    /// Dating.
    Dating,
    /// Blogging and publishing.
    Blogging,
    /// File sharing and storage.
    FileSharing,
    /// Travel and transport.
    Travel,
    /// Payments and finance.
    Finance,
    /// Productivity and office tools.
    Productivity,
    /// Developer services.
    Developer,
    /// Education.
    Education,
    /// AI chat and generation services (an official address there is a
    /// data-leak risk).
    Ai,
    /// Other public sites.
    Other,
    /// A sender that is in no catalog.
    Unknown,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 19] = [
        Category::Social,
        Category::Messaging,
        Category::Forum,
        Category::News,
        Category::Shopping,
        Category::Video,
        Category::Music,
        Category::Gaming,
        Category::Dating,
        Category::Blogging,
        Category::FileSharing,
        Category::Travel,
        Category::Finance,
        Category::Productivity,
        Category::Developer,
        Category::Education,
        Category::Ai,
        Category::Other,
        Category::Unknown,
    ];

    /// The snake_case name used in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Social => "social",
            Category::Messaging => "messaging",
            Category::Forum => "forum",
            Category::News => "news",
            Category::Shopping => "shopping",
            Category::Video => "video",
            Category::Music => "music",
            Category::Gaming => "gaming",
            Category::Dating => "dating",
            Category::Blogging => "blogging",
            Category::FileSharing => "file_sharing",
            Category::Travel => "travel",
            Category::Finance => "finance",
            Category::Productivity => "productivity",
            Category::Developer => "developer",
            Category::Education => "education",
            Category::Ai => "ai",
            Category::Other => "other",
            Category::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One service of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Unique id, lowercase (`facebook`).
    pub id: String,
    /// Display name (`Facebook`).
    pub name: String,
    /// What kind of service it is.
    pub category: Category,
    /// Domains of its website.
    #[serde(default)]
    pub websites: Vec<String>,
    /// Domains it sends mail from; subdomains are included.
    #[serde(default)]
    pub senders: Vec<String>,
    /// Header names whose presence identifies its mail.
    #[serde(default)]
    pub headers: Vec<String>,
    /// Other names of the brand as people see them in mail (`FB`, `Meta`
    /// for Facebook; `ChatGPT` for OpenAI). Distinct after folding.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name (and id) is an ordinary word (`Line`, `Grab`, `Steam`), so a
    /// bare mention of it in a display name or subject is not a claim to be
    /// this service. Aliases are not affected.
    #[serde(default)]
    pub ordinary_word: bool,
    /// Software anyone can run on a domain of their own (GitLab,
    /// Mattermost, Matrix): mail naming it from another domain that
    /// authenticates is an instance's, not an imitation of this service.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_hosted: bool,
    /// A payment processor that sends receipts on behalf of merchants from
    /// its own domain (Stripe, Paddle): the merchant its mail names is the
    /// service, the processor's authentication backs it like a relay's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sends_for_merchants: bool,
    /// Headers whose value names the type of the mail, in the order they
    /// are consulted.
    #[serde(default)]
    pub type_headers: Vec<TypeHeader>,
}

impl Service {
    /// The first of its type headers present in a message, with the mail
    /// type read from it: `(header name, type)`. `header` returns the first
    /// value of a header by name (case-insensitive), as the message has it.
    pub fn mail_type<'v>(
        &self,
        header: impl Fn(&str) -> Option<&'v str>,
    ) -> Option<(&str, &'v str)> {
        self.type_headers.iter().find_map(|type_header| {
            let value = header(&type_header.name)?;
            Some((type_header.name.as_str(), type_header.extract(value)?))
        })
    }
}

/// A header whose value names the type of a service's mail, and how to read
/// it: `X-Facebook-Notify: password_reset; mailid=…` (the part before `;`),
/// `Feedback-ID: 1:ig_verify_email:ig:instagram` (field 2 when the last
/// field is `instagram`), `X-GitHub-Reason: mention` (the whole value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeHeader {
    /// Header name (`X-Facebook-Notify`).
    pub name: String,
    /// Splits the value into fields; without it the whole value is the type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separator: Option<String>,
    /// Which field (from 0) names the type.
    #[serde(default)]
    pub field: usize,
    /// When not empty, the value is read only if its last field is one of
    /// these (ASCII case-insensitive): `Feedback-ID` is shared by every
    /// sender, its last field names the one that set it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when_last_field: Vec<String>,
}

impl TypeHeader {
    /// The mail type this header's `value` names, trimmed; `None` when the
    /// value does not have the expected shape or is empty.
    pub fn extract<'v>(&self, value: &'v str) -> Option<&'v str> {
        let found = match self.separator.as_deref() {
            None => value,
            Some(separator) => {
                if !self.when_last_field.is_empty() {
                    let last = value.rsplit(separator).next().unwrap_or("").trim();
                    let wanted = self
                        .when_last_field
                        .iter()
                        .any(|w| w.eq_ignore_ascii_case(last));
                    if !wanted {
                        return None;
                    }
                }
                value.split(separator).nth(self.field)?
            }
        };
        let found = found.trim();
        (!found.is_empty()).then_some(found)
    }
}

/// Free mail providers: domains where anyone can open a personal mailbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Freemail {
    /// The catalog service of the provider, when it has one (`google`,
    /// `yahoo`): the only service allowed to list these domains as senders
    /// (for its own account mail).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Its mail domains; subdomains are included.
    pub domains: Vec<String>,
}

/// A mail relay (email service provider): carries mail for others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relay {
    /// Unique id (`sendgrid`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Its own domains (bounce, DKIM and tracking domains).
    #[serde(default)]
    pub domains: Vec<String>,
    /// Header names it adds.
    #[serde(default)]
    pub headers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    service: Vec<Service>,
    #[serde(default)]
    relay: Vec<Relay>,
    #[serde(default)]
    freemail: Vec<Freemail>,
}

/// The services and relays known to a [`Detector`](crate::Detector).
#[derive(Debug, Clone)]
pub struct Catalog {
    services: Vec<Service>,
    relays: Vec<Relay>,
    service_by_domain: HashMap<String, usize>,
    relay_by_domain: HashMap<String, usize>,
    /// Lowercase header name → service index.
    service_by_header: Vec<(String, usize)>,
    relay_by_header: Vec<(String, usize)>,
    freemail: Vec<Freemail>,
    /// Free mail domain → index in `freemail`.
    freemail_by_domain: HashMap<String, usize>,
}

impl Catalog {
    /// The catalog shipped with the crate.
    pub fn builtin() -> Result<Catalog> {
        let mut catalog = Catalog::empty();
        catalog.add_toml(BUILTIN_SERVICES, "built-in services.toml")?;
        catalog.add_toml(BUILTIN_RELAYS, "built-in relays.toml")?;
        catalog.add_toml(BUILTIN_FREEMAIL, "built-in freemail.toml")?;
        Ok(catalog)
    }

    /// A catalog with no entries.
    pub fn empty() -> Catalog {
        Catalog {
            services: Vec::new(),
            relays: Vec::new(),
            service_by_domain: HashMap::new(),
            relay_by_domain: HashMap::new(),
            service_by_header: Vec::new(),
            relay_by_header: Vec::new(),
            freemail: Vec::new(),
            freemail_by_domain: HashMap::new(),
        }
    }

    /// Adds the `[[service]]`, `[[relay]]` and `[[freemail]]` entries of a
    /// TOML document; a service or relay whose id is already present replaces
    /// it. `origin` names the document in errors (a file name).
    pub fn add_toml(&mut self, toml_text: &str, origin: &str) -> Result<()> {
        let file: CatalogFile = toml::from_str(toml_text)
            .map_err(|e| crate::error::toml_error(ErrorKind::Catalog, origin, toml_text, e))?;
        for service in file.service {
            let service = validated_service(service, origin)?;
            match self.services.iter_mut().find(|s| s.id == service.id) {
                Some(existing) => *existing = service,
                None => self.services.push(service),
            }
        }
        for relay in file.relay {
            let relay = validated_relay(relay, origin)?;
            match self.relays.iter_mut().find(|r| r.id == relay.id) {
                Some(existing) => *existing = relay,
                None => self.relays.push(relay),
            }
        }
        for group in file.freemail {
            let group = validated_freemail(group, origin)?;
            self.freemail.push(group);
        }
        self.reindex(origin)
    }

    /// Adds the entries of a catalog file (TOML, same format as
    /// [`add_toml`](Self::add_toml)).
    pub fn add_file(&mut self, path: &std::path::Path) -> Result<()> {
        let text = crate::error::read_text_file(path)?;
        self.add_toml(&text, &path.display().to_string())
    }

    fn reindex(&mut self, origin: &str) -> Result<()> {
        self.service_by_domain.clear();
        self.service_by_header.clear();
        for (index, service) in self.services.iter().enumerate() {
            for domain in service.senders.iter().chain(&service.websites) {
                if let Some(&other) = self.service_by_domain.get(domain) {
                    if other != index {
                        let other_id = self.services.get(other).map_or("", |s| s.id.as_str());
                        return Err(Error::new(
                            ErrorKind::Catalog,
                            format!(
                                "{origin}: domain {domain} is claimed by both `{other_id}` and `{}`",
                                service.id
                            ),
                        ));
                    }
                }
                self.service_by_domain.insert(domain.clone(), index);
            }
            for header in &service.headers {
                self.service_by_header
                    .push((header.to_ascii_lowercase(), index));
            }
        }
        self.relay_by_domain.clear();
        self.relay_by_header.clear();
        for (index, relay) in self.relays.iter().enumerate() {
            for domain in &relay.domains {
                self.relay_by_domain.insert(domain.clone(), index);
            }
            for header in &relay.headers {
                self.relay_by_header
                    .push((header.to_ascii_lowercase(), index));
            }
        }
        self.freemail_by_domain.clear();
        for (index, group) in self.freemail.iter().enumerate() {
            for domain in &group.domains {
                self.freemail_by_domain.insert(domain.clone(), index);
            }
        }
        // A free mail domain is a person's address, not a service's, except
        // in the entry of the provider itself (its account mail). A service
        // may list a subdomain of one (`weixin.qq.com`): mail from there is
        // the service's, not a person's.
        for group in &self.freemail {
            for domain in &group.domains {
                let owner = self
                    .lookup(domain, &self.service_by_domain)
                    .and_then(|i| self.services.get(i));
                if let Some(service) = owner {
                    if group.provider.as_deref() != Some(service.id.as_str()) {
                        return Err(catalog_error(
                            origin,
                            &service.id,
                            &format!("covers `{domain}`, a free mail domain of another provider"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// All services, in catalog order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// All relays, in catalog order.
    pub fn relays(&self) -> &[Relay] {
        &self.relays
    }

    /// The mail type named by a type header of any service, for mail whose
    /// sender is not (yet) known: `(service, header name, type)` of the
    /// first service, in catalog order, whose type header reads a type.
    /// `header` returns the first value of a header by name
    /// (case-insensitive). For a known sender use [`Service::mail_type`].
    pub fn mail_type<'v>(
        &self,
        header: impl Fn(&str) -> Option<&'v str>,
    ) -> Option<(&Service, &str, &'v str)> {
        self.services.iter().find_map(|service| {
            service
                .mail_type(&header)
                .map(|(name, value)| (service, name, value))
        })
    }

    /// All free mail provider groups, in catalog order.
    pub fn freemail(&self) -> &[Freemail] {
        &self.freemail
    }

    /// True when `domain` (lowercase) is a free mail domain or one of its
    /// subdomains: an address there may belong to anyone.
    pub fn is_freemail(&self, domain: &str) -> bool {
        self.lookup(domain, &self.freemail_by_domain).is_some()
    }

    /// The service with this id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The service a host (or one of its parent domains) belongs to.
    pub(crate) fn service_for_host(&self, host: &str) -> Option<&Service> {
        self.lookup(host, &self.service_by_domain)
            .and_then(|i| self.services.get(i))
    }

    /// The relay a host (or one of its parent domains) belongs to.
    pub(crate) fn relay_for_host(&self, host: &str) -> Option<&Relay> {
        self.lookup(host, &self.relay_by_domain)
            .and_then(|i| self.relays.get(i))
    }

    /// The service fingerprinted by a header name (lowercase).
    pub(crate) fn service_for_header(&self, lower_name: &str) -> Option<&Service> {
        self.service_by_header
            .iter()
            .find(|(name, _)| name == lower_name)
            .and_then(|(_, i)| self.services.get(*i))
    }

    /// The relay fingerprinted by a header name (lowercase).
    pub(crate) fn relay_for_header(&self, lower_name: &str) -> Option<&Relay> {
        self.relay_by_header
            .iter()
            .find(|(name, _)| name == lower_name)
            .and_then(|(_, i)| self.relays.get(*i))
    }

    fn lookup(&self, host: &str, index: &HashMap<String, usize>) -> Option<usize> {
        let mut candidate = host;
        loop {
            if let Some(&i) = index.get(candidate) {
                return Some(i);
            }
            candidate = candidate.split_once('.')?.1;
            if !candidate.contains('.') {
                return None;
            }
        }
    }
}

fn validated_service(mut service: Service, origin: &str) -> Result<Service> {
    check_id(&service.id, origin)?;
    if service.name.trim().is_empty() {
        return Err(catalog_error(origin, &service.id, "has an empty name"));
    }
    if service.category == Category::Unknown {
        return Err(catalog_error(
            origin,
            &service.id,
            "cannot have category `unknown`",
        ));
    }
    if service.senders.is_empty() && service.websites.is_empty() {
        return Err(catalog_error(origin, &service.id, "lists no domain"));
    }
    for list in [&mut service.senders, &mut service.websites] {
        for domain in list.iter_mut() {
            *domain = checked_domain(domain, origin, &service.id)?;
        }
    }
    let mut folded_names = vec![fold(&service.name)];
    for alias in &service.aliases {
        let folded = fold(alias);
        if folded.trim().is_empty() {
            return Err(catalog_error(origin, &service.id, "has an empty alias"));
        }
        if folded_names.contains(&folded) {
            return Err(catalog_error(
                origin,
                &service.id,
                &format!(
                    "repeats the name `{alias}` (aliases must differ from each other and from the name)"
                ),
            ));
        }
        folded_names.push(folded);
    }
    for type_header in &service.type_headers {
        check_type_header(type_header, origin, &service.id)?;
    }
    Ok(service)
}

fn check_type_header(type_header: &TypeHeader, origin: &str, id: &str) -> Result<()> {
    // RFC 5322 field names: printable ASCII except the colon.
    let name_ok = !type_header.name.is_empty()
        && type_header
            .name
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b':');
    if !name_ok {
        return Err(catalog_error(
            origin,
            id,
            &format!(
                "has a type header named `{}`, which is not a header name",
                type_header.name
            ),
        ));
    }
    let what = match type_header.separator.as_deref() {
        Some("") => Some("an empty separator"),
        None if type_header.field != 0 => Some("a field but no separator"),
        None if !type_header.when_last_field.is_empty() => {
            Some("`when_last_field` but no separator")
        }
        _ => None,
    };
    match what {
        Some(what) => Err(catalog_error(
            origin,
            id,
            &format!("has type header `{}` with {what}", type_header.name),
        )),
        None => Ok(()),
    }
}

fn validated_freemail(mut group: Freemail, origin: &str) -> Result<Freemail> {
    let label = group.provider.clone().unwrap_or_else(|| "freemail".into());
    if let Some(provider) = &group.provider {
        check_id(provider, origin)?;
    }
    if group.domains.is_empty() {
        return Err(catalog_error(origin, &label, "lists no domain"));
    }
    for domain in group.domains.iter_mut() {
        *domain = checked_domain(domain, origin, &label)?;
    }
    Ok(group)
}

fn validated_relay(mut relay: Relay, origin: &str) -> Result<Relay> {
    check_id(&relay.id, origin)?;
    for domain in relay.domains.iter_mut() {
        *domain = checked_domain(domain, origin, &relay.id)?;
    }
    Ok(relay)
}

fn check_id(id: &str, origin: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(catalog_error(
            origin,
            id,
            "is not a valid id (lowercase a-z, 0-9, _ and -)",
        ))
    }
}

fn checked_domain(domain: &str, origin: &str, id: &str) -> Result<String> {
    match normalize_domain(domain) {
        Some(normal) if normal == domain => Ok(normal),
        _ => Err(catalog_error(
            origin,
            id,
            &format!("lists `{domain}`, which is not a lowercase ASCII domain"),
        )),
    }
}

fn catalog_error(origin: &str, id: &str, what: &str) -> Error {
    Error::new(ErrorKind::Catalog, format!("{origin}: entry `{id}` {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::is_within;

    #[test]
    fn builtin_catalog_is_valid_and_large() -> Result<()> {
        let catalog = Catalog::builtin()?;
        let services = catalog.services();
        assert!(services.len() >= 800, "{}", services.len());

        let mut ids: Vec<_> = services.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate service ids");

        let mut owner: HashMap<&str, &str> = HashMap::new();
        for service in services {
            assert!(
                Category::ALL.contains(&service.category) && service.category != Category::Unknown,
                "{}",
                service.id
            );
            for domain in service.senders.iter().chain(&service.websites) {
                assert_eq!(
                    normalize_domain(domain).as_deref(),
                    Some(domain.as_str()),
                    "{}: {domain}",
                    service.id
                );
                if let Some(other) = owner.insert(domain, &service.id) {
                    assert_eq!(other, service.id, "{domain} in two entries");
                }
                assert!(
                    catalog.relay_for_host(domain).is_none(),
                    "{}: {domain} is a relay domain",
                    service.id
                );
                let provider = catalog
                    .freemail()
                    .iter()
                    .find(|g| g.domains.iter().any(|f| is_within(f, domain)));
                if let Some(group) = provider {
                    assert_eq!(
                        group.provider.as_deref(),
                        Some(service.id.as_str()),
                        "{}: {domain} covers a free mail domain",
                        service.id
                    );
                }
            }
            let mut names = vec![fold(&service.name)];
            for alias in &service.aliases {
                let folded = fold(alias);
                assert!(!names.contains(&folded), "{}: alias {alias}", service.id);
                names.push(folded);
            }
            for type_header in &service.type_headers {
                assert!(
                    check_type_header(type_header, "test", &service.id).is_ok(),
                    "{}: {type_header:?}",
                    service.id
                );
            }
        }
        for relay in catalog.relays() {
            for domain in &relay.domains {
                assert!(
                    catalog.service_for_host(domain).is_none(),
                    "relay domain {domain} is also a service"
                );
            }
        }
        // Every free mail provider named is a service of the catalog.
        for group in catalog.freemail() {
            if let Some(provider) = &group.provider {
                assert!(catalog.service(provider).is_some(), "{provider}");
            }
        }
        Ok(())
    }

    #[test]
    fn every_category_but_unknown_has_services() -> Result<()> {
        let catalog = Catalog::builtin()?;
        for category in Category::ALL {
            let count = catalog
                .services()
                .iter()
                .filter(|s| s.category == category)
                .count();
            assert_eq!(category == Category::Unknown, count == 0, "{category}");
        }
        Ok(())
    }

    #[test]
    fn big_services_own_all_their_sending_domains() -> Result<()> {
        let catalog = Catalog::builtin()?;
        let id = |host: &str| catalog.service_for_host(host).map(|s| s.id.as_str());
        let expected = [
            ("accounts.google.com", "google"),
            ("google.com", "google"),
            ("accountprotection.microsoft.com", "microsoft"),
            ("email.microsoft.com", "microsoft"),
            ("microsoftonline.com", "microsoft"),
            ("facebookmail.com", "facebook"),
            ("mail.meta.com", "facebook"),
            ("mail.instagram.com", "instagram"),
            ("email.openai.com", "openai"),
            ("chatgpt.com", "openai"),
            ("claude.ai", "anthropic"),
            ("gemini.google.com", "google_gemini"),
            ("copilot.microsoft.com", "copilot"),
            ("gemini.com", "gemini_exchange"),
            ("insideapple.com", "apple"),
            ("id.apple.com", "apple"),
            ("indeedemail.com", "indeed"),
            ("vietcombank.com.vn", "vietcombank"),
            ("techcombank.com.vn", "techcombank"),
            ("tpb.vn", "tpbank"),
            ("weixin.qq.com", "wechat"),
            ("im.qq.com", "qq"),
            ("vozforums.com", "voz"),
        ];
        for (host, service) in expected {
            assert_eq!(id(host), Some(service), "{host}");
        }
        let category = |id: &str| catalog.service(id).map(|s| s.category);
        assert_eq!(category("vietcombank"), Some(Category::Finance));
        assert_eq!(category("binance"), Some(Category::Finance));
        for ai in [
            "openai",
            "anthropic",
            "google_gemini",
            "copilot",
            "deepseek",
            "perplexity",
        ] {
            assert_eq!(category(ai), Some(Category::Ai), "{ai}");
        }
        // A person's mailbox is no service, or only its provider.
        for host in ["gmail.com", "qq.com", "hcm.vnn.vn", "163.com"] {
            assert_eq!(id(host), None, "{host}");
        }
        assert_eq!(id("outlook.com"), Some("microsoft"));
        Ok(())
    }

    #[test]
    fn freemail_covers_providers_and_their_subdomains() -> Result<()> {
        let catalog = Catalog::builtin()?;
        for domain in [
            "gmail.com",
            "yahoo.com.vn",
            "outlook.com",
            "hotmail.com",
            "icloud.com",
            "proton.me",
            "qq.com",
            "163.com",
            "mail.ru",
            "yandex.ru",
            "naver.com",
            "vnn.vn",
            "hn.vnn.vn",
        ] {
            assert!(catalog.is_freemail(domain), "{domain}");
        }
        for domain in [
            "facebookmail.com",
            "example.gov.vn",
            "vn",
            "mail.google.com",
        ] {
            assert!(!catalog.is_freemail(domain), "{domain}");
        }
        Ok(())
    }

    #[test]
    fn freemail_domains_belong_to_their_provider_only() -> Result<()> {
        let mut catalog = Catalog::builtin()?;
        let err = catalog
            .add_toml(
                "[[service]]\nid = \"ban\"\nname = \"Ban\"\ncategory = \"forum\"\nsenders = [\"gmail.com\"]",
                "user.toml",
            )
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("user.toml") && err.contains("gmail.com"),
            "{err}"
        );

        let mut catalog = Catalog::builtin()?;
        catalog.add_toml(
            "[[freemail]]\ndomains = [\"thu.example.vn\"]\n\n[[service]]\nid = \"wx\"\nname = \"Wx\"\ncategory = \"messaging\"\nsenders = [\"app.thu.example.vn\"]",
            "user.toml",
        )?;
        assert!(catalog.is_freemail("thu.example.vn"));
        assert!(catalog.is_freemail("app.thu.example.vn"));
        assert_eq!(
            catalog
                .service_for_host("app.thu.example.vn")
                .map(|s| s.id.as_str()),
            Some("wx")
        );
        Ok(())
    }

    #[test]
    fn ordinary_words_replace_the_detector_stopwords() -> Result<()> {
        let catalog = Catalog::builtin()?;
        // The service ids of the detector's former CLAIM_STOPWORDS list.
        let ordinary = [
            "line",
            "mega",
            "grab",
            "medium",
            "change",
            "chess",
            "steam",
            "threads",
            "signal",
            "notion",
            "booking",
            "match",
            "lotus",
            "mocha",
            "register",
            "wordpress",
            "zoom",
            "slack",
            "hinge",
            "box",
            "apple",
            "messenger",
            "meetup",
            "foody",
            "sendo",
            "shein",
            "skype",
        ];
        for id in ordinary {
            assert_eq!(
                catalog.service(id).map(|s| s.ordinary_word),
                Some(true),
                "{id}"
            );
        }
        for id in ["facebook", "vnexpress", "shopee", "openai"] {
            assert_eq!(
                catalog.service(id).map(|s| s.ordinary_word),
                Some(false),
                "{id}"
            );
        }
        Ok(())
    }

    #[test]
    fn aliases_name_the_brand() -> Result<()> {
        let catalog = Catalog::builtin()?;
        let has = |id: &str, alias: &str| {
            catalog
                .service(id)
                .is_some_and(|s| s.aliases.iter().any(|a| a == alias))
        };
        assert!(has("facebook", "FB"));
        assert!(has("facebook", "Meta"));
        assert!(has("openai", "ChatGPT"));
        assert!(has("anthropic", "Claude"));
        assert!(has("zingplay", "Zing"));
        Ok(())
    }

    #[test]
    fn type_headers_read_the_mail_type() -> Result<()> {
        let catalog = Catalog::builtin()?;
        let facebook = catalog.service("facebook");
        let instagram = catalog.service("instagram");
        let read = |service: Option<&Service>, headers: &[(&'static str, &'static str)]| {
            service.and_then(|s| {
                s.mail_type(|name| {
                    headers
                        .iter()
                        .find(|(n, _)| n.eq_ignore_ascii_case(name))
                        .map(|(_, v)| *v)
                })
                .map(|(name, value)| (name.to_string(), value))
            })
        };
        assert_eq!(
            read(
                facebook,
                &[("x-facebook-notify", " password_reset; mailid=5f2a")]
            ),
            Some(("X-Facebook-Notify".to_string(), "password_reset"))
        );
        assert_eq!(
            read(facebook, &[("Feedback-ID", "0:confirm_email:fb:facebook")]),
            Some(("Feedback-ID".to_string(), "confirm_email"))
        );
        // Another sender's Feedback-ID says nothing about Facebook's type.
        assert_eq!(
            read(facebook, &[("Feedback-ID", "1:campaign:list:sendgrid")]),
            None
        );
        assert_eq!(
            read(
                instagram,
                &[("Feedback-ID", "1:ig_verify_email_for_recovery:ig:Instagram")]
            ),
            Some(("Feedback-ID".to_string(), "ig_verify_email_for_recovery"))
        );
        assert_eq!(
            read(
                catalog.service("linkedin"),
                &[("X-LinkedIn-Class", "INVITE-GUEST")]
            ),
            Some(("X-LinkedIn-Class".to_string(), "INVITE-GUEST"))
        );
        assert_eq!(
            read(
                catalog.service("github"),
                &[("X-GitHub-Reason", " mention ")]
            ),
            Some(("X-GitHub-Reason".to_string(), "mention"))
        );
        assert_eq!(
            read(
                catalog.service("gitlab"),
                &[("X-GitLab-NotificationReason", "")]
            ),
            None
        );

        let any = |headers: &[(&'static str, &'static str)]| {
            catalog
                .mail_type(|name| {
                    headers
                        .iter()
                        .find(|(n, _)| n.eq_ignore_ascii_case(name))
                        .map(|(_, v)| *v)
                })
                .map(|(service, _, value)| (service.id.clone(), value))
        };
        assert_eq!(
            any(&[("Feedback-ID", "2:ig_password_reset:ig:instagram")]),
            Some(("instagram".to_string(), "ig_password_reset"))
        );
        assert_eq!(any(&[("Feedback-ID", "1:2:3:AmazonSES")]), None);

        let header = TypeHeader {
            name: "X-Type".into(),
            separator: Some(":".into()),
            field: 3,
            when_last_field: Vec::new(),
        };
        assert_eq!(header.extract("a:b"), None);
        assert_eq!(header.extract("a:b:c: d "), Some("d"));
        Ok(())
    }

    #[test]
    fn lookups_walk_parent_domains() -> Result<()> {
        let catalog = Catalog::builtin()?;
        let id = |host: &str| catalog.service_for_host(host).map(|s| s.id.clone());
        assert_eq!(id("priority.facebookmail.com").as_deref(), Some("facebook"));
        assert_eq!(id("mail.shopee.vn").as_deref(), Some("shopee"));
        assert_eq!(id("example.org"), None);
        let relay = catalog.relay_for_host("a27-38.smtp-out.us-west-2.amazonses.com");
        assert_eq!(relay.map(|r| r.id.as_str()), Some("amazon_ses"));
        Ok(())
    }

    #[test]
    fn user_entries_replace_and_extend() -> Result<()> {
        let mut catalog = Catalog::builtin()?;
        let before = catalog.services().len();
        catalog.add_toml(
            r#"
            [[service]]
            id = "facebook"
            name = "Facebook (custom)"
            category = "social"
            senders = ["facebookmail.com"]

            [[service]]
            id = "diendan-tinh"
            name = "Diễn đàn tỉnh"
            category = "forum"
            websites = ["diendan-tinh.vn"]
            "#,
            "user.toml",
        )?;
        assert_eq!(catalog.services().len(), before + 1);
        assert_eq!(
            catalog.service("facebook").map(|s| s.name.as_str()),
            Some("Facebook (custom)")
        );
        assert!(catalog.service_for_host("www.diendan-tinh.vn").is_some());
        Ok(())
    }

    #[test]
    fn invalid_entries_are_named() {
        let mut catalog = Catalog::empty();
        let bad = [
            (
                "[[service]]\nid = \"Bad Id\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"x.com\"]",
                "Bad Id",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"X.com\"]",
                "X.com",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"nope\"\nsenders = [\"x.com\"]",
                "nope",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"x.com\"]\nextra = 1",
                "extra",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"Zalo\"\ncategory = \"social\"\nsenders = [\"x.com\"]\naliases = [\"ZALO\"]",
                "ZALO",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"x.com\"]\ntype_headers = [{ name = \"X-Type\", field = 1 }]",
                "X-Type",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"x.com\"]\ntype_headers = [{ name = \"Bad Name\" }]",
                "Bad Name",
            ),
            (
                "[[service]]\nid = \"x\"\nname = \"x\"\ncategory = \"social\"\nsenders = [\"x.com\"]\ntype_headers = [{ name = \"X-T\", separator = \";\", colour = 1 }]",
                "colour",
            ),
            ("[[freemail]]\ndomains = [\"Mail.Example\"]", "Mail.Example"),
            ("[[freemail]]\nprovider = \"x\"\ndomains = []", "no domain"),
        ];
        for (text, needle) in bad {
            let err = catalog
                .add_toml(text, "user.toml")
                .err()
                .map(|e| e.to_string());
            let err = err.unwrap_or_default();
            assert!(err.contains("user.toml") && err.contains(needle), "{err}");
        }
    }
}
