//! A deterministic generator of realistic mailboxes for benchmarks: mostly
//! internal government mail in Vietnamese and English with PDF and Office
//! attachments, some newsletters, a few percent sign-up mails from many
//! services, with real-looking header chains (Received, DKIM, ARC,
//! Authentication-Results). Same seed, same bytes.

use std::io::{self, Write};

/// A small, fast, deterministic PRNG (SplitMix64).
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A size between `lo` and `hi`, uniform on a log scale.
    pub(crate) fn log_size(&mut self, lo: usize, hi: usize) -> usize {
        let (lo, hi) = ((lo as f64).ln(), (hi as f64).ln());
        let t = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (lo + (hi - lo) * t).exp() as usize
    }
}

const PEOPLE: &[&str] = &[
    "an.nguyen",
    "binh.tt",
    "chau.lm",
    "dung.pq",
    "ha.ht",
    "hai.vt",
    "khoa.bv",
    "lan.dn",
    "phuc.tv",
    "quan.lh",
    "son.nt",
    "thao.pt",
    "trang.ltt",
    "tuan.da",
    "vy.nh",
    "yen.hk",
];
const UNITS: &[&str] = &[
    "stttt.quangngai.gov.vn",
    "sxd.quangngai.gov.vn",
    "sotc.quangngai.gov.vn",
    "ubnd.quangngai.gov.vn",
    "quangngai.gov.vn",
    "snv.quangngai.gov.vn",
    "syt.quangngai.gov.vn",
];
const VI_SUBJECTS: &[&str] = &[
    "Báo cáo tình hình thực hiện nhiệm vụ tháng",
    "Lịch họp giao ban tuần",
    "Công văn về việc triển khai kế hoạch",
    "Góp ý dự thảo quyết định",
    "Thông báo kết luận cuộc họp",
    "Kế hoạch kiểm tra an toàn thông tin",
    "Đề nghị cung cấp số liệu thống kê",
    "Tờ trình phê duyệt dự toán",
];
const EN_SUBJECTS: &[&str] = &[
    "Quarterly report draft",
    "Meeting minutes",
    "Project schedule update",
    "Training materials",
    "Budget estimate for review",
];
const VI_TEXT: &str = "Kính gửi các đồng chí,\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc tăng cường bảo đảm an toàn thông tin mạng, đề nghị các phòng, ban chuyên môn rà soát, tổng hợp số liệu và báo cáo kết quả trước ngày 25 hằng tháng.\nTrân trọng cảm ơn sự phối hợp của các đồng chí.\n";
const EN_TEXT: &str = "Dear colleagues,\nPlease find attached the documents for review before the next meeting. Comments are welcome by the end of the week, and the final version will be circulated to all units.\nBest regards,\n";

/// (sending domain, display name, subjects that show an account)
const SERVICES: &[(&str, &str, &[&str])] = &[
    (
        "facebookmail.com",
        "Facebook",
        &[
            "123456 là mã xác nhận Facebook của bạn",
            "Confirm your email address",
        ],
    ),
    (
        "mail.instagram.com",
        "Instagram",
        &["612807 is your Instagram code"],
    ),
    (
        "account.tiktok.com",
        "TikTok",
        &["Mã xác minh TikTok của bạn là 493021"],
    ),
    ("x.com", "X", &["Your X confirmation code is 849-210"]),
    (
        "linkedin.com",
        "LinkedIn",
        &["Please confirm your email address"],
    ),
    (
        "discord.com",
        "Discord",
        &["Verify Email Address for Discord"],
    ),
    (
        "reddit.com",
        "Reddit",
        &["Verify your Reddit email address"],
    ),
    ("zalo.me", "Zalo", &["Chào mừng bạn đến với Zalo"]),
    (
        "mail.shopee.vn",
        "Shopee",
        &["Đơn hàng #250107KQ8M2T3V đã giao hàng thành công"],
    ),
    ("mail.lazada.vn", "Lazada", &["Xác nhận đơn hàng của bạn"]),
    ("tiki.vn", "Tiki", &["Xác nhận đơn hàng #TK123456"]),
    (
        "vnexpress.net",
        "VnExpress",
        &["Xác nhận địa chỉ email của bạn"],
    ),
    ("voz.vn", "VOZ", &["New reply to watched thread"]),
    ("tinhte.vn", "Tinh tế", &["Chào mừng bạn đến với Tinh tế"]),
    ("telegram.org", "Telegram", &["New login to Telegram"]),
    (
        "accounts.google.com",
        "Google",
        &[
            "Security alert",
            "G-943518 is your Google verification code",
        ],
    ),
    (
        "netflix.com",
        "Netflix",
        &["Đăng nhập mới vào tài khoản Netflix"],
    ),
    ("spotify.com", "Spotify", &["Reset your password"]),
    (
        "github.com",
        "GitHub",
        &["[GitHub] Please verify your email address."],
    ),
    ("quora.com", "Quora", &["Welcome to Quora"]),
];

