//! Event classification: service headers first, then the subject, then the
//! text, in English and Vietnamese. Patterns run on folded text (lowercase,
//! no diacritics; see [`crate::text::fold`]), so one pattern covers
//! "Xác nhận", "XÁC NHẬN", its NFD form and "Xac nhan".

use regex::Regex;

use crate::text::{constant_regex, fold};
use crate::verdict::EventKind;

/// Subject patterns, in the order they are tried: the first match wins.
/// Invitations come first so that "X invited you to join, confirm…" is not
/// taken for a sign-up.
const SUBJECT_RULES: &[(EventKind, &str)] = &[
    (
        EventKind::Invitation,
        r"\binvited you\b|\binvites you\b|\binvitation to (join|connect|collaborate|edit|view)\b|\bwants? to connect\b|\bwould like to connect\b|\bhas shared\b|\bshared\b.{0,80}\bwith you\b|\bshared (a|an|the) (file|folder|document|design|presentation|board|album)\b|\byou('ve| have) been invited\b|\bjoin (me|us|them|him|her) on\b|\bmoi ban\b|\bloi moi (ket noi|tham gia)\b|\bmuon ket noi\b|\bda chia se\b.*\bvoi ban\b",
    ),
    (
        EventKind::LoginCode,
        r"\b(verification|confirmation|security|login|log-in|sign[- ]?in|one[- ]time|access|authentication|2fa|otp) (code|pin)\b|\bis your [\w .-]{0,30}\bcode\b|\bcode is\b|^(sign|log) ?in to [\w.-]+$|\b(sign[- ]?in|login|magic) link\b|\bma (xac (nhan|minh|thuc)|bao mat|otp|dang nhap|kich hoat)\b|\bla ma [\w .-]{0,30}cua ban\b|\botp\b",
    ),
    (
        EventKind::PasswordReset,
        r"\b(reset|recover|change|forgot|new|set|create) (your |my |a )?password\b|\bpassword (reset|recovery|assistance|change|changed|help|request|updated)\b|\byour password (for|at|on|has)\b|\b(your|account|manager|login) password$|\b(dat lai|khoi phuc|thay doi|doi|quen|cap lai|lay lai|tao) mat khau\b|\bmat khau (moi|cua ban|da duoc)\b",
    ),
    (
        EventKind::SecurityAlert,
        r"\bnew (login|log-in|sign[- ]?in|device|browser|location)\b|\b(verify|confirm) [\w ]{0,20}(login|log-in|sign[- ]?in)\b|\b(login|sign[- ]?in) (attempt|from)\b|\b(account|tai khoan)\b.{0,40}\b(locked|suspended|disabled|bi khoa|tam khoa|vo hieu hoa)\b|\b(security|login|sign[- ]?in|account) (alert|notification|warning|notice)\b|\b(unusual|suspicious) (sign|log|activity)|\bsomeone (logged|signed|tried)\b|\bwas this you\b|\bsecurity (info|information|settings) (was |were |has been )?(changed|updated|added)\b|\b(canh bao|thong bao) bao mat\b|\bdang nhap (moi|tu|tren|bat thuong|la)\b|\bhoat dong dang nhap\b|\bthiet bi moi\b|\bbao mat tai khoan\b",
    ),
    (
        EventKind::EmailVerification,
        r"\b(verify|confirm|activate|validate) (your |the |this |my )?(new )?(email|e-mail|mail|account|address|registration|membership|sign[- ]?up)\b|\b(email|e-mail|account|address|registration|membership) (verification|confirmation|activation|validation)\b|\baction required to activate\b|\bplease (verify|confirm|activate)\b|\bxac (nhan|minh|thuc) (dia chi )?(email|e-mail|thu dien tu|tai khoan|dang ky)\b|\bkich hoat (tai khoan|thanh vien)\b|\bxac (minh|nhan|thuc) (ngay|thong tin)\b",
    ),
    (
        EventKind::AccountCreated,
        r"^welcome\b|\bwelcome (to|aboard|on)\b|\bthanks? (you )?for (signing up|joining|registering|creating)\b|\byour (new )?account (has been|was|is) (created|ready|registered|set up|activated|approved)\b|\bregistration (complete|completed|confirmed|successful)\b|\blogin details\b|\baccount details for\b|\bchao mung\b|\btai khoan .{0,40}da duoc (tao|kich hoat|dang ky)\b|\bdang ky (tai khoan |thanh vien )?thanh cong\b|\bcam on (ban )?da (dang ky|tham gia|tao tai khoan)\b",
    ),
    (
        EventKind::Transaction,
        r"\border (confirmation|confirmed|received|#|no\.?|number)|\byour ([\w.]+ )?order\b|\border .{0,30}(shipped|delivered|dispatched|cancelled)\b|\bhas shipped\b|\b(receipt|invoice) (for|from|#)|\byour (receipt|invoice|payment)\b|\b(your|payment|order|purchase)\b.{0,30}\breceipt\b|\bpayment (confirmation|received|receipt|successful)\b|\b(renewal|renew) (notice|reminder)\b|\bsubscription (renewed|renewal)\b|\bdon hang\b|\b(xac nhan|hoan tat) thanh toan\b|\bthanh toan thanh cong\b|\bhoa don\b|\bgiao hang thanh cong\b|\bbien lai\b|\b(renewal|purchase) order\b|\bconfirmation of\b.{0,40}\border\b",
    ),
    (
        EventKind::ActivityNotification,
        r"\bnew (reply|replies|message|messages|post|posts|thread|comment|comments|follower|followers|friend request|notification|notifications|mention|answer|answers|activity|connection)\b|\breplied to\b|\b(commented|replied) on\b|\bmentioned you\b|\btagged you\b|\bliked your\b|\bfollowed you\b|\bis now following you\b|\b(sent|wrote) you a message\b|\byou have \d+ (new |unread )?(notification|message|friend|follower)|\bnotifications? (digest|summary)\b|\b(daily|weekly) digest\b|\breply to (your|the) (post|thread|topic|comment|question)\b|^\[bug \d+\]|\btra loi moi\b|\bbinh luan (moi|ve|bai)\b|\bda binh luan\b|\bda tra loi\b|\bnhac den ban\b|\bgan the ban\b|\bthong bao moi\b|\btin nhan moi\b|\bda thich\b|\bdang theo doi ban\b|\bloi moi ket ban\b|\bchu de moi\b|\baccepted your (invitation|friend request|request)\b|\bda chap nhan loi moi\b|\byou have (a|an|\d+) (new )?\w+ waiting\b|\b(updat\w*|chang\w*|aktualisiert) (to )?(our |the |its |die )?(terms|user agreement|privacy policy|agb)\b|\bcap nhat (dieu khoan|chinh sach)\b",
    ),
];

