//! Phishing aimed at official addresses: each trick and each sign of
//! deception, in English and Vietnamese, with the brand, the address
//! targeted and the signals expected. All mail here is invented.

use govmail_audit::{FindingKind, Signal, Verdict};

use crate::common::detector;

const TO: &str = "le.van.binh@sotttt.quangngai.gov.vn";

/// A mail with the given From, Subject, extra headers and HTML body.
fn mail(from: &str, subject: &str, extra: &str, html: &str) -> Vec<u8> {
    format!(
        "Received: from unknown (unknown [203.0.113.9]) by mail.quangngai.gov.vn (Postfix) with ESMTP id 1; Mon, 3 Mar 2025 09:00:00 +0700\r\n\
         From: {from}\r\nTo: {TO}\r\nSubject: {subject}\r\nDate: Mon, 3 Mar 2025 09:00:00 +0700\r\n\
         Message-ID: <x1@example.net>\r\n{extra}MIME-Version: 1.0\r\n\
         Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n"
    )
    .into_bytes()
}

/// The suspected-phishing finding's brand and signal tags, or a message.
fn phishing(verdict: &Verdict) -> (String, Vec<String>) {
    let finding = verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::SuspectedPhishing)
        .unwrap_or_else(|| panic!("no phishing finding in {verdict:?}"));
    assert_eq!(finding.address, TO);
    assert!(!finding.violation, "phishing is never a violation");
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::Account),
        "no account from phishing"
    );
    let tags = finding
        .signals
        .iter()
        .map(|s| {
            serde_json::to_value(s).unwrap()["signal"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    (finding.service.id.clone(), tags)
}

fn inspect(raw: &[u8]) -> Verdict {
    detector().inspect(raw)
}

#[test]
fn cyrillic_look_alikes_and_zero_width_characters_in_the_display_name() {
    // "Fаcebook" with a Cyrillic а; "Fa\u{200b}cebook" with a zero-width space.
    for from in [
        "\"F\u{0430}cebook\" <security@acc-alerts.example.com>",
        "\"Fa\u{200B}ce\u{200C}book\" <security@acc-alerts.example.com>",
    ] {
        let (brand, signals) = phishing(&inspect(&mail(
            from,
            "Someone tried to Iog in To Your Account, User lD",
            "",
            "<p>Secure your account now.</p>",
        )));
        assert_eq!(brand, "facebook");
        assert!(
            signals.contains(&"disguised_brand".to_string()),
            "{signals:?}"
        );
    }
}

#[test]
fn dotted_letters_and_digits_for_letters() {
    let (brand, signals) = phishing(&inspect(&mail(
        "F.e.d.E.x <moses@ship-track.example.shop>",
        "Please confirm the delivery",
        "",
        "<p>Your parcel is waiting.</p>",
    )));
    assert_eq!(brand, "fedex");
    assert!(signals.contains(&"disguised_brand".to_string()));
    let (brand, _) = phishing(&inspect(&mail(
        "Amaz0n Support <help@orders-help.example.com>",
        "Your order is on hold",
        "",
        "<p>Update your card.</p>",
    )));
    assert_eq!(brand, "amazon");
}

#[test]
fn vietnamese_public_bodies_written_from_outside_gov_vn() {
    let verdict = inspect(&mail(
        "=?UTF-8?B?VOG7lW5nIGPhu6VjIFRodeG6vw==?= <thongbao@thue-vn.example.top>",
        "=?UTF-8?B?VGjDtG5nIGLDoW8gaG/DoG4gdGh14bq/?=",
        "",
        "<p>Quý khách vui lòng truy cập đường dẫn để nhận hoàn thuế.</p>",
    ));
    let (brand, signals) = phishing(&verdict);
    assert_eq!(brand, "vn-tax");
    assert!(
        signals.contains(&"foreign_sender".to_string()),
        "{signals:?}"
    );
    // "Bảo hiểm xã hội" in the subject, from a free-mail box.
    let (brand, signals) = phishing(&inspect(&mail(
        "Nguyen Van A <nguyenvana.fake@gmail.com>",
        "Bảo hiểm xã hội: cập nhật thông tin VssID",
        "",
        "<p>Cập nhật tại <a href=\"https://bhxh-capnhat.example.top/\">baohiemxahoi.gov.vn</a></p>",
    )));
    assert_eq!(brand, "vn-social-insurance");
    assert!(
        signals.contains(&"deceptive_link".to_string()),
        "{signals:?}"
    );
}

#[test]
fn free_mail_senders_claiming_a_brand_are_phishing_not_personal_mail() {
    let (brand, signals) = phishing(&inspect(&mail(
        "Zalo Support <zalo.hotro.2025@gmail.com>",
        "Tài khoản Zalo của bạn sẽ bị khóa",
        "",
        "<p>Xác minh ngay để tránh bị khóa.</p>",
    )));
    assert_eq!(brand, "zalo");
    assert!(signals.contains(&"freemail_claims_brand".to_string()));
}

#[test]
fn look_alike_brand_bearing_and_free_hosting_domains() {
    let (brand, signals) = phishing(&inspect(&mail(
        "PayPal <service@paypa1.com>",
        "Your account is limited",
        "",
        "<p>Restore access.</p>",
    )));
    assert_eq!(brand, "paypal");
    assert!(
        signals.contains(&"lookalike_domain".to_string()),
        "{signals:?}"
    );
    let (brand, signals) = phishing(&inspect(&mail(
        "Security Center <alert@facebook-security-center.com>",
        "Action required",
        "",
        "<p>Review now.</p>",
    )));
    assert_eq!(brand, "facebook");
    assert!(signals.contains(&"brand_in_domain".to_string()));
    let (_, signals) = phishing(&inspect(&mail(
        "Microsoft 365 <noreply@mail-quota-42.firebaseapp.com>",
        "Hộp thư của bạn đã đầy",
        "",
        "<p>Nâng cấp dung lượng.</p>",
    )));
    assert!(signals.contains(&"free_hosting".to_string()));
}

#[test]
fn a_display_name_with_another_address_and_replies_elsewhere() {
    let (brand, signals) = phishing(&inspect(&mail(
        "\"Shopee security@shopee.vn\" <no-reply@promo-mailer.example.net>",
        "Đơn hàng của bạn bị hủy",
        "Reply-To: hoantien@refund-desk.example.org\r\n",
        "<p>Nhận hoàn tiền.</p>",
    )));
    assert_eq!(brand, "shopee");
    assert!(signals.contains(&"display_name_address".to_string()));
    assert!(signals.contains(&"reply_to_elsewhere".to_string()));
}

#[test]
fn a_brand_in_the_text_with_a_deceptive_link_and_no_account_wording() {
    let (brand, signals) = phishing(&inspect(&mail(
        "Document Center <docs@share-center.example.net>",
        "Shared file",
        "",
        "<p>A DocuSign document awaits you: \
         <a href=\"https://evil-docs.example.top/open\">www.docusign.net/documents</a></p>",
    )));
    assert_eq!(brand, "docusign");
    assert!(signals.contains(&"deceptive_link".to_string()));
}

#[test]
fn genuine_or_unclaimed_mail_is_not_phishing() {
    // A newsletter that mentions a brand in its text, with nothing deceptive.
    let verdict = inspect(&mail(
        "Tin Công Nghệ <news@tincongnghe.example.vn>",
        "Bản tin tuần",
        "",
        "<p>Google ra mắt điện thoại mới. Đọc thêm tại \
         <a href=\"https://tincongnghe.example.vn/a\">tincongnghe.example.vn</a></p>",
    ));
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::SuspectedPhishing),
        "{verdict:?}"
    );
    // A person's mail naming a brand in the subject only.
    let verdict = inspect(&mail(
        "Tran Thi B <tranthib.fake@gmail.com>",
        "Re: ảnh chụp Facebook hôm qua",
        "",
        "<p>Gửi anh ảnh.</p>",
    ));
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::SuspectedPhishing),
        "{verdict:?}"
    );
}

