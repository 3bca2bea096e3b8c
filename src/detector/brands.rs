//! The brands phishing imitates: every catalog service (its name unless an
//! ordinary word, and its aliases) and the brands most imitated in mail that
//! the catalog does not hold (no sign-up to them is reported, but mail
//! imitating them is an attack all the same), Vietnamese public bodies among
//! them.

use std::collections::HashMap;

use regex::Regex;

use super::skeleton::skeleton;
use crate::catalog::{Catalog, Category};
use crate::domain::is_within;
use crate::error::{Error, ErrorKind, Result};

/// A brand outside the catalog: id, display name, names as people write
/// them, own domains (mail from them is the brand's own).
struct ExtraBrand {
    id: &'static str,
    name: &'static str,
    names: &'static [&'static str],
    domains: &'static [&'static str],
    category: Category,
}

/// Brands most imitated in mail (public "most phished brands" lists and the
/// families the project's issue names) that the catalog does not list, and
/// names of catalog brands that are not its aliases (`Outlook`, `iCloud`).
#[rustfmt::skip]
const EXTRA_BRANDS: &[ExtraBrand] = &[
    ExtraBrand { id: "microsoft", name: "Microsoft", names: &["Outlook", "SharePoint", "OneDrive", "Office365", "Microsoft Office", "Windows Defender", "Microsoft Outlook"], domains: &["microsoft.com", "office.com", "sharepoint.com", "outlook.com", "live.com"], category: Category::Productivity },
    ExtraBrand { id: "apple", name: "Apple", names: &["iCloud", "Apple Support", "Apple Pay"], domains: &["apple.com", "icloud.com"], category: Category::Productivity },
    // Catalog brands whose names are three letters: the catalog's own
    // names need four, so these are added by name.
    ExtraBrand { id: "dhl", name: "DHL", names: &["DHL", "DHL Express", "DHL Paket"], domains: &["dhl.com", "dhl.de"], category: Category::Travel },
    ExtraBrand { id: "ups", name: "UPS", names: &["UPS", "UPS Express"], domains: &["ups.com"], category: Category::Travel },
    ExtraBrand { id: "trust-wallet", name: "Trust Wallet", names: &["Trust Wallet"], domains: &["trustwallet.com"], category: Category::Finance },
    ExtraBrand { id: "exodus", name: "Exodus", names: &["Exodus", "Exodus Wallet"], domains: &["exodus.com", "exodus.io"], category: Category::Finance },
    ExtraBrand { id: "ripple", name: "Ripple", names: &["Ripple", "XRP", "XRPL"], domains: &["ripple.com", "xrpl.org"], category: Category::Finance },
    ExtraBrand { id: "coindesk", name: "CoinDesk", names: &["CoinDesk"], domains: &["coindesk.com"], category: Category::News },
    ExtraBrand { id: "coinpayments", name: "CoinPayments", names: &["CoinPayments"], domains: &["coinpayments.net"], category: Category::Finance },
    ExtraBrand { id: "trezor", name: "Trezor", names: &["Trezor"], domains: &["trezor.io"], category: Category::Finance },
    ExtraBrand { id: "phantom", name: "Phantom", names: &["Phantom Wallet"], domains: &["phantom.app"], category: Category::Finance },
    ExtraBrand { id: "mcafee", name: "McAfee", names: &["McAfee"], domains: &["mcafee.com"], category: Category::Productivity },
    ExtraBrand { id: "norton", name: "Norton", names: &["Norton", "Norton 360", "NortonLifeLock"], domains: &["norton.com", "nortonlifelock.com"], category: Category::Productivity },
    ExtraBrand { id: "avast", name: "Avast", names: &["Avast"], domains: &["avast.com"], category: Category::Productivity },
    ExtraBrand { id: "kaspersky", name: "Kaspersky", names: &["Kaspersky"], domains: &["kaspersky.com"], category: Category::Productivity },
    ExtraBrand { id: "webmail", name: "Webmail", names: &["Webmail", "Mail Administrator", "Email Administrator", "Mailbox Administrator", "Zimbra", "Roundcube", "cPanel"], domains: &["zimbra.com", "roundcube.net", "cpanel.net"], category: Category::Productivity },
    ExtraBrand { id: "proton", name: "Proton Mail", names: &["Proton Mail", "ProtonMail"], domains: &["proton.me", "protonmail.com"], category: Category::Productivity },
    ExtraBrand { id: "usps", name: "USPS", names: &["USPS"], domains: &["usps.com"], category: Category::Travel },
    ExtraBrand { id: "correios", name: "Correios", names: &["Correios"], domains: &["correios.com.br"], category: Category::Travel },
    ExtraBrand { id: "royal-mail", name: "Royal Mail", names: &["Royal Mail"], domains: &["royalmail.com"], category: Category::Travel },
    ExtraBrand { id: "dpd", name: "DPD", names: &["DPD"], domains: &["dpd.com", "dpd.de"], category: Category::Travel },
    ExtraBrand { id: "wells-fargo", name: "Wells Fargo", names: &["Wells Fargo"], domains: &["wellsfargo.com"], category: Category::Finance },
    ExtraBrand { id: "chase", name: "Chase", names: &["JPMorgan Chase", "Chase Bank"], domains: &["chase.com"], category: Category::Finance },
    ExtraBrand { id: "bank-of-america", name: "Bank of America", names: &["Bank of America"], domains: &["bankofamerica.com", "bofa.com"], category: Category::Finance },
    ExtraBrand { id: "american-express", name: "American Express", names: &["American Express", "Amex"], domains: &["americanexpress.com", "aexp.com"], category: Category::Finance },
    ExtraBrand { id: "mastercard", name: "Mastercard", names: &["Mastercard"], domains: &["mastercard.com"], category: Category::Finance },
    ExtraBrand { id: "hsbc", name: "HSBC", names: &["HSBC"], domains: &["hsbc.com"], category: Category::Finance },
    ExtraBrand { id: "citibank", name: "Citibank", names: &["Citibank"], domains: &["citi.com", "citibank.com"], category: Category::Finance },
    ExtraBrand { id: "santander", name: "Santander", names: &["Santander"], domains: &["santander.com", "santander.com.br", "santander.de"], category: Category::Finance },
    ExtraBrand { id: "bradesco", name: "Bradesco", names: &["Bradesco"], domains: &["bradesco.com.br"], category: Category::Finance },
    ExtraBrand { id: "itau", name: "Itaú", names: &["Itaú", "Itaucard"], domains: &["itau.com.br"], category: Category::Finance },
    ExtraBrand { id: "banco-do-brasil", name: "Banco do Brasil", names: &["Banco do Brasil"], domains: &["bb.com.br"], category: Category::Finance },
    ExtraBrand { id: "caixa", name: "Caixa", names: &["Caixa Econômica"], domains: &["caixa.gov.br"], category: Category::Finance },
    ExtraBrand { id: "walmart", name: "Walmart", names: &["Walmart"], domains: &["walmart.com"], category: Category::Shopping },
    ExtraBrand { id: "costco", name: "Costco", names: &["Costco"], domains: &["costco.com"], category: Category::Shopping },
    ExtraBrand { id: "aldi", name: "Aldi", names: &["Aldi"], domains: &["aldi.de", "aldi-sued.de", "aldi-nord.de", "aldi.com"], category: Category::Shopping },
    ExtraBrand { id: "lidl", name: "Lidl", names: &["Lidl"], domains: &["lidl.de", "lidl.com"], category: Category::Shopping },
    ExtraBrand { id: "kaufland", name: "Kaufland", names: &["Kaufland"], domains: &["kaufland.de"], category: Category::Shopping },
    ExtraBrand { id: "rossmann", name: "Rossmann", names: &["Rossmann"], domains: &["rossmann.de"], category: Category::Shopping },
    ExtraBrand { id: "adac", name: "ADAC", names: &["ADAC"], domains: &["adac.de"], category: Category::Travel },
    ExtraBrand { id: "aarp", name: "AARP", names: &["AARP"], domains: &["aarp.org"], category: Category::Unknown },
    ExtraBrand { id: "receita-federal", name: "Receita Federal", names: &["Receita Federal"], domains: &["gov.br"], category: Category::Unknown },
    ExtraBrand { id: "detran", name: "Detran", names: &["Detran"], domains: &["gov.br"], category: Category::Unknown },
    // Vietnamese public bodies: their own mail comes from gov.vn (skipped
    // before this phase), so any other sender naming them imitates them.
    ExtraBrand { id: "vn-tax", name: "Cơ quan Thuế", names: &["Tổng cục Thuế", "Cục Thuế", "Chi cục Thuế", "Thuế điện tử", "eTax"], domains: &["gov.vn"], category: Category::Unknown },
    ExtraBrand { id: "vn-police", name: "Công an", names: &["Bộ Công an", "Công an tỉnh", "Công an thành phố", "Cảnh sát giao thông", "Phạt nguội"], domains: &["gov.vn"], category: Category::Unknown },
    ExtraBrand { id: "vn-social-insurance", name: "Bảo hiểm xã hội", names: &["Bảo hiểm xã hội", "BHXH", "VssID"], domains: &["gov.vn", "baohiemxahoi.gov.vn"], category: Category::Unknown },
    ExtraBrand { id: "vneid", name: "VNeID", names: &["VNeID", "Định danh điện tử"], domains: &["gov.vn"], category: Category::Unknown },
    ExtraBrand { id: "vn-public-service-portal", name: "Cổng Dịch vụ công Quốc gia", names: &["Dịch vụ công", "Cổng dịch vụ công"], domains: &["gov.vn"], category: Category::Unknown },
    ExtraBrand { id: "vn-state-treasury", name: "Kho bạc Nhà nước", names: &["Kho bạc Nhà nước"], domains: &["gov.vn"], category: Category::Unknown },
];

