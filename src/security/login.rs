//! What a service's security mail says about a login or a change: the IP
//! address, the place and the device as the services write them (Facebook,
//! Google, Microsoft, Zalo, TikTok, Instagram, LinkedIn, GitHub, Apple …, in
//! English and Vietnamese), and changes that may hand the account to
//! someone else (password or address changed, two-step verification off).

use std::net::IpAddr;
use std::sync::LazyLock;

use regex::Regex;

use super::iplist::ips_in;
use crate::text::{constant_regex, fold};

/// A login or device named by a security mail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LoginDetails {
    pub(crate) ips: Vec<IpAddr>,
    /// The place as written (`Lagos, Nigeria`, `Hà Nội, Việt Nam`).
    pub(crate) place: Option<String>,
    /// The device or browser as written (`Chrome on Windows`).
    pub(crate) device: Option<String>,
}

impl LoginDetails {
    /// True when the place is named and is not in Vietnam.
    pub(crate) fn abroad(&self) -> bool {
        self.place.as_deref().is_some_and(|p| !is_in_vietnam(p))
    }
}

/// `Label: value` lines, folded labels: place, device, IP.
static PLACE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(?:approximate location|location|where|country/region|country|region|near|vi tri gan dung|vi tri|dia diem|khu vuc|quoc gia)\s*[:：]\s*(.+)$",
    )
});
static DEVICE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(?:device|browser|platform|operating system|os|thiet bi|trinh duyet|he dieu hanh)\s*[:：]\s*(.+)$",
    )
});
/// Facebook and Instagram write one sentence: "… from Chrome on Windows
/// near Lagos, Nigeria" / "… bằng Chrome trên Windows gần Lagos, Nigeria".
static NEAR: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"\b(?:near|gan)\s+([^.\n]{3,60}?)\s*(?:\.|$|\n|\bat\b|\bvao\b|\bluc\b)")
});

/// Reads the details of a login from a security mail's text (decoded, not
/// folded: places keep their spelling). `None` when it names none.
pub(crate) fn login_details(text: &str) -> Option<LoginDetails> {
    let mut details = LoginDetails::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let folded = fold(line);
        // Folding keeps the words, so the value is the original line after
        // its first colon.
        let value = || {
            line.split_once([':', '：'])
                .map(|(_, v)| v.trim().chars().take(80).collect::<String>())
                .filter(|v| !v.is_empty())
        };
        if details.place.is_none() && PLACE_LINE.is_match(&folded) {
            details.place = value().filter(|v| ips_in(v).is_empty());
        } else if details.device.is_none() && DEVICE_LINE.is_match(&folded) {
            details.device = value();
        }
        if details.place.is_none() {
            if let Some(near) = NEAR.captures(&folded).and_then(|c| c.get(1)) {
                // Take the same words from the original line.
                let words = near.as_str().split_whitespace().count();
                let start = folded
                    .get(..near.start())
                    .map_or(0, |before| before.split_whitespace().count());
                let original: Vec<&str> = line.split_whitespace().skip(start).take(words).collect();
                let place = original.join(" ");
                let place = place.trim_end_matches(['.', ',', '?', '!']);
                // "near Lagos, Nigeria", "gần Hà Nội, Việt Nam": a city and
                // a country. ("gắn với" folds to "gan" too.)
                if place.contains(',') {
                    details.place = Some(place.to_string());
                }
            }
        }
        for ip in ips_in(line) {
            if !details.ips.contains(&ip) && details.ips.len() < 4 {
                details.ips.push(ip);
            }
        }
    }
    (details.place.is_some() || details.device.is_some() || !details.ips.is_empty())
        .then_some(details)
}

/// A change that may hand the account to someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AccountChange {
    PasswordChanged,
    AddressChanged,
    TwoStepOff,
    RecoveryChanged,
}

impl AccountChange {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            AccountChange::PasswordChanged => "password_changed",
            AccountChange::AddressChanged => "email_changed",
            AccountChange::TwoStepOff => "two_step_verification_off",
            AccountChange::RecoveryChanged => "recovery_changed",
        }
    }
}

static CHANGES: LazyLock<[(AccountChange, Regex); 4]> = LazyLock::new(|| {
    [
        (
            AccountChange::TwoStepOff,
            constant_regex(
                r"(?:two-step verification|2-step verification|two-factor authentication|2fa|xac minh 2 buoc|xac thuc 2 yeu to|xac minh hai buoc)\b[^.]{0,40}\b(?:turned off|disabled|removed|is off|was off|da (?:bi |duoc )?tat|da (?:bi |duoc )?vo hieu hoa)",
            ),
        ),
        (
            AccountChange::RecoveryChanged,
            constant_regex(
                r"recovery (?:email|phone|address)[^.]{0,30}\b(?:changed|updated|removed)|(?:email|so dien thoai) khoi phuc[^.]{0,30}\bda (?:duoc )?(?:thay doi|cap nhat)",
            ),
        ),
        (
            AccountChange::AddressChanged,
            constant_regex(
                r"(?:email address|primary email)[^.]{0,30}\b(?:was|has been) (?:changed|updated)|dia chi email[^.]{0,30}\bda (?:duoc )?(?:thay doi|cap nhat)",
            ),
        ),
        (
            AccountChange::PasswordChanged,
            constant_regex(
                r"password (?:was|has been) (?:changed|reset|updated)|password changed|mat khau[^.]{0,30}\bda (?:duoc )?(?:thay doi|dat lai|cap nhat)",
            ),
        ),
    ]
});

