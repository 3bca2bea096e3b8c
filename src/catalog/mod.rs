//! The service catalog: which services exist, how their mail is recognised.
//!
//! The built-in catalog is `src/catalog/services.toml` (services) and
//! `src/catalog/relays.toml` (mail relays), embedded at build time. Users add
//! or replace entries with their own TOML file in the same format: an entry
//! whose `id` matches a built-in one replaces it.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::normalize_domain;
use crate::error::{Error, ErrorKind, Result};

const BUILTIN_SERVICES: &str = include_str!("services.toml");
const BUILTIN_RELAYS: &str = include_str!("relays.toml");

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
    /// Other public sites.
    Other,
    /// A sender that is in no catalog.
    Unknown,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 18] = [
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
}

impl Catalog {
    /// The catalog shipped with the crate.
    pub fn builtin() -> Result<Catalog> {
        let mut catalog = Catalog::empty();
        catalog.add_toml(BUILTIN_SERVICES, "built-in services.toml")?;
        catalog.add_toml(BUILTIN_RELAYS, "built-in relays.toml")?;
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
        }
    }

    /// Adds the `[[service]]` and `[[relay]]` entries of a TOML document;
    /// an entry whose id is already present replaces it. `origin` names the
    /// document in errors (a file name).
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
    Ok(service)
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

    #[test]
    fn builtin_catalog_is_valid_and_large() -> Result<()> {
        let catalog = Catalog::builtin()?;
        assert!(
            catalog.services().len() >= 150,
            "{}",
            catalog.services().len()
        );
        let mut ids: Vec<_> = catalog.services().iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate service ids");
        for relay in catalog.relays() {
            for domain in &relay.domains {
                assert!(
                    catalog.service_for_host(domain).is_none(),
                    "relay domain {domain} is also a service"
                );
            }
        }
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