/// A brand that mail can imitate.
#[derive(Debug)]
pub(crate) struct Brand {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) category: Category,
    /// Index of the catalog service, when the brand is one.
    pub(crate) service: Option<usize>,
    /// Its own domains outside the catalog (the catalog's are looked up
    /// there).
    domains: Vec<String>,
}

/// Brand names (skeletons) as one pattern.
#[derive(Debug)]
pub(crate) struct BrandIndex {
    brands: Vec<Brand>,
    by_token: HashMap<String, usize>,
    pattern: Option<Regex>,
    /// Catalog brands whose names are ordinary words (`Grab`, `Steam`): they
    /// claim the brand only as a whole display name, or followed by a word
    /// such as `Support`.
    ordinary: HashMap<String, usize>,
    /// Skeletons of the first label of each brand's own domains, for
    /// look-alike domains: (label, brand).
    domain_labels: Vec<(String, usize)>,
}

impl BrandIndex {
    pub(crate) fn new(catalog: &Catalog) -> Result<BrandIndex> {
        let mut brands = Vec::new();
        let mut by_token = HashMap::new();
        let mut domain_labels = Vec::new();
        let mut ordinary = HashMap::new();
        let add_token = |token: String, brand: usize, by_token: &mut HashMap<String, usize>| {
            // Short names (`ups`, `bb`) are ordinary letters too often.
            let letters = token.chars().filter(char::is_ascii_alphanumeric).count();
            if letters >= 4 || (letters == 3 && token.chars().all(|c| c.is_ascii_alphanumeric())) {
                by_token.entry(token).or_insert(brand);
            }
        };
        for (index, service) in catalog.services().iter().enumerate() {
            let brand = brands.len();
            brands.push(Brand {
                id: service.id.clone(),
                name: service.name.clone(),
                category: service.category,
                service: Some(index),
                domains: Vec::new(),
            });
            if service.ordinary_word {
                ordinary.entry(skeleton(&service.name)).or_insert(brand);
            }
            let own_names = [service.id.as_str(), service.name.as_str()]
                .into_iter()
                .filter(|_| !service.ordinary_word);
            for name in own_names.chain(service.aliases.iter().map(String::as_str)) {
                let token = skeleton(name);
                // Three-letter ids of catalog services (`ups`, `acb`) are
                // words or initials in other languages: only four and more.
                if token.chars().filter(char::is_ascii_alphanumeric).count() >= 4 {
                    add_token(token, brand, &mut by_token);
                }
            }
            for domain in service.senders.iter().chain(service.websites.iter()) {
                if let Some(label) = first_label(domain) {
                    if label.len() >= 5 && !service.ordinary_word {
                        domain_labels.push((label, brand));
                    }
                }
            }
        }
        for extra in EXTRA_BRANDS {
            let brand = match catalog
                .services()
                .iter()
                .position(|s| s.id == extra.id)
                .and_then(|i| brands.iter().position(|b| b.service == Some(i)))
            {
                Some(existing) => existing,
                None => {
                    brands.push(Brand {
                        id: extra.id.to_string(),
                        name: extra.name.to_string(),
                        category: extra.category,
                        service: None,
                        domains: Vec::new(),
                    });
                    brands.len() - 1
                }
            };
            if let Some(b) = brands.get_mut(brand) {
                b.domains
                    .extend(extra.domains.iter().map(|d| d.to_string()));
            }
            for name in extra.names {
                add_token(skeleton(name), brand, &mut by_token);
            }
            for domain in extra.domains {
                if let Some(label) = first_label(domain).filter(|l| l.len() >= 5) {
                    domain_labels.push((label, brand));
                }
            }
        }
        let pattern = if by_token.is_empty() {
            None
        } else {
            let mut tokens: Vec<&str> = by_token.keys().map(String::as_str).collect();
            tokens.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            let escaped: Vec<String> = tokens.iter().map(|t| regex::escape(t)).collect();
            Some(
                Regex::new(&format!(r"\b(?:{})\b", escaped.join("|"))).map_err(|e| {
                    Error::new(ErrorKind::Catalog, "brand names do not form a pattern")
                        .with_source(e)
                })?,
            )
        };
        Ok(BrandIndex {
            brands,
            by_token,
            pattern,
            ordinary,
            domain_labels,
        })
    }