#[test]
fn signals_read_for_people() {
    let signal = Signal::DeceptiveLink {
        shown: "paypal.com".into(),
        target: "evil.example".into(),
    };
    assert_eq!(
        signal.to_string(),
        "a link shows paypal.com and leads to evil.example"
    );
}

#[test]
fn a_sender_without_a_real_domain_and_greek_look_alikes() {
    // "Công an" from an address with no domain suffix, in Vietnamese.
    let (brand, signals) = phishing(&inspect(&mail(
        "=?UTF-8?B?QuG7mSBDw7RuZyBhbg==?= <thongbao@congan>",
        "Giấy mời làm việc",
        "",
        "<p>Đề nghị ông/bà đến trụ sở làm việc.</p>",
    )));
    assert_eq!(brand, "vn-police");
    assert!(
        signals.contains(&"invalid_sender_domain".to_string()),
        "{signals:?}"
    );
    // "ΡayΡal" with Greek capital rho, in English.
    let (brand, signals) = phishing(&inspect(&mail(
        "\u{03a1}ay\u{03a1}al <service@billing-center.example.net>",
        "Receipt for your payment",
        "",
        "<p>You sent a payment.</p>",
    )));
    assert_eq!(brand, "paypal");
    assert!(signals.contains(&"disguised_brand".to_string()));
}

#[test]
fn failed_authentication_in_a_trusted_result_gives_a_brand_claim_away() {
    let (brand, signals) = phishing(&inspect(&mail(
        "DHL Express <tracking@dhl-delivery.example.com>",
        "Bưu kiện của bạn đang chờ phí hải quan",
        "Authentication-Results: mail.quangngai.gov.vn; dkim=fail header.d=dhl-delivery.example.com; spf=fail smtp.mailfrom=dhl-delivery.example.com; dmarc=fail header.from=dhl-delivery.example.com\r\n",
        "<p>Thanh toán phí để nhận hàng.</p>",
    )));
    assert_eq!(brand, "dhl");
    assert!(
        signals.contains(&"authentication_failed_for_brand".to_string()),
        "{signals:?}"
    );
}
