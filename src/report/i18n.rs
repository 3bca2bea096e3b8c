//! Report text in English and Vietnamese.

use super::Change;
use crate::catalog::Category;
use crate::verdict::{Authentication, Confidence, EventKind, FindingKind, SkipReason};

/// The language of user-facing report text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
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
        let (en, vi) = key.pair();
        self.pick(en, vi)
    }

    /// `one` when `count` is 1, else `many` ("1 message", "2 messages";
    /// Vietnamese nouns do not change).
    pub(crate) fn counted(self, count: u64, one: Text, many: Text) -> &'static str {
        self.text(if count == 1 { one } else { many })
    }

    /// The `lang` attribute of HTML documents.
    pub(crate) fn code(self) -> &'static str {
        self.pick("en", "vi")
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
            EventKind::Notification => ("notification", "thông báo"),
            EventKind::Newsletter => ("newsletter", "bản tin"),
            EventKind::Subscription => ("list subscription", "đăng ký nhận tin"),
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
            Category::Ai => ("AI service", "dịch vụ AI"),
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
            FindingKind::SentFromListedAddress => (
                "sent from a listed address",
                "gửi từ địa chỉ trong danh sách",
            ),
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
            SkipReason::Spam => (
                "marked as spam by a trusted filter",
                "bộ lọc tin cậy đánh dấu là thư rác",
            ),
        };
        self.pick(en, vi)
    }

    pub(crate) fn authentication(self, authentication: Authentication) -> &'static str {
        let (en, vi) = match authentication {
            Authentication::Verified => ("verified", "đã xác thực"),
            Authentication::Signed => ("DKIM-signed", "có chữ ký DKIM"),
            Authentication::Legacy => ("old mail, no authentication", "thư cũ, chưa có xác thực"),
            Authentication::Missing => ("no authentication", "không có xác thực"),
            Authentication::Failed => ("authentication failed", "xác thực không đạt"),
        };
        self.pick(en, vi)
    }

    /// A ledger status name (`still_seen`) in words; unknown names as given.
    pub fn standing(self, status: &str) -> &str {
        let key = match status {
            "new" => Text::StandingNew,
            "still_seen" => Text::StandingStillSeen,
            "no_longer_seen" => Text::StandingNoLongerSeen,
            "notified" => Text::StandingNotified,
            "acknowledged" => Text::StandingAcknowledged,
            "remediated" => Text::StandingRemediated,
            "approved" => Text::StandingApproved,
            other => return other,
        };
        self.text(key)
    }

    /// A record's standing in words: ledger status, then approval.
    pub(crate) fn standing_text(self, standing: &super::Standing) -> String {
        let mut parts = Vec::new();
        let approved_twice = standing.status.as_deref() == Some("approved")
            && standing.approval.is_some()
            && !standing.approval_expired;
        if let Some(status) = standing.status.as_deref().filter(|_| !approved_twice) {
            parts.push(self.standing(status).to_string());
        }
        if let Some(approval) = &standing.approval {
            let label = if standing.approval_expired {
                self.text(Text::ApprovalExpired)
            } else {
                self.text(Text::ApprovedAs)
            };
            parts.push(format!("{label}: {approval}"));
        }
        parts.join("; ")
    }

    pub(crate) fn change(self, change: Change) -> &'static str {
        match change {
            Change::New => self.text(Text::ChangeNew),
            Change::Unchanged => self.text(Text::ChangeUnchanged),
            Change::NoLongerSeen => self.text(Text::ChangeNoLongerSeen),
        }
    }

    fn pick(self, en: &'static str, vi: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }
}

/// Declares the fixed texts: one key, its English and its Vietnamese. A
/// key without both cannot compile, so no report shows a bare key.
macro_rules! texts {
    ($($key:ident => ($en:expr, $vi:expr),)*) => {
        /// Fixed report texts.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Text {
            $($key,)*
        }

        impl Text {
            /// Every key, for the tests.
            #[cfg(test)]
            pub(crate) const ALL: &[Text] = &[$(Text::$key,)*];

            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(Text::$key => ($en, $vi),)*
                }
            }
        }
    };
}