/// Text patterns: stronger wording than the subject's, because page footers
/// ("Forgot your password?") must not classify a newsletter.
const BODY_RULES: &[(EventKind, &str)] = &[
    (
        EventKind::Invitation,
        r"\b(has|have) invited you to (join|connect|collaborate)\b|\bda moi ban tham gia\b",
    ),
    (
        EventKind::LoginCode,
        r"\b(your|the) (verification|confirmation|security|login|one-time) code (is|:)|\bma (xac nhan|xac minh|bao mat|otp|dang nhap)( cua ban)? (la|:)",
    ),
    (
        EventKind::PasswordReset,
        r"\b(to|can) reset your password\b|\brequested (a |to )?(password reset|reset your password|new password)\b|\byeu cau dat lai mat khau\b|\bde dat lai mat khau\b",
    ),
    (
        EventKind::SecurityAlert,
        r"\bwe noticed a new (login|sign-in)\b|\bnew (sign-in|login) (to|on|from) your\b|\bphat hien (mot )?(lan )?dang nhap\b",
    ),
    (
        EventKind::EmailVerification,
        r"\b(confirm|verify|activate) your (email|e-mail|account|address|registration)\b|\bxac (nhan|minh|thuc) (dia chi )?(email|e-mail)( cua ban)?\b|\bkich hoat tai khoan\b",
    ),
    (
        EventKind::AccountCreated,
        r"\b(thanks|thank you) for (signing up|joining|registering|creating an account)\b|\byour account (has been|was) (created|registered)\b|\bchao mung ban (den|toi|da|gia nhap)\b|\btai khoan cua ban da duoc tao\b|\bcam on ban da dang ky\b",
    ),
];

