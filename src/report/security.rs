//! The security section of a report: phishing received per official
//! address (by brand), accounts at risk and why, passwords sent in clear
//! and the criteria they fail. Built from the records' signals; the
//! password itself was never kept.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::ServiceRecord;
use crate::security::PasswordCriterion;
use crate::signal::Signal;
use crate::verdict::FindingKind;

/// The security section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Security {
    /// Phishing received, per official address: brand id → messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phishing_by_address: Vec<PhishingReceived>,
    /// Accounts that may be in someone else's hands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts_at_risk: Vec<AccountAtRisk>,
    /// Official addresses that sent mail from a client address on a
    /// supplied IP list: their machines may be infected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub machines_on_lists: Vec<MachineOnList>,
}

impl Security {
    /// The entries of one unit (its `unit`, else the address's domain).
    pub(crate) fn for_unit(&self, unit: &str) -> Security {
        let of_unit = |address: &str, named: &Option<String>| match named {
            Some(named) => named == unit,
            None => address.rsplit_once('@').is_some_and(|(_, d)| d == unit),
        };
        Security {
            phishing_by_address: self
                .phishing_by_address
                .iter()
                .filter(|p| of_unit(&p.address, &p.unit))
                .cloned()
                .collect(),
            accounts_at_risk: self
                .accounts_at_risk
                .iter()
                .filter(|a| of_unit(&a.address, &a.unit))
                .cloned()
                .collect(),
            machines_on_lists: self
                .machines_on_lists
                .iter()
                .filter(|m| of_unit(&m.address, &m.unit))
                .cloned()
                .collect(),
        }
    }
}

/// An official address that sent mail from a listed client address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MachineOnList {
    /// The official address that sent the mail.
    pub address: String,
    /// Its unit, when a directory names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The listed client IP address.
    pub ip: String,
    /// Messages sent from it.
    pub messages: u64,
    /// The latest of them (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
}

/// Phishing aimed at one official address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhishingReceived {
    /// The official address.
    pub address: String,
    /// Its unit, when a directory names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Brand id → messages imitating it.
    pub brands: BTreeMap<String, u64>,
}

/// An account at risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountAtRisk {
    /// The official address.
    pub address: String,
    /// Its unit, when a directory names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The service's id.
    pub service: String,
    /// Why: `password_exposed`, `login_from_abroad`,
    /// `login_from_listed_address`, `two_step_verification_off`.
    pub reasons: Vec<String>,
    /// For a password sent in clear: the criteria of the password rule it
    /// fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_fails: Option<Vec<PasswordCriterion>>,
    /// The places and addresses of the logins that put it at risk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub logins: Vec<String>,
}

impl Security {
    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.phishing_by_address.is_empty()
            && self.accounts_at_risk.is_empty()
            && self.machines_on_lists.is_empty()
    }

    /// Adds the records of mail sent from listed addresses.
    pub(crate) fn add_machines(&mut self, records: &[ServiceRecord]) {
        self.machines_on_lists
            .extend(records.iter().map(|record| MachineOnList {
                address: record.address.clone(),
                unit: record.unit.clone(),
                ip: record.service.id.clone(),
                messages: record.messages,
                last_seen: record.last_seen.clone(),
            }));
    }

    /// Builds the section from a report's records.
    pub(crate) fn from_records<'r>(records: impl Iterator<Item = &'r ServiceRecord>) -> Security {
        let mut phishing: BTreeMap<String, PhishingReceived> = BTreeMap::new();
        let mut at_risk = Vec::new();
        for record in records {
            if record.kind == FindingKind::SuspectedPhishing {
                let entry =
                    phishing
                        .entry(record.address.clone())
                        .or_insert_with(|| PhishingReceived {
                            address: record.address.clone(),
                            unit: record.unit.clone(),
                            brands: BTreeMap::new(),
                        });
                *entry.brands.entry(record.service.id.clone()).or_default() += record.messages;
                continue;
            }
            if record.kind != FindingKind::Account {
                continue;
            }
            let mut risk = AccountAtRisk {
                address: record.address.clone(),
                unit: record.unit.clone(),
                service: record.service.id.clone(),
                reasons: Vec::new(),
                password_fails: None,
                logins: Vec::new(),
            };
            for signal in record.evidence.iter().flat_map(|e| &e.signals) {
                let reason = match signal {
                    Signal::PasswordExposed { fails } => {
                        risk.password_fails = Some(fails.clone());
                        "password_exposed"
                    }
                    Signal::LoginFromAbroad { place } => {
                        push_once(&mut risk.logins, place.clone());
                        "login_from_abroad"
                    }
                    Signal::LoginFromListedAddress { ip } => {
                        push_once(&mut risk.logins, ip.clone());
                        "login_from_listed_address"
                    }
                    Signal::AccountChanged { change } if signal.puts_account_at_risk() => {
                        change.as_str()
                    }
                    _ => continue,
                };
                push_once(&mut risk.reasons, reason.to_string());
            }
            if !risk.reasons.is_empty() {
                at_risk.push(risk);
            }
        }
        Security {
            phishing_by_address: phishing.into_values().collect(),
            accounts_at_risk: at_risk,
            machines_on_lists: Vec::new(),
        }
    }
}