    /// The brand of the catalog service with this id.
    pub(crate) fn for_service(&self, catalog: &Catalog, id: &str) -> Option<&Brand> {
        let index = catalog.services().iter().position(|s| s.id == id)?;
        self.brands.iter().find(|b| b.service == Some(index))
    }

    /// The first brand named in `skeleton_text` (a [`skeleton`]).
    pub(crate) fn find(&self, skeleton_text: &str) -> Option<&Brand> {
        let found = self.pattern.as_ref()?.find(skeleton_text)?;
        self.by_token
            .get(found.as_str())
            .and_then(|&i| self.brands.get(i))
    }

    /// A brand whose name is an ordinary word, claimed by a whole display
    /// name (a [`skeleton`]): `Steam`, `Steam Support`, `Grab Rewards`.
    pub(crate) fn find_in_display(&self, display_skeleton: &str) -> Option<&Brand> {
        const ROLE_WORDS: [&str; 11] = [
            "support",
            "team",
            "security",
            "account",
            "accounts",
            "service",
            "rewards",
            "notification",
            "notifications",
            "official",
            "help",
        ];
        let exact = self.ordinary.get(display_skeleton.trim());
        let with_role = || {
            let (name, role) = display_skeleton.trim().rsplit_once(' ')?;
            ROLE_WORDS
                .iter()
                .any(|w| skeleton(w) == role)
                .then(|| self.ordinary.get(name))
                .flatten()
        };
        exact.or_else(with_role).and_then(|&i| self.brands.get(i))
    }