/// Replies and forwards are person-to-person mail.
const REPLY_PREFIX: &str =
    r"^(re|fw|fwd|tl|tr|aw|sv|vs|wg|rv|chuyen tiep|tra loi)\s*(\[\d+\])?\s*:";

/// Bounces, delivery reports, DMARC reports and auto-replies.
const AUTOMATED_SUBJECT: &str = r"^(auto(matic)? ?(reply|response)?:|out of office|tu dong tra loi|tra loi tu dong|undeliver(able|ed)|delivery (status notification|failure|has failed)|returned mail|mail delivery (failed|failure|subsystem)|failure notice|report domain:|dmarc (aggregate |failure )?report)";

/// A subject that is a newsletter's, not an account's, even when it says
/// "welcome".
const NEWSLETTER_SUBJECT: &str =
    r"\bnewsletter\b|\bban tin\b|\bmailing list\b|\bdigest of the week\b";

/// Marketing to a list, in a subject that names no account event.
const PROMOTION_SUBJECT: &str = r"\bnewsletter\b|\bban tin\b|\bsale\b|\b\d{1,2} ?% (off|giam)\b|\bgiam (gia|den|toi)\b|\bkhuyen mai\b|\buu dai\b|\bflash ?sale\b|\bdiscount\b";

/// Footers that say who a mail goes to: list subscribers, or members.
const SUBSCRIBERS_TEXT: &str = r"\b(you('re| are)? receiv\w+|you got) (this|these) .{0,80}\b(because|since) you .{0,40}\b(subscribed|signed up for (our|the|this) (newsletter|mailing list|updates)|opted in)|\bban (nhan|da nhan) (duoc )?(email|thu|ban tin|thong tin)( nay)? (vi|do) .{0,40}(dang ky nhan (tin|ban tin|thong tin)|dong y nhan)";
const MEMBERS_TEXT: &str = r"\b(you('re| are)? receiv\w+) (this|these) .{0,60}\b(because|since) you (have|created|registered|hold) (an|a|your) .{0,30}\baccount\b|\bban nhan duoc (email|thu) nay vi ban (da dang ky|co) tai khoan";

/// Who a mail says it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    /// The service's members or account holders.
    Members,
    /// Subscribers of a list.
    Subscribers,
}

/// Compiled classification rules, built once per detector.
#[derive(Debug)]
pub(crate) struct Rules {
    subject: Vec<(EventKind, Regex)>,
    body: Vec<(EventKind, Regex)>,
    reply_prefix: Regex,
    automated_subject: Regex,
    newsletter_subject: Regex,
    promotion_subject: Regex,
    subscribers_text: Regex,
    members_text: Regex,
}

impl Rules {
    pub(crate) fn new() -> Rules {
        let compile = |rules: &[(EventKind, &str)]| {
            rules
                .iter()
                .map(|(kind, pattern)| (*kind, constant_regex(pattern)))
                .collect()
        };
        Rules {
            subject: compile(SUBJECT_RULES),
            body: compile(BODY_RULES),
            reply_prefix: constant_regex(REPLY_PREFIX),
            automated_subject: constant_regex(AUTOMATED_SUBJECT),
            newsletter_subject: constant_regex(NEWSLETTER_SUBJECT),
            promotion_subject: constant_regex(PROMOTION_SUBJECT),
            subscribers_text: constant_regex(SUBSCRIBERS_TEXT),
            members_text: constant_regex(MEMBERS_TEXT),
        }
    }