fn push_once(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// What the person should do, by reason (English, Vietnamese).
pub(crate) fn advice(reason: &str, vietnamese: bool) -> &'static str {
    match (reason, vietnamese) {
        ("password_exposed", false) => {
            "The service mailed the password in clear: change it now (at least 8 characters with upper and lower case, a digit and a special character; never saved in the browser) and delete the mail."
        }
        ("password_exposed", true) => {
            "Dịch vụ đã gửi mật khẩu dạng rõ qua thư: đổi mật khẩu ngay (ít nhất 8 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt; không lưu trên trình duyệt) và xóa thư đó."
        }
        ("login_from_abroad" | "login_from_listed_address", false) => {
            "A login from abroad or from a listed address: if it was not you, change the password, sign out other sessions, turn on two-step verification and report it to the IT office."
        }
        ("login_from_abroad" | "login_from_listed_address", true) => {
            "Có lần đăng nhập từ nước ngoài hoặc từ địa chỉ trong danh sách: nếu không phải bạn, hãy đổi mật khẩu, đăng xuất các phiên khác, bật xác minh hai bước và báo cho bộ phận CNTT."
        }
        (_, false) => {
            "Two-step verification was turned off: if it was not you, turn it back on, change the password and report it to the IT office."
        }
        (_, true) => {
            "Xác minh hai bước đã bị tắt: nếu không phải bạn, hãy bật lại, đổi mật khẩu và báo cho bộ phận CNTT."
        }
    }
}

/// A reason, for people.
pub(crate) fn reason_label(reason: &str, vietnamese: bool) -> &'static str {
    match (reason, vietnamese) {
        ("password_exposed", false) => "password sent in clear",
        ("password_exposed", true) => "mật khẩu gửi dạng rõ",
        ("login_from_abroad", false) => "login from abroad",
        ("login_from_abroad", true) => "đăng nhập từ nước ngoài",
        ("login_from_listed_address", false) => "login from a listed address",
        ("login_from_listed_address", true) => "đăng nhập từ địa chỉ trong danh sách",
        (_, false) => "two-step verification turned off",
        (_, true) => "xác minh hai bước bị tắt",
    }
}

/// The accounts at risk of one address, one line each with what to do,
/// for the person's notice.
pub(crate) fn risk_lines(security: &Security, address: &str, vietnamese: bool) -> Vec<String> {
    security
        .accounts_at_risk
        .iter()
        .filter(|r| r.address == address)
        .map(|risk| {
            let reasons: Vec<&str> = risk
                .reasons
                .iter()
                .map(|r| reason_label(r, vietnamese))
                .collect();
            let advice: Vec<&str> = risk.reasons.iter().map(|r| advice(r, vietnamese)).collect();
            format!(
                "{} ({}): {}",
                risk.service,
                reasons.join(", "),
                advice.join(" ")
            )
        })
        .collect()
}

/// Advice for a machine on a list.
pub(crate) fn machine_advice(vietnamese: bool) -> &'static str {
    if vietnamese {
        "Ưu tiên kiểm tra, quét mã độc các máy này và đổi mật khẩu thư; báo cho bộ phận CNTT."
    } else {
        "Check and scan these machines first and change the mail password; report it to the IT office."
    }
}

/// Advice on phishing received.
pub(crate) fn phishing_advice(vietnamese: bool) -> &'static str {
    if vietnamese {
        "Thư giả mạo nhắm vào địa chỉ công vụ: không bấm vào liên kết, không mở tệp đính kèm, không nhập mật khẩu; báo cho bộ phận CNTT."
    } else {
        "Mail imitating a brand aimed at official addresses: do not click its links, open its attachments or enter a password; report it to the IT office."
    }
}

/// The security section as plain text (the table format).
pub(crate) fn write_text(
    security: &Security,
    vietnamese: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    if security.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        if vietnamese {
            "An toàn thông tin"
        } else {
            "Security"
        }
    )?;
    if !security.phishing_by_address.is_empty() {
        writeln!(
            out,
            "  {}",
            if vietnamese {
                "Thư giả mạo nhận được (theo địa chỉ, thương hiệu):"
            } else {
                "Phishing received (by address, brand):"
            }
        )?;
        for received in &security.phishing_by_address {
            let brands: Vec<String> = received
                .brands
                .iter()
                .map(|(brand, n)| format!("{brand} x{n}"))
                .collect();
            writeln!(out, "    {}: {}", received.address, brands.join(", "))?;
        }
        writeln!(out, "    {}", phishing_advice(vietnamese))?;
    }
    if !security.machines_on_lists.is_empty() {
        writeln!(
            out,
            "  {}",
            if vietnamese {
                "Máy có thể nhiễm mã độc (gửi thư từ địa chỉ IP trong danh sách):"
            } else {
                "Machines that may be infected (mail sent from a listed IP address):"
            }
        )?;
        for machine in &security.machines_on_lists {
            writeln!(
                out,
                "    {} ← {} x{}",
                machine.address, machine.ip, machine.messages
            )?;
        }
        writeln!(out, "    {}", machine_advice(vietnamese))?;
    }
    if !security.accounts_at_risk.is_empty() {
        writeln!(
            out,
            "  {}",
            if vietnamese {
                "Tài khoản có nguy cơ:"
            } else {
                "Accounts at risk:"
            }
        )?;
        for risk in &security.accounts_at_risk {
            write!(
                out,
                "    {} @ {}: {}",
                risk.address,
                risk.service,
                risk.reasons
                    .iter()
                    .map(|r| reason_label(r, vietnamese))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
            if let Some(fails) = &risk.password_fails {
                let fails: Vec<&str> = fails.iter().map(|c| c.describe(vietnamese)).collect();
                if !fails.is_empty() {
                    write!(
                        out,
                        " ({} {})",
                        if vietnamese {
                            "mật khẩu thiếu:"
                        } else {
                            "password lacks"
                        },
                        fails.join(", ")
                    )?;
                }
            }
            if !risk.logins.is_empty() {
                write!(out, " [{}]", risk.logins.join("; "))?;
            }
            writeln!(out)?;
            for reason in &risk.reasons {
                writeln!(out, "      {}", advice(reason, vietnamese))?;
            }
        }
    }
    Ok(())
}
