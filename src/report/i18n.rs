//! Report text in English and Vietnamese.

use crate::catalog::Category;
use crate::verdict::{Confidence, EventKind, FindingKind, SkipReason};

/// The language of user-facing report text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Tiếng Việt.
    Vi,
}

impl Lang {
    /// Parses `en` or `vi` (case-insensitive).
    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "vi" | "vn" | "vietnamese" | "tieng-viet" => Some(Lang::Vi),
            _ => None,
        }
    }

    pub(crate) fn text(self, key: Text) -> &'static str {
        let (en, vi) = match key {
            Text::Title => (
                "govmail-audit: official addresses registered at outside services",
                "govmail-audit: địa chỉ thư công vụ đã đăng ký tại dịch vụ bên ngoài",
            ),
            Text::Owner => ("Mailbox owner", "Chủ hộp thư"),
            Text::Accounts => ("Accounts", "Tài khoản"),
            Text::NoAccounts => (
                "No account of an official address was found.",
                "Không phát hiện tài khoản nào của địa chỉ công vụ.",
            ),
            Text::Violation => ("violation", "vi phạm"),
            Text::Approved => ("allowed", "được phép"),
            Text::Messages => ("messages", "thư"),
            Text::SuspectedPhishing => (
                "Suspected phishing (imitates a service; not a sign-up)",
                "Nghi lừa đảo (giả mạo dịch vụ; không phải đăng ký)",
            ),
            Text::Invitations => (
                "Invitations (not evidence of an account)",
                "Lời mời (không chứng minh có tài khoản)",
            ),
            Text::Newsletters => ("Newsletters (weak signal)", "Bản tin (tín hiệu yếu)"),
            Text::Summary => ("Summary", "Tổng hợp"),
            Text::Files => ("files read", "tệp đã đọc"),
            Text::FilesNotMail => ("files not mail", "tệp không phải thư"),
            Text::FilesUnreadable => ("files unreadable", "tệp không đọc được"),
            Text::MessagesRead => ("messages read", "thư đã đọc"),
            Text::Inspected => ("inspected", "đã kiểm tra"),
            Text::Skipped => ("skipped", "bỏ qua"),
            Text::Failed => ("unreadable", "không đọc được"),
            Text::OfficialAddresses => (
                "official addresses with accounts",
                "địa chỉ công vụ có tài khoản",
            ),
            Text::Violations => ("violations", "vi phạm"),
            Text::Problems => ("Problems", "Sự cố"),
            Text::Evidence => ("evidence", "bằng chứng"),
        };
        self.pick(en, vi)
    }

    pub(crate) fn event(self, event: EventKind) -> &'static str {
        let (en, vi) = match event {
            EventKind::AccountCreated => ("account created", "tạo tài khoản"),
            EventKind::EmailVerification => ("email verification", "xác nhận email"),
            EventKind::LoginCode => ("login code", "mã đăng nhập"),
            EventKind::PasswordReset => ("password reset", "đặt lại mật khẩu"),
            EventKind::SecurityAlert => ("security alert", "cảnh báo bảo mật"),
            EventKind::ActivityNotification => ("activity notification", "thông báo hoạt động"),
            EventKind::Transaction => ("transaction", "giao dịch"),
            EventKind::Newsletter => ("newsletter", "bản tin"),
            EventKind::Invitation => ("invitation", "lời mời"),
        };
        self.pick(en, vi)
    }

    pub(crate) fn category(self, category: Category) -> &'static str {
        let (en, vi) = match category {
            Category::Social => ("social network", "mạng xã hội"),
            Category::Messaging => ("messaging", "nhắn tin"),
            Category::Forum => ("forum", "diễn đàn"),
            Category::News => ("news", "báo điện tử"),
            Category::Shopping => ("shopping", "mua sắm"),
            Category::Video => ("video", "video"),
            Category::Music => ("music", "âm nhạc"),
            Category::Gaming => ("gaming", "trò chơi"),
            Category::Dating => ("dating", "hẹn hò"),
            Category::Blogging => ("blogging", "blog"),
            Category::FileSharing => ("file sharing", "chia sẻ tệp"),
            Category::Travel => ("travel", "du lịch"),
            Category::Finance => ("finance", "tài chính"),
            Category::Productivity => ("productivity", "công cụ văn phòng"),
            Category::Developer => ("developer", "lập trình"),
            Category::Education => ("education", "giáo dục"),
            Category::Other => ("other site", "trang khác"),
            Category::Unknown => ("unlisted site", "chưa phân loại"),
        };
        self.pick(en, vi)
    }

    pub(crate) fn confidence(self, confidence: Confidence) -> &'static str {
        let (en, vi) = match confidence {
            Confidence::Low => ("low", "thấp"),
            Confidence::Medium => ("medium", "trung bình"),
            Confidence::High => ("high", "cao"),
        };
        self.pick(en, vi)
    }

    pub(crate) fn kind(self, kind: FindingKind) -> &'static str {
        let (en, vi) = match kind {
            FindingKind::Account => ("account", "tài khoản"),
            FindingKind::Newsletter => ("newsletter", "bản tin"),
            FindingKind::Invitation => ("invitation", "lời mời"),
            FindingKind::SuspectedPhishing => ("suspected phishing", "nghi lừa đảo"),
        };
        self.pick(en, vi)
    }

    pub(crate) fn skip_reason(self, reason: SkipReason) -> &'static str {
        let (en, vi) = match reason {
            SkipReason::NoOfficialRecipient => {
                ("no official recipient", "không gửi tới địa chỉ công vụ")
            }
            SkipReason::GovernmentSender => ("government sender", "người gửi là cơ quan nhà nước"),
            SkipReason::AutomatedReport => {
                ("bounce or auto-reply", "thư báo lỗi hoặc trả lời tự động")
            }
            SkipReason::MailingList => ("mailing list", "nhóm thư"),
            SkipReason::PersonalMail => ("personal mail", "thư cá nhân"),
            SkipReason::TooLarge => ("over size limit", "vượt giới hạn kích thước"),
            SkipReason::HeaderTooLarge => ("header over size limit", "phần đầu thư quá lớn"),
        };
        self.pick(en, vi)
    }

    fn pick(self, en: &'static str, vi: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }
}

/// Fixed report texts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Text {
    Title,
    Owner,
    Accounts,
    NoAccounts,
    Violation,
    Approved,
    Messages,
    SuspectedPhishing,
    Invitations,
    Newsletters,
    Summary,
    Files,
    FilesNotMail,
    FilesUnreadable,
    MessagesRead,
    Inspected,
    Skipped,
    Failed,
    OfficialAddresses,
    Violations,
    Problems,
    Evidence,
}