/// The change a security mail reports (folded text), if any.
pub(crate) fn account_change(folded: &str) -> Option<AccountChange> {
    CHANGES
        .iter()
        .find(|(_, pattern)| pattern.is_match(folded))
        .map(|(change, _)| *change)
}

/// Vietnam's name and its provinces and large cities, folded: a place that
/// names one is at home.
const VIETNAM_PLACES: &[&str] = &[
    "viet nam",
    "vietnam",
    "ha noi",
    "hanoi",
    "ho chi minh",
    "saigon",
    "sai gon",
    "da nang",
    "danang",
    "hai phong",
    "haiphong",
    "can tho",
    "hue",
    "quang ngai",
    "quang nam",
    "quang ninh",
    "quang binh",
    "quang tri",
    "binh dinh",
    "binh duong",
    "dong nai",
    "khanh hoa",
    "nha trang",
    "nghe an",
    "vinh",
    "thanh hoa",
    "ha tinh",
    "lam dong",
    "da lat",
    "dak lak",
    "buon ma thuot",
    "gia lai",
    "kon tum",
    "phu yen",
    "ninh thuan",
    "binh thuan",
    "vung tau",
    "long an",
    "tien giang",
    "ben tre",
    "vinh long",
    "tra vinh",
    "an giang",
    "kien giang",
    "ca mau",
    "bac lieu",
    "soc trang",
    "hau giang",
    "dong thap",
    "tay ninh",
    "binh phuoc",
    "dak nong",
    "thai nguyen",
    "bac ninh",
    "bac giang",
    "hai duong",
    "hung yen",
    "thai binh",
    "nam dinh",
    "ninh binh",
    "ha nam",
    "vinh phuc",
    "phu tho",
    "tuyen quang",
    "ha giang",
    "cao bang",
    "lao cai",
    "yen bai",
    "lang son",
    "son la",
    "dien bien",
    "lai chau",
    "hoa binh",
    "bac kan",
    "tinh ",
    "thanh pho",
    "tp.",
    "quan ",
    "huyen ",
];

fn is_in_vietnam(place: &str) -> bool {
    let folded = fold(place);
    folded.trim() == "vn"
        || folded.ends_with(", vn")
        || folded.ends_with(" vn")
        || VIETNAM_PLACES.iter().any(|p| folded.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_and_google_style_lines() {
        let details = login_details(
            "Unusual sign-in activity\nCountry/region: Nigeria\nIP address: 203.0.113.9\nPlatform: Windows\nBrowser: Chrome\n",
        );
        let details = details.unwrap_or_default();
        assert_eq!(details.place.as_deref(), Some("Nigeria"));
        assert_eq!(details.device.as_deref(), Some("Windows"));
        assert_eq!(details.ips.len(), 1);
        assert!(details.abroad());
    }

    #[test]
    fn vietnamese_lines_at_home() {
        let details = login_details(
            "Tài khoản Zalo của bạn vừa đăng nhập trên thiết bị mới.\nThiết bị: iPhone 13\nVị trí: Quảng Ngãi, Việt Nam\nĐịa chỉ IP: 113.160.12.4\n",
        )
        .unwrap_or_default();
        assert_eq!(details.place.as_deref(), Some("Quảng Ngãi, Việt Nam"));
        assert_eq!(details.device.as_deref(), Some("iPhone 13"));
        assert!(!details.abroad());
    }

    #[test]
    fn facebook_near_sentence() {
        let details = login_details(
            "We noticed a new login from Chrome on Windows near Lagos, Nigeria. Was this you?",
        )
        .unwrap_or_default();
        assert_eq!(details.place.as_deref(), Some("Lagos, Nigeria"));
        assert!(details.abroad());
        let details = login_details(
            "Chúng tôi nhận thấy lần đăng nhập mới bằng Chrome trên Windows gần Hà Nội, Việt Nam.",
        )
        .unwrap_or_default();
        assert_eq!(details.place.as_deref(), Some("Hà Nội, Việt Nam"));
        assert!(!details.abroad());
    }

    #[test]
    fn attach_is_not_near() {
        // "gắn với" (attached to) folds like "gần" (near).
        assert_eq!(
            login_details("Tài khoản gắn với địa chỉ email này đã yêu cầu đặt lại mật khẩu."),
            None
        );
    }

    #[test]
    fn changes() {
        assert_eq!(
            account_change("2-step verification was turned off for your account"),
            Some(AccountChange::TwoStepOff)
        );
        assert_eq!(
            account_change("xac minh 2 buoc da bi tat cho tai khoan cua ban"),
            Some(AccountChange::TwoStepOff)
        );
        assert_eq!(
            account_change("mat khau zalo cua ban da duoc thay doi"),
            Some(AccountChange::PasswordChanged)
        );
        assert_eq!(account_change("welcome to the forum"), None);
    }
}
