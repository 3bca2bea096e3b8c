//! Passwords sent in clear: "Your password is …", "Mật khẩu của bạn là …",
//! a "Tên đăng nhập / Mật khẩu" table. The password is checked against the
//! directive's rule and then forgotten: only the criteria it fails leave
//! this module (never the password, in no report, log, error or panic).

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::text::{constant_regex, fold};

/// A criterion of the directive's password rule: at least 8 characters,
/// upper and lower case, a digit and a special character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PasswordCriterion {
    /// At least 8 characters.
    MinLength,
    /// An uppercase letter.
    Uppercase,
    /// A lowercase letter.
    Lowercase,
    /// A digit.
    Digit,
    /// A character that is neither a letter nor a digit.
    SpecialCharacter,
}

impl PasswordCriterion {
    /// Every criterion, in the rule's order.
    pub const ALL: [PasswordCriterion; 5] = [
        PasswordCriterion::MinLength,
        PasswordCriterion::Uppercase,
        PasswordCriterion::Lowercase,
        PasswordCriterion::Digit,
        PasswordCriterion::SpecialCharacter,
    ];

    /// The snake_case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            PasswordCriterion::MinLength => "min_length",
            PasswordCriterion::Uppercase => "uppercase",
            PasswordCriterion::Lowercase => "lowercase",
            PasswordCriterion::Digit => "digit",
            PasswordCriterion::SpecialCharacter => "special_character",
        }
    }

    /// What the criterion asks, for people.
    pub fn describe(self, vietnamese: bool) -> &'static str {
        match (self, vietnamese) {
            (PasswordCriterion::MinLength, false) => "at least 8 characters",
            (PasswordCriterion::MinLength, true) => "ít nhất 8 ký tự",
            (PasswordCriterion::Uppercase, false) => "an uppercase letter",
            (PasswordCriterion::Uppercase, true) => "chữ hoa",
            (PasswordCriterion::Lowercase, false) => "a lowercase letter",
            (PasswordCriterion::Lowercase, true) => "chữ thường",
            (PasswordCriterion::Digit, false) => "a digit",
            (PasswordCriterion::Digit, true) => "chữ số",
            (PasswordCriterion::SpecialCharacter, false) => "a special character",
            (PasswordCriterion::SpecialCharacter, true) => "ký tự đặc biệt",
        }
    }
}

impl fmt::Display for PasswordCriterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The criteria of the directive's rule that `password` fails.
pub(crate) fn failed_criteria(password: &str) -> Vec<PasswordCriterion> {
    let checks = [
        (PasswordCriterion::MinLength, password.chars().count() >= 8),
        (
            PasswordCriterion::Uppercase,
            password.chars().any(char::is_uppercase),
        ),
        (
            PasswordCriterion::Lowercase,
            password.chars().any(char::is_lowercase),
        ),
        (
            PasswordCriterion::Digit,
            password.chars().any(|c| c.is_ascii_digit()),
        ),
        (
            PasswordCriterion::SpecialCharacter,
            password.chars().any(|c| !c.is_alphanumeric()),
        ),
    ];
    checks
        .into_iter()
        .filter(|(_, met)| !met)
        .map(|(criterion, _)| criterion)
        .collect()
}

/// A password label ending a folded line, then its value: "your password
/// is", "password:", "mat khau cua ban la", "mat khau:", "mat khau moi:".
static LABEL_THEN_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?:^|[\s:>|])(?:your (?:new |temporary |initial )?password is|(?:new |temporary |initial )?password\s*[:=]|pass(?:word)?\s*[:=]|mat khau(?: moi| tam thoi| dang nhap)?(?: cua (?:ban|quy khach|anh|chi))?(?: la\b|\s*[:=]))\s*[:=]?\s*(\S+)\s*$",
    )
});

/// A line that is only a password label (a table's cell: the value is on
/// the next line).
static LABEL_ONLY: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"^\s*(?:password|mat khau|pass)\s*[:=]?\s*$"));

/// Words that follow "password is" or "password:" without being one.
const NOT_A_PASSWORD: &[&str] = &[
    "protected",
    "changed",
    "reset",
    "updated",
    "expired",
    "weak",
    "secure",
    "incorrect",
    "required",
    "encrypted",
    "hidden",
    "set",
    "strong",
    "valid",
    "invalid",
    "correct",
    "wrong",
    "your",
    "the",
    "here",
    "below",
    "above",
    "none",
    "n/a",
    "da",
    "duoc",
    "khong",
    "cua",
    "moi",
    "la",
    "***",
    "********",
];