texts! {
    // The terminal table.
    Title => (
        "govmail-audit: official addresses registered at outside services",
        "govmail-audit: địa chỉ thư công vụ đã đăng ký tại dịch vụ bên ngoài"
    ),
    Owner => ("Mailbox owner", "Chủ hộp thư"),
    Accounts => ("Accounts", "Tài khoản"),
    NoAccounts => (
        "No account of an official address was found.",
        "Không phát hiện tài khoản nào của địa chỉ công vụ."
    ),
    Violation => ("violation", "vi phạm"),
    Approved => ("allowed", "được phép"),
    Messages => ("messages", "thư"),
    Message => ("message", "thư"),
    SuspectedPhishing => (
        "Suspected phishing (imitates a service; not a sign-up)",
        "Nghi lừa đảo (giả mạo dịch vụ; không phải đăng ký)"
    ),
    Invitations => (
        "Invitations (not evidence of an account)",
        "Lời mời (không chứng minh có tài khoản)"
    ),
    Newsletters => ("Newsletters (weak signal)", "Bản tin (tín hiệu yếu)"),
    ToReview => (
        "To review (low confidence; not violations)",
        "Cần xem xét (độ tin cậy thấp; chưa tính là vi phạm)"
    ),
    Summary => ("Summary", "Tổng hợp"),
    Files => ("files read", "tệp đã đọc"),
    File => ("file read", "tệp đã đọc"),
    FilesNotMail => ("files not mail", "tệp không phải thư"),
    FileNotMail => ("file not mail", "tệp không phải thư"),
    FilesUnreadable => ("files unreadable", "tệp không đọc được"),
    FileUnreadable => ("file unreadable", "tệp không đọc được"),
    MessagesRead => ("messages read", "thư đã đọc"),
    MessageRead => ("message read", "thư đã đọc"),
    LocationLegend => (
        "Evidence locations: file #message number @byte offset (in the file, or in the archive member)",
        "Vị trí bằng chứng: tệp #số thứ tự thư @vị trí byte (trong tệp, hoặc trong tệp con của kho nén)"
    ),
    Inspected => ("inspected", "đã kiểm tra"),
    Skipped => ("skipped", "bỏ qua"),
    Failed => ("unreadable", "không đọc được"),
    OfficialAddresses => (
        "official addresses with accounts",
        "địa chỉ công vụ có tài khoản"
    ),
    Violations => ("violations", "vi phạm"),
    Problems => ("Problems", "Sự cố"),
    Evidence => ("evidence", "bằng chứng"),
    ComparedWith => ("Compared with", "So sánh với"),
    NoLongerSeen => (
        "No longer seen (in the earlier audit, not in this one)",
        "Không còn thấy (có trong lần rà soát trước, không có trong lần này)"
    ),
    ChangeNew => ("new", "mới"),
    ChangeUnchanged => ("seen before", "đã có lần trước"),
    ChangeNoLongerSeen => ("no longer seen", "không còn thấy"),
    ApprovedAccounts => (
        "Approved for official use (not violations)",
        "Được phê duyệt sử dụng cho công vụ (không vi phạm)"
    ),
    AlreadyRead => ("messages already read by an earlier scan", "thư đã đọc ở lần quét trước"),
    ApprovalExpired => ("approval expired", "phê duyệt đã hết hạn"),
    ApprovedAs => ("approved", "được phê duyệt"),
    Standing => ("Ledger status", "Trạng thái theo dõi"),
    StandingNew => ("new", "mới"),
    StandingStillSeen => ("still seen", "vẫn còn thấy"),
    StandingNoLongerSeen => ("no longer seen", "không còn thấy"),
    StandingNotified => ("notified", "đã thông báo"),
    StandingAcknowledged => ("acknowledged", "đã xác nhận"),
    StandingRemediated => ("remediated", "đã khắc phục"),
    StandingApproved => ("approved", "được phê duyệt"),

    // The HTML report.
    ReportTitle => ("Official mail use audit report", "Báo cáo rà soát sử dụng thư công vụ"),
    ReportSubtitle => (
        "Official addresses used to sign up for social networks, forums and public websites",
        "Địa chỉ thư công vụ đã dùng để đăng ký mạng xã hội, diễn đàn và trang công cộng"
    ),
    EvidencePeriod => ("Evidence dated", "Thời gian của bằng chứng"),
    DateRangeTo => ("to", "đến"),
    MailboxesScanned => ("Mailbox files scanned", "Tệp hộp thư đã quét"),
    MessagesScanned => ("Messages read", "Thư đã đọc"),
    AddressesWithAccounts => ("Official addresses with accounts", "Địa chỉ công vụ có tài khoản"),
    AccountsFound => ("Accounts at outside services", "Tài khoản tại dịch vụ bên ngoài"),
    ViolationsFound => ("Violations", "Vi phạm"),
    PhishingFound => ("Suspected phishing", "Thư nghi lừa đảo"),
    NewSincePrevious => ("New since the earlier audit", "Mới so với lần trước"),
    NoLongerSeenCount => ("No longer seen", "Không còn thấy"),
    ScanDetails => (
        "inspected {inspected}, skipped {skipped}, unreadable {failed}",
        "đã kiểm tra {inspected}, bỏ qua {skipped}, không đọc được {failed}"
    ),
    ByCategory => ("Accounts by category", "Tài khoản theo loại dịch vụ"),
    ByService => ("Accounts by service", "Tài khoản theo dịch vụ"),
    ByUnit => ("Accounts by unit", "Tài khoản theo đơn vị"),
    ChartLegend => (
        "dark: violations; light: allowed",
        "màu đậm: vi phạm; màu nhạt: được phép"
    ),
    OtherServices => ("others", "khác"),
    UnitsHeading => ("Accounts by unit and person", "Tài khoản theo đơn vị và cán bộ"),
    Unit => ("Unit", "Đơn vị"),
    ByMailDomain => ("grouped by mail domain", "nhóm theo tên miền thư"),
    UnitCounts => (
        "people: {people}, accounts: {accounts}, violations: {violations}",
        "{people} người, {accounts} tài khoản, {violations} vi phạm"
    ),
    Person => ("Full name", "Họ tên"),
    Address => ("Address", "Địa chỉ thư"),
    Service => ("Service", "Dịch vụ"),
    Events => ("Events", "Sự kiện"),
    Event => ("Event", "Sự kiện"),
    FirstSeen => ("First seen", "Lần đầu"),
    LastSeen => ("Last seen", "Lần cuối"),
    MessageCount => ("Messages", "Số thư"),
    Confidence => ("Confidence", "Độ tin cậy"),
    Status => ("Status", "Tình trạng"),
    Change => ("Change", "So với lần trước"),
    StatusViolation => ("Violation", "Vi phạm"),
    StatusAllowed => ("Allowed", "Được phép"),
    EvidenceHeading => ("Evidence", "Bằng chứng"),
    EvidenceShown => (
        "{shown} of {total} messages shown: the earliest and the latest.",
        "Hiển thị {shown} trên {total} thư: các thư sớm nhất và muộn nhất."
    ),
    Date => ("Date", "Ngày"),
    Subject => ("Subject", "Tiêu đề"),
    Sender => ("Sender", "Người gửi"),
    Authentication => ("Sender check", "Xác thực người gửi"),
    Location => ("Where", "Vị trí"),
    MessageNumber => ("message", "thư số"),
    ByteOffset => ("at byte", "tại byte"),
    PhishingExplain => (
        "Not a violation by the recipient: mail that imitates a service to steal a password or a code. Do not click its links or answer it; tell the IT staff.",
        "Không phải vi phạm của người nhận: đây là thư giả mạo dịch vụ nhằm lừa lấy mật khẩu hoặc mã xác nhận. Không bấm vào liên kết, không trả lời thư; báo cho cán bộ phụ trách công nghệ thông tin."
    ),
    Imitates => ("Imitates", "Giả mạo"),
    NoLongerSeenExplain => (
        "In the earlier audit but not in this one: the account may have been moved to another address or deleted, or this audit did not read that mailbox.",
        "Có trong lần rà soát trước nhưng không thấy trong lần này: tài khoản có thể đã chuyển sang địa chỉ khác hoặc đã bị xóa, hoặc lần này chưa quét hộp thư đó."
    ),
    OtherMailHeading => (
        "Invitations and newsletters (not violations)",
        "Lời mời và bản tin (không phải vi phạm)"
    ),
    Kind => ("Kind", "Loại thư"),
    Error => ("Error", "Lỗi"),
    Filter => ("Filter", "Lọc"),
    FilterPlaceholder => ("name, address, service…", "họ tên, địa chỉ, dịch vụ…"),
    AllUnits => ("All units", "Tất cả đơn vị"),
    ViolationsOnly => ("Violations only", "Chỉ hiện vi phạm"),
    RowsShown => ("rows shown:", "số dòng đang hiển thị:"),
    SortHint => ("Click a column heading to sort.", "Bấm vào tiêu đề cột để sắp xếp."),
    NoRowsMatch => ("No row matches the filter.", "Không có dòng nào khớp với bộ lọc."),
    TimesNote => (
        "Dates and times are Vietnam time (UTC+7).",
        "Ngày giờ tính theo giờ Việt Nam (UTC+7)."
    ),
    PrivacyNote => (
        "Codes and links in subjects are redacted; message bodies are not copied.",
        "Mã xác nhận và liên kết trong tiêu đề đã được che; nội dung thư không được sao chép."
    ),
    MadeBy => ("Made by", "Tạo bởi"),

    // Notices to people.
    NoticeTitle => ("NOTICE", "THÔNG BÁO"),
    NoticeSubject => (
        "Re: your official mailbox used to sign up for outside services",
        "V/v sử dụng thư công vụ để đăng ký dịch vụ bên ngoài"
    ),
    NoticeTo => ("To: {name} ({address})", "Kính gửi: Ông/Bà {name} ({address})"),
    NoticeToAddress => ("To: the holder of {address}", "Kính gửi: Chủ hộp thư {address}"),
    NoticeUnit => ("Unit: {unit}", "Đơn vị: {unit}"),
    NoticeIntro => (
        "An audit of official mailboxes found that your official address {address} was used to sign up for the services below. Official mailboxes must not be used to register with social networks, forums or other public websites.",
        "Qua rà soát hộp thư công vụ, địa chỉ thư công vụ {address} của Ông/Bà đã được dùng để đăng ký các dịch vụ dưới đây. Theo quy định, không được dùng thư công vụ để đăng ký mạng xã hội, diễn đàn và các trang công cộng."
    ),
    NoticeSince => ("since {date}", "từ ngày {date}"),
    NoticeLastSeen => ("last mail {date}", "thư gần nhất ngày {date}"),
    NoticeFirstMail => ("first mail: “{subject}”", "thư đầu tiên: “{subject}”"),
    NoticeActions => ("Please:", "Đề nghị Ông/Bà:"),
    NoticeChangeAccounts => (
        "Change the email address of each account above to a personal address, or delete the account if you no longer use it.",
        "Đổi địa chỉ email của từng tài khoản trên sang địa chỉ email cá nhân, hoặc xóa tài khoản nếu không còn sử dụng."
    ),
    NoticeChangePassword => (
        "Change the password of your official mailbox. The new password has at least 8 characters, with upper and lower case letters, a digit and a special character (such as ! @ # $ %), and is used for no other account.",
        "Đổi mật khẩu hộp thư công vụ. Mật khẩu mới dài ít nhất 8 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ví dụ ! @ # $ %), và không dùng cho bất kỳ tài khoản nào khác."
    ),
    NoticeNoBrowser => (
        "Never save the official mailbox password in a web browser.",
        "Không lưu mật khẩu hộp thư công vụ trên trình duyệt."
    ),
    NoticeReportBack => (
        "When done, please tell the IT staff of your unit.",
        "Sau khi thực hiện, đề nghị Ông/Bà báo lại cho cán bộ phụ trách công nghệ thông tin của đơn vị."
    ),
    NoticePhishing => (
        "Note: your mailbox also received mail imitating {services}. That was an attack on you, not a violation: do not click its links.",
        "Lưu ý: hộp thư của Ông/Bà còn nhận thư giả mạo {services}. Đó là thư lừa đảo nhằm vào Ông/Bà, không phải vi phạm: không bấm vào liên kết trong thư."
    ),
}

/// Puts `values` into the `{name}` holes of a translated template.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are rightly the same in both languages.
    const SAME_IN_BOTH: &[&str] = &["video"];

    #[test]
    fn every_text_is_translated() {
        for key in Text::ALL {
            let (en, vi) = key.pair();
            assert!(!en.trim().is_empty() && !vi.trim().is_empty(), "{key:?}");
            assert!(
                en != vi || SAME_IN_BOTH.contains(&en),
                "{key:?} untranslated"
            );
            // Placeholders must match, or a value would go missing.
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(en), holes(vi), "{key:?} placeholders");
        }
        for category in crate::Category::ALL {
            let (en, vi) = (Lang::En.category(category), Lang::Vi.category(category));
            assert!(en != vi || SAME_IN_BOTH.contains(&en), "{category:?}");
        }
        for event in EventKind::ALL {
            assert_ne!(Lang::En.event(event), Lang::Vi.event(event));
        }
    }
}