const NEWSLETTERS: &[(&str, &str)] = &[
    ("news.example-shop.vn", "Khuyến mãi cuối tuần: giảm đến 50%"),
    (
        "mail.techweekly-asia.com",
        "Tech Weekly Asia: chips, cloud and open data",
    ),
    (
        "bantin.example-bao.vn",
        "Bản tin sáng: thời tiết miền Trung",
    ),
];

fn base64_lines(out: &mut Vec<u8>, rng: &mut Rng, bytes: usize) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let chars = bytes.div_ceil(3) * 4;
    let mut written = 0;
    while written < chars {
        let line = (chars - written).min(76);
        for _ in 0..line {
            out.push(ALPHABET[(rng.next() & 63) as usize]);
        }
        out.push(b'\n');
        written += line;
    }
}

fn encoded_word(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    // Base64 of UTF-8 in one encoded word.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = text.as_bytes();
    let mut out = String::from("=?UTF-8?B?");
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out.push_str("?=");
    out
}

fn header_chain(out: &mut Vec<u8>, rng: &mut Rng, from_domain: &str, to: &str, when: &str) {
    let id = rng.next();
    writeln!(out, "Return-Path: <bounce-{id:x}@{from_domain}>").ok();
    writeln!(out, "Delivered-To: {to}").ok();
    writeln!(out, "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d={from_domain} header.s=s1 header.b={:08x};\n\tspf=pass smtp.mailfrom={from_domain}; dmarc=pass header.from={from_domain}", id as u32).ok();
    writeln!(out, "Received: from mx1.quangngai.gov.vn (mx1.quangngai.gov.vn [10.10.1.5])\n\tby mail.quangngai.gov.vn (Postfix) with ESMTPS id {:X}\n\tfor <{to}>; {when}", id >> 20).ok();
    writeln!(out, "Received: from smtp-out.{from_domain} (smtp-out.{from_domain} [203.0.113.{}])\n\tby mx1.quangngai.gov.vn (Postfix) with ESMTPS id {:X}; {when}", id % 250, id >> 24).ok();
    writeln!(out, "ARC-Seal: i=1; a=rsa-sha256; t=1736151302; cv=none; d={from_domain}; s=arc;\n\tb={:016x}{:016x}{:016x}{:016x}", rng.next(), rng.next(), rng.next(), rng.next()).ok();
    writeln!(out, "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={from_domain}; s=arc;\n\th=from:to:subject:date:message-id; bh={:016x}{:016x}=;\n\tb={:016x}{:016x}{:016x}{:016x}", rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()).ok();
    writeln!(
        out,
        "ARC-Authentication-Results: i=1; {from_domain}; dkim=pass header.d={from_domain}"
    )
    .ok();
    writeln!(out, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={from_domain}; s=s1;\n\th=from:to:subject:date:message-id:mime-version; bh={:016x}{:016x}=;\n\tb={:016x}{:016x}{:016x}{:016x}{:016x}{:016x}", rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()).ok();
}

/// Writes one message (without the mbox From line). `kind` is 0 internal,
/// 1 newsletter, 2 sign-up.
pub(crate) fn message(rng: &mut Rng, kind: u8, target_size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(target_size + 4096);
    let to = format!("{}@{}", rng.pick(PEOPLE), rng.pick(UNITS));
    let day = 1 + rng.below(28);
    let when = format!(
        "Mon, {day} Jan 2025 0{}:{:02}:{:02} +0700",
        rng.below(10),
        rng.below(60),
        rng.below(60)
    );
    let vietnamese = rng.below(3) > 0;
    let boundary = format!("=_b{:x}", rng.next());
    let (from, from_domain, subject) = match kind {
        2 => {
            let (domain, name, subjects) = rng.pick(SERVICES);
            (
                format!("{name} <no-reply@{domain}>"),
                domain.to_string(),
                rng.pick(subjects).to_string(),
            )
        }
        1 => {
            let (domain, subject) = rng.pick(NEWSLETTERS);
            (
                format!("Ban tin <news@{domain}>"),
                domain.to_string(),
                subject.to_string(),
            )
        }
        _ => {
            let unit = rng.pick(UNITS);
            let subject = if vietnamese {
                rng.pick(VI_SUBJECTS)
            } else {
                rng.pick(EN_SUBJECTS)
            };
            (
                format!("{}@{unit}", rng.pick(PEOPLE)),
                unit.to_string(),
                subject.to_string(),
            )
        }
    };
    header_chain(&mut out, rng, &from_domain, &to, &when);
    writeln!(
        out,
        "Date: {when}\nFrom: {from}\nTo: {to}\nSubject: {}",
        encoded_word(&subject)
    )
    .ok();
    writeln!(
        out,
        "Message-ID: <{:x}.{:x}@{from_domain}>\nMIME-Version: 1.0",
        rng.next(),
        rng.next()
    )
    .ok();
    if kind == 1 {
        writeln!(out, "List-Unsubscribe: <https://{from_domain}/u/{:x}>, <mailto:unsub@{from_domain}>\nList-Id: <news.{from_domain}>\nPrecedence: bulk", rng.next()).ok();
    }
    writeln!(
        out,
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\n"
    )
    .ok();
    let text = if vietnamese { VI_TEXT } else { EN_TEXT };
    writeln!(
        out,
        "--{boundary}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"
    )
    .ok();
    let text_size = if kind == 1 {
        20_000
    } else {
        600 + (rng.below(4) as usize) * 600
    };
    while out.len() < text_size + 2000 {
        out.extend_from_slice(text.as_bytes());
    }
    if kind == 1 {
        writeln!(
            out,
            "\n--{boundary}\nContent-Type: text/html; charset=UTF-8\n"
        )
        .ok();
        let html_start = out.len();
        while out.len() - html_start < 30_000 {
            out.extend_from_slice(b"<table><tr><td style=\"padding:8px\"><a href=\"https://example.com/p\">San pham giam gia</a></td></tr></table>\n");
        }
    }
    while out.len() + 200 < target_size {
        let (ctype, ext) = *rng.pick(&[
            ("application/pdf", "pdf"),
            (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx",
            ),
            (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
            ),
        ]);
        let remaining = (target_size - out.len()) * 3 / 4;
        writeln!(out, "\n--{boundary}\nContent-Type: {ctype}; name=\"tai-lieu-{}.{ext}\"\nContent-Disposition: attachment; filename=\"tai-lieu.{ext}\"\nContent-Transfer-Encoding: base64\n", rng.below(1000)).ok();
        base64_lines(&mut out, rng, remaining);
    }
    writeln!(out, "\n--{boundary}--").ok();
    out
}

/// Writes an mbox of about `total_bytes` to `out`; returns the number of
/// messages. `small` makes every message about 4 KB.
pub(crate) fn write_mbox(
    out: &mut impl Write,
    seed: u64,
    total_bytes: u64,
    small: bool,
) -> io::Result<u64> {
    let mut rng = Rng::new(seed);
    let (mut written, mut count) = (0u64, 0u64);
    while written < total_bytes {
        let roll = rng.below(1000);
        let kind = if roll < 40 {
            2
        } else if roll < 120 {
            1
        } else {
            0
        };
        let size = if small {
            4096
        } else {
            match rng.below(1000) {
                0..700 => rng.log_size(2_000, 30_000),
                700..950 => rng.log_size(30_000, 500_000),
                950..995 => rng.log_size(500_000, 3_000_000),
                _ => rng.log_size(3_000_000, 10_000_000),
            }
        };
        let message = message(&mut rng, kind, size);
        let line = format!(
            "From MAILER-DAEMON Mon Jan  6 08:15:{:02} 2025\n",
            count % 60
        );
        out.write_all(line.as_bytes())?;
        out.write_all(&message)?;
        out.write_all(b"\n")?;
        written += (line.len() + message.len() + 1) as u64;
        count += 1;
    }
    Ok(count)
}