    /// True when `host` is one of the brand's own domains.
    pub(crate) fn owns(&self, catalog: &Catalog, brand: &Brand, host: &str) -> bool {
        let by_catalog = brand.service.is_some_and(|index| {
            catalog
                .service_for_host(host)
                .and_then(|s| catalog.services().iter().position(|c| c.id == s.id))
                == Some(index)
        });
        by_catalog || brand.domains.iter().any(|d| is_within(host, d))
    }

    /// The own domain label of `brand` that `registrable` imitates: the
    /// same skeleton written otherwise (`paypa1.com`), or one or two edits
    /// away (`rnicrosoft.com`) without holding the brand's name.
    pub(crate) fn lookalike(&self, registrable: &str, brand: &Brand) -> Option<String> {
        let label = first_label(registrable)?;
        if label.len() < 5 {
            return None;
        }
        let label_skeleton = skeleton(&label);
        let max = if label.len() >= 9 { 2 } else { 1 };
        let wanted = self.brands.iter().position(|b| std::ptr::eq(b, brand))?;
        // `ryanairmail` next to `ryanairemail` holds the name: not a
        // disguise of it.
        let holds_name = label.contains(&crate::text::fold(&brand.name).replace(' ', ""));
        self.domain_labels.iter().find_map(|(own, index)| {
            if *index != wanted || own == &label {
                return None;
            }
            let same_look = skeleton(own) == label_skeleton;
            let close = !holds_name
                && !label.contains(own.as_str())
                && !own.contains(label.as_str())
                && super::skeleton::edit_distance_within(own, &label, max).is_some();
            (same_look || close).then(|| own.clone())
        })
    }
}

/// A domain's first label, lowercase, dashes removed.
fn first_label(domain: &str) -> Option<String> {
    let label = domain.split('.').next()?.replace('-', "").to_lowercase();
    (!label.is_empty()).then_some(label)
}