/// The criteria that a password sent in clear in `text` (decoded, not
/// folded: case matters) fails, when the text holds one; `None` when it
/// holds none. The password itself is never returned.
pub(crate) fn exposed_password(text: &str) -> Option<Vec<PasswordCriterion>> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        let folded = fold(line);
        let value = if LABEL_THEN_VALUE.is_match(&folded) {
            line.split_whitespace().last()
        } else if LABEL_ONLY.is_match(&folded) {
            lines
                .get(i + 1)
                .filter(|next| next.split_whitespace().count() == 1)
                .copied()
        } else {
            None
        };
        let Some(value) = value.map(|v| v.trim_end_matches(['.', ','])) else {
            continue;
        };
        if is_password_like(value) {
            return Some(failed_criteria(value));
        }
    }
    None
}

/// True when a subject may carry a password: it names one ("password",
/// "mật khẩu", "pass") and a later word mixes letters and digits or signs.
/// Such a subject is withheld from reports: a subject is shown, a body
/// never.
pub(crate) fn subject_may_hold_password(subject: &str) -> bool {
    let folded = fold(subject);
    let Some(at) = ["password", "mat khau", "passwd", "pwd", "pass", "matkhau"]
        .iter()
        .filter_map(|w| folded.find(w).map(|i| i + w.len()))
        .min()
    else {
        return false;
    };
    // Folded (no diacritics, lowercase): letters and digits as written.
    let after_label = folded.get(at..).unwrap_or_default();
    after_label.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| matches!(c, ':' | '=' | '.' | ',' | '"' | '\''));
        // What `redact` already put in place of codes and links.
        if word.starts_with('[') && word.ends_with(']') {
            return false;
        }
        let letters = word.chars().any(char::is_alphabetic);
        let others = word.chars().any(|c| !c.is_alphabetic());
        is_password_like(word) && ((letters && others) || word.chars().all(|c| c.is_ascii_digit()))
    })
}

/// A token that can be a password: 4 to 64 characters, not masked, not a
/// link or an address, not a word that follows "password is" in prose.
fn is_password_like(value: &str) -> bool {
    let length = value.chars().count();
    let folded = fold(value);
    (4..=64).contains(&length)
        && !value
            .chars()
            .all(|c| matches!(c, '*' | '•' | '●' | 'x' | 'X' | '.'))
        && !folded.contains("://")
        && !folded.starts_with("www.")
        && !value
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !NOT_A_PASSWORD.contains(&folded.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordCriterion::*;

    #[test]
    fn the_directive_rule() {
        assert_eq!(failed_criteria("Aa1!aaaa"), vec![]);
        assert_eq!(
            failed_criteria("abc"),
            vec![MinLength, Uppercase, Digit, SpecialCharacter]
        );
        assert_eq!(
            failed_criteria("PASSWORD123"),
            vec![Lowercase, SpecialCharacter]
        );
        assert_eq!(failed_criteria("Matkhau@"), vec![Digit]);
    }

    #[test]
    fn passwords_in_english_and_vietnamese() {
        assert_eq!(
            exposed_password("Hello,\nYour password is: hello123\nThanks"),
            Some(vec![Uppercase, SpecialCharacter])
        );
        assert_eq!(
            exposed_password("Your new password is Qx8#kLmn2."),
            Some(vec![])
        );
        assert_eq!(
            exposed_password("Xin chào,\nMật khẩu của bạn là: 12345678\n"),
            Some(vec![Uppercase, Lowercase, SpecialCharacter])
        );
        assert_eq!(
            exposed_password("Mat khau cua ban la abcDEF12"),
            Some(vec![SpecialCharacter])
        );
        // A table: label in one cell, value in the next.
        assert_eq!(
            exposed_password("Tên đăng nhập\nnguyenvana\nMật khẩu\nVanA2024\n"),
            Some(vec![SpecialCharacter])
        );
        assert_eq!(
            exposed_password("Tên đăng nhập: nguyenvana\nMật khẩu: Hn@2024\n"),
            Some(vec![MinLength])
        );
    }

    #[test]
    fn subjects_that_may_carry_a_password() {
        assert!(subject_may_hold_password("Mat khau wifi: Qz7mrk41"));
        assert!(subject_may_hold_password("Your password is hello123"));
        assert!(subject_may_hold_password("Mật khẩu mới 20242024"));
        assert!(!subject_may_hold_password("Reset your password"));
        assert!(!subject_may_hold_password("Your password was changed"));
        assert!(!subject_may_hold_password("Welcome to Canva"));
        assert!(!subject_may_hold_password(
            "Your password reset code: [redacted]"
        ));
    }

    #[test]
    fn prose_about_passwords_is_not_a_password() {
        for text in [
            "Your password is protected.",
            "Forgot your password? Click here",
            "Password: ********",
            "Your password was changed. If this was not you, reset your password.",
            "Mật khẩu của bạn đã được thay đổi.",
            "Password: https://example.com/reset",
        ] {
            assert_eq!(exposed_password(text), None, "{text}");
        }
    }
}