    /// The event named by a folded subject.
    pub(crate) fn subject_event(&self, folded_subject: &str) -> Option<EventKind> {
        let Some(event) = first_match(&self.subject, folded_subject) else {
            return self
                .promotion_subject
                .is_match(folded_subject)
                .then_some(EventKind::Newsletter);
        };
        if event == EventKind::AccountCreated && self.newsletter_subject.is_match(folded_subject) {
            return Some(EventKind::Newsletter);
        }
        Some(event)
    }

    /// The event named by folded body text.
    pub(crate) fn body_event(&self, folded_text: &str) -> Option<EventKind> {
        first_match(&self.body, folded_text)
    }

    /// True when folded body text has the wording of `kind`.
    pub(crate) fn body_says(&self, kind: EventKind, folded_text: &str) -> bool {
        self.body
            .iter()
            .any(|(k, regex)| *k == kind && regex.is_match(folded_text))
    }

    /// True when a folded subject reads as marketing (a sale, a discount).
    pub(crate) fn is_promotional_subject(&self, folded_subject: &str) -> bool {
        self.promotion_subject.is_match(folded_subject)
    }

    /// Who folded text says the mail goes to, if it says.
    pub(crate) fn audience(&self, folded_text: &str) -> Option<Audience> {
        if self.members_text.is_match(folded_text) {
            Some(Audience::Members)
        } else if self.subscribers_text.is_match(folded_text) {
            Some(Audience::Subscribers)
        } else {
            None
        }
    }

    pub(crate) fn is_reply(&self, folded_subject: &str) -> bool {
        self.reply_prefix.is_match(folded_subject)
    }

    pub(crate) fn is_automated_subject(&self, folded_subject: &str) -> bool {
        self.automated_subject.is_match(folded_subject)
    }
}

fn first_match(rules: &[(EventKind, Regex)], text: &str) -> Option<EventKind> {
    rules
        .iter()
        .find(|(_, regex)| regex.is_match(text))
        .map(|(kind, _)| *kind)
}

/// Maps a service's mail-type name (`ig_verify_email_for_recovery`,
/// `INVITE-GUEST`, `email_password_reset_01` …) to an event.
pub(crate) fn type_event(type_name: &str) -> EventKind {
    let name = fold(&type_name.replace(['_', '-', '.'], " "));
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&["invit"]) {
        EventKind::Invitation
    } else if has(&["verify", "confirm", "contactpoint", "activation"]) {
        EventKind::EmailVerification
    } else if has(&["password", "recover", "reset", "pwd"]) {
        EventKind::PasswordReset
    } else if has(&["code", "otp", "2fa", "two factor", "login approval"]) {
        EventKind::LoginCode
    } else if has(&["login", "security", "checkpoint", "sign in", "signin"]) {
        EventKind::SecurityAlert
    } else if has(&["welcome", "nux", "registration", "new user", "signup"]) {
        EventKind::AccountCreated
    } else if has(&["promo", "marketing", "newsletter"]) {
        EventKind::Newsletter
    } else {
        EventKind::ActivityNotification
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(rules: &Rules, text: &str) -> Option<EventKind> {
        rules.subject_event(&fold(text))
    }

    #[test]
    fn every_pattern_compiles() {
        let rules = Rules::new();
        assert_eq!(rules.subject.len(), SUBJECT_RULES.len());
        assert_eq!(rules.body.len(), BODY_RULES.len());
    }

    #[test]
    fn subjects_in_english_and_vietnamese() {
        use EventKind::*;
        let rules = Rules::new();
        let cases = [
            ("123456 là mã xác nhận Facebook của bạn", Some(LoginCode)),
            (
                "FB-12345 is your Facebook confirmation code",
                Some(LoginCode),
            ),
            ("Your X confirmation code is 849-210", Some(LoginCode)),
            ("Mã bảo mật tài khoản Microsoft", Some(LoginCode)),
            ("Verify Email Address for Discord", Some(EmailVerification)),
            ("Xác nhận địa chỉ email của bạn", Some(EmailVerification)),
            ("Xac nhan dia chi email cua ban", Some(EmailVerification)),
            (
                "Action Required to Activate Membership for Board",
                Some(EmailVerification),
            ),
            ("Kích hoạt tài khoản Tinhte.vn", Some(EmailVerification)),
            ("Đặt lại mật khẩu", Some(PasswordReset)),
            ("Password Reset Request for Discord", Some(PasswordReset)),
            ("New login to Telegram", Some(SecurityAlert)),
            ("Cảnh báo bảo mật: đăng nhập mới", Some(SecurityAlert)),
            ("Welcome to Discord", Some(AccountCreated)),
            ("Chào mừng bạn đến với Zalo", Some(AccountCreated)),
            ("Welcome to our newsletter", Some(Newsletter)),
            (
                "Đơn hàng #250106 đã giao hàng thành công",
                Some(Transaction),
            ),
            ("Your Amazon.com order has shipped (#1)", Some(Transaction)),
            (
                "New reply to your thread \"Xe cũ\"",
                Some(ActivityNotification),
            ),
            (
                "Có trả lời mới trong chủ đề bạn theo dõi",
                Some(ActivityNotification),
            ),
            ("Bình wants to connect", Some(Invitation)),
            ("Dung shared \"Báo cáo quý IV\" with you", Some(Invitation)),
            (
                "Verify Discord Login from New Location",
                Some(SecurityAlert),
            ),
            (
                "Tài khoản Zalo của bạn sẽ bị khóa sau 24 giờ",
                Some(SecurityAlert),
            ),
            ("Sign in to Medium", Some(LoginCode)),
            ("Your Spotify Premium receipt", Some(Transaction)),
            ("Read receipt: hello", None),
            (
                "Nicolas has accepted your invitation to Gmail",
                Some(ActivityNotification),
            ),
            (
                "We're updating our Terms of Service",
                Some(ActivityNotification),
            ),
            (
                "Confirmation of example.com renewal order",
                Some(Transaction),
            ),
            (
                "Trần Thị Bình đã mời bạn tham gia Facebook",
                Some(Invitation),
            ),
            ("Lịch họp giao ban tuần 12", None),
            ("Báo cáo tổng kết năm", None),
        ];
        for (text, expected) in cases {
            assert_eq!(subject(&rules, text), expected, "{text}");
        }
    }

    #[test]
    fn replies_and_reports() {
        let rules = Rules::new();
        assert!(rules.is_reply(&fold("Re: Xác nhận lịch họp")));
        assert!(rules.is_reply(&fold("TL: báo cáo")));
        assert!(!rules.is_reply(&fold("Reset your password")));
        assert!(rules.is_automated_subject(&fold("Undeliverable: hello")));
        assert!(
            rules.is_automated_subject(&fold("Report Domain: example.com Submitter: google.com"))
        );
        assert!(rules.is_automated_subject(&fold("Trả lời tự động: nghỉ phép")));
    }

    #[test]
    fn body_wording() {
        let rules = Rules::new();
        assert_eq!(
            rules.body_event(&fold("Mã xác nhận của bạn là 123456")),
            Some(EventKind::LoginCode)
        );
        assert_eq!(
            rules.body_event(&fold("Please click below to confirm your email address.")),
            Some(EventKind::EmailVerification)
        );
        assert_eq!(
            rules.body_event(&fold("Forgot your password? Unsubscribe here.")),
            None
        );
    }

    #[test]
    fn service_type_names() {
        assert_eq!(
            type_event("ig_verify_email_for_recovery"),
            EventKind::EmailVerification
        );
        assert_eq!(type_event("INVITE-GUEST"), EventKind::Invitation);
        assert_eq!(
            type_event("engage_digest_email"),
            EventKind::ActivityNotification
        );
        assert_eq!(
            type_event("email_password_reset_01"),
            EventKind::PasswordReset
        );
        assert_eq!(type_event("login_alert"), EventKind::SecurityAlert);
    }
}
