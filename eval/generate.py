#!/usr/bin/env python3
"""Writes the evaluation set: eval/mail/<split>/<nnnn>-<slug>.eml and eval/labels.json.

Standard library only, deterministic (fixed seed, stable order): running it
twice gives byte-identical files. See eval/README.md for what the set is.

    python3 eval/generate.py            # rewrite eval/mail and eval/labels.json
    python3 eval/generate.py --check    # exit 1 when the committed set differs

Every message is modelled on what the service really sends: its real sending
domain and DKIM signing domain, the relay it uses with that relay's bounce
(Return-Path) format, list headers on transactional mail, and an
Authentication-Results header written by the receiving government server.
Official addresses are invented people under *.gov.vn units.
"""

from __future__ import annotations

import base64
import html
import html.entities
import json
import quopri
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20250808
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------
# Official recipients (invented people and unit mailboxes). Dev and holdout
# use different people, so nothing in the holdout is tuned to a dev name.
# --------------------------------------------------------------------------

OFFICIALS = {
    "dev": [
        ("Nguyễn Văn An", "nguyen.van.an@sxd.quangngai.gov.vn"),
        ("Trần Thị Bích", "tran.thi.bich@stttt.quangngai.gov.vn"),
        ("Lê Minh Khoa", "le.minh.khoa@snv.quangngai.gov.vn"),
        ("Phạm Thu Hà", "pham.thu.ha@sgtvt.quangngai.gov.vn"),
        ("Võ Quốc Bảo", "vo.quoc.bao@binhson.quangngai.gov.vn"),
        ("Hoàng Anh Tuấn", "hoang.anh.tuan@skhdt.quangngai.gov.vn"),
        ("Đặng Thị Mai", "dang.thi.mai@syt.quangngai.gov.vn"),
        ("Phòng Kỹ thuật", "ktxd@sxd.quangngai.gov.vn"),
        ("Bùi Văn Hùng", "bui.van.hung@mic.gov.vn"),
        ("Đinh Thị Thảo", "dinhthao@stc.quangngai.gov.vn"),
    ],
    "holdout": [
        ("Đỗ Thành Tâm", "do.thanh.tam@stnmt.quangngai.gov.vn"),
        ("Ngô Thị Lan", "ngo.thi.lan@sgddt.quangngai.gov.vn"),
        ("Huỳnh Văn Lộc", "huynhvanloc@sotp.quangngai.gov.vn"),
        ("Cao Minh Trí", "cao.minh.tri@moet.gov.vn"),
        ("Trương Thị Ngọc", "truongngoc@danang.gov.vn"),
        ("Lâm Quang Vinh", "lam.quang.vinh@sldtbxh.quangngai.gov.vn"),
        ("Văn thư", "vanthu@ducpho.quangngai.gov.vn"),
    ],
    # The fresh split: people and units seen nowhere else, partly outside Quang Ngai.
    "fresh": [
        ("Phan Văn Thắng", "phan.van.thang@snn.quangngai.gov.vn"),
        ("Lương Thị Hồng", "luongthihong@sct.binhdinh.gov.vn"),
        ("Tạ Minh Đức", "ta.minh.duc@hanoi.gov.vn"),
        ("Châu Ngọc Hân", "chau.ngoc.han@sotttt.thuathienhue.gov.vn"),
        ("Kiều Văn Phúc", "kieuvanphuc@mpi.gov.vn"),
        ("Mai Thị Thu", "mai.thi.thu@sonha.quangngai.gov.vn"),
        ("Tổ Một cửa", "motcua@lyson.quangngai.gov.vn"),
        ("Quách Gia Huy", "quach.gia.huy@stnmt.quangnam.gov.vn"),
    ],
}

# Personal mailboxes (not official) used by forward traps and person-to-person mail.
PERSONAL = [
    "nguyenvanan.qn@gmail.com",
    "tranbich1988@gmail.com",
    "dothanhtam.vn@yahoo.com",
    "ngolan.gv@outlook.com",
    "lequockhanh92@gmail.com",
]

# Personal mailboxes of the fresh split.
PERSONAL_FRESH = [
    "phanthang.nn@gmail.com",
    "hongluong.bd@yahoo.com.vn",
    "taminhduc1990@outlook.com",
    "hanchau.hue@gmail.com",
]


# --------------------------------------------------------------------------
# Deterministic helpers
# --------------------------------------------------------------------------


class Gen:
    """One seeded random source; every id and date comes from it."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, upper: bool = True) -> str:
        chars = "abcdefghijklmnopqrstuvwxyz0123456789"
        if upper:
            chars += "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "".join(self.rng.choice(chars) for _ in range(n))

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(
            self.rng.choice("0123456789") for _ in range(n - 1)
        )

    def b64(self, n: int) -> str:
        raw = bytes(self.rng.randrange(256) for _ in range(n))
        return base64.b64encode(raw).decode()

    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def date(self) -> tuple[str, int]:
        """An RFC 5322 date in 2024-2025 and its unix time."""
        import datetime as dt

        start = dt.datetime(2024, 1, 3, tzinfo=dt.timezone.utc)
        t = start + dt.timedelta(seconds=self.rng.randrange(0, 700 * 86400))
        offset = self.rng.choice([0, 0, 7, 7, 7, -7, 8])
        local = t.astimezone(dt.timezone(dt.timedelta(hours=offset)))
        sign = "+" if offset >= 0 else "-"
        text = local.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{abs(offset):02d}00"
        # Drop a leading zero of the day now and then, as many MTAs do.
        if self.rng.random() < 0.5:
            text = text.replace(", 0", ", ", 1)
        return text, int(t.timestamp())


G = Gen(SEED)

# --------------------------------------------------------------------------
# Text transforms: Vietnamese forms, HTML entities, encodings
# --------------------------------------------------------------------------


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def vi_form(text: str, form: str) -> str:
    if form == "ascii":
        return strip_diacritics(text)
    if form == "nfd":
        return unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", text)


def ckeditor_entities(text: str) -> str:
    """Non-ASCII characters as CKEditor writes them: named entities where HTML 4
    has one (&aacute; &agrave; &ecirc; ...), numeric references otherwise."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in html.entities.codepoint2name:
            out.append("&" + html.entities.codepoint2name[cp] + ";")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


def encode_word_b(text: str) -> str:
    """RFC 2047 B encoding, split on character boundaries into 45-byte words."""
    words, chunk = [], b""
    for ch in text:
        b = ch.encode()
        if len(chunk) + len(b) > 45:
            words.append(chunk)
            chunk = b""
        chunk += b
    if chunk:
        words.append(chunk)
    return "\r\n ".join(f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words)


def encode_word_q(text: str) -> str:
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
    words, cur = [], ""
    for ch in text:
        if ch == " ":
            enc = "_"
        elif ch in safe:
            enc = ch
        else:
            enc = "".join(f"={b:02X}" for b in ch.encode())
        if len(cur) + len(enc) > 60:
            words.append(cur)
            cur = ""
        cur += enc
    if cur:
        words.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def encode_header_text(text: str, how: str) -> str:
    if all(ord(c) < 128 for c in text) and how != "force-b":
        return text
    if how == "q":
        return encode_word_q(text)
    return encode_word_b(text)


def display(name: str, addr: str, how: str = "b") -> str:
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{encode_header_text(name, how)} <{addr}>"


def fold(name: str, value: str) -> str:
    """Folds a long header value at spaces (RFC 5322 2.2.3)."""
    line = f"{name}: "
    out, cur = [], line
    for word in value.split(" "):
        if len(cur) + len(word) + 1 > 76 and cur.strip() and cur != line:
            out.append(cur.rstrip())
            cur = "\t" + word + " "
        else:
            cur += word + " "
    out.append(cur.rstrip())
    return "\r\n".join(out)


def body_bytes(text: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode()
    if cte == "base64":
        enc = base64.encodebytes(raw).decode().replace("\n", "\r\n")
        return enc.encode()
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        # quopri escapes the CR of CRLF pairs; keep real line breaks.
        return enc.replace(b"=0D\r\n", b"\r\n")
    return raw


def html_page(paragraphs: list[str], title: str, footer: str, entities: bool, pad_rows: int = 0) -> str:
    esc = (lambda s: ckeditor_entities(html.escape(s, quote=False))) if entities else (
        lambda s: html.escape(s, quote=False)
    )
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
        f"<title>{esc(title)}</title></head>",
        '<body style="margin:0;padding:0;background:#f4f4f4">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
        '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif">',
    ]
    for p in paragraphs:
        if p.startswith("[button]"):
            label = p[len("[button]"):]
            parts.append(
                '<tr><td style="padding:12px 24px"><a href="https://example.invalid/x" '
                'style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none">'
                f"{esc(label)}</a></td></tr>"
            )
        elif p.startswith("[big]"):
            parts.append(
                '<tr><td style="padding:12px 24px;font-size:28px;letter-spacing:4px"><b>'
                f"{esc(p[len('[big]'):])}</b></td></tr>"
            )
        else:
            parts.append(f'<tr><td style="padding:8px 24px;font-size:14px">{esc(p)}</td></tr>')
    for row in range(pad_rows):
        # Large order and booking mails: a long table of items with inline styles.
        parts.append(
            '<tr><td style="padding:4px 24px;font-size:13px;border-bottom:1px solid #eee">'
            f'<img src="https://example.invalid/i/{row}.jpg" width="48" height="48" alt="" style="vertical-align:middle"> '
            f"{esc('Sản phẩm')} #{row + 1} &middot; x1 &middot; {(row * 7919) % 900 + 100}.000&#8363;</td></tr>"
        )
    parts.append(
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{esc(footer)}</td></tr>'
    )
    parts.append("</table></td></tr></table></body></html>")
    return "\n".join(parts) + "\n"


def text_page(paragraphs: list[str], footer: str) -> str:
    out = []
    for p in paragraphs:
        if p.startswith("[button]"):
            out.append(p[len("[button]"):] + ": https://example.invalid/x")
        elif p.startswith("[big]"):
            out.append("    " + p[len("[big]"):])
        else:
            out.append(p)
    out.append("")
    out.append(footer)
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Services and relays
# --------------------------------------------------------------------------


@dataclass
class Svc:
    """A real service: display name, sending address, DKIM d=, registrable domain."""

    name: str
    sender: str  # From address
    domain: str  # registrable domain of the service (label service_domain)
    display: str = ""  # From display name (defaults to name)
    dkim: str = ""  # DKIM d= (defaults to the From domain's registrable domain)
    relay: str = ""  # ses, ses-custom, sendgrid, mailgun, mailchimp, mandrill, sparkpost, postmark, brevo
    mta: str = ""  # outbound host when sent directly


def from_domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def relay_parts(svc: Svc, rcpt: str, kind: str) -> dict:
    """Return-Path, outbound host/ip, extra headers and Message-ID for a relay."""
    local, rdom = rcpt.split("@")
    fdom = from_domain(svc.sender)
    base = reg(fdom)
    r: dict = {"extra": [], "dkim_extra": []}
    if kind in ("ses", "ses-custom"):
        mid = f"0100018{G.hexs(1)}{G.hexs(8)}-{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}-000000"
        host = "amazonses.com" if kind == "ses" else f"mail.{base}"
        r["return_path"] = f"{mid}@{host}"
        n = G.randint(10, 250)
        r["host"] = f"a48-{n}.smtp-out.amazonses.com"
        r["ip"] = f"54.240.48.{n}"
        r["message_id"] = f"{mid}@email.amazonses.com"
        r["spf_domain"] = host
        r["dkim_extra"] = ["amazonses.com"]
        r["extra"].append(f"Feedback-ID: ::1.us-east-1.{G.alnum(43)}=:AmazonSES")
        r["extra"].append("X-SES-Outgoing: 2025.01.14-54.240.48." + str(n))
    elif kind == "sendgrid":
        uid = G.digits(8)
        em = f"em{G.randint(100, 9999)}.{base}"
        r["return_path"] = f"bounces+{uid}-{G.hexs(4)}-{local}={rdom}@{em}"
        r["host"] = f"o{G.randint(1, 9)}.ptr{G.randint(1000, 9999)}.{base}"
        r["ip"] = f"149.72.{G.randint(1, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.alnum(22)}@geopod-ismtpd-{G.randint(1, 40)}"
        r["spf_domain"] = em
        r["dkim_extra"] = ["sendgrid.info"]
        r["extra"].append(f"X-SG-EID: u001.{G.alnum(60)}")
        r["extra"].append(f"X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3Bv{G.alnum(40)}")
    elif kind == "mailgun":
        mg = f"mg.{base}"
        r["return_path"] = f"bounce+{G.hexs(6)}.{G.hexs(6)}-{local}={rdom}@{mg}"
        r["host"] = f"m{G.randint(40, 49)}-{G.randint(100, 250)}.mailgun.net"
        r["ip"] = f"159.135.{G.randint(200, 240)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.digits(14)}.{G.hexs(16)}@{mg}"
        r["spf_domain"] = mg
        r["dkim_extra"] = []
        r["extra"].append(f"X-Mailgun-Sid: {G.alnum(40)}")
        r["extra"].append(f"X-Mailgun-Tag: {G.choice(['transactional', 'account', 'notify'])}")
    elif kind == "mailchimp":
        user = G.hexs(25)
        camp = G.hexs(10)
        rid = G.hexs(10)
        n = G.randint(10, 240)
        host = f"mail{n}.atl{G.randint(11, 281)}.mcsv.net"
        r["return_path"] = f"bounce-mc.us{G.randint(2, 21)}_{G.digits(8)}.{G.digits(7)}-{local}={rdom}@{host}"
        r["host"] = host
        r["ip"] = f"198.2.{G.randint(128, 191)}.{n}"
        r["message_id"] = f"{user}.{rid}.{G.digits(14)}.{camp}.{G.hexs(8)}@{host}"
        r["spf_domain"] = host
        r["dkim_extra"] = ["mcsv.net"]
        r["extra"] += [
            f"X-MC-User: {user}",
            f"X-Campaign: mailchimp{user}.{camp}",
            f"X-Mailer: Mailchimp Mailer - **CID{camp}{rid}**",
            f"Feedback-ID: {G.digits(9)}:{G.digits(9)}.{G.digits(7)}:us{G.randint(2, 21)}:mc",
        ]
        r["list_id"] = f"{user}mc list <{user}.{G.digits(7)}.list-id.mcsv.net>"
    elif kind == "mandrill":
        n = G.randint(10, 240)
        host = f"mail{n}.atl{G.randint(11, 181)}.mandrillapp.com"
        r["return_path"] = f"bounce-md_{G.digits(8)}.{G.hexs(8)}.v1-{G.hexs(32)}@{host}"
        r["host"] = host
        r["ip"] = f"198.2.{G.randint(128, 191)}.{n}"
        r["message_id"] = f"{G.hexs(32)}@mandrillapp.com"
        r["spf_domain"] = host
        r["dkim_extra"] = ["mandrillapp.com"]
        r["extra"] += [f"X-Mandrill-User: md_{G.digits(8)}", f"X-MC-User: {G.hexs(25)}"]
    elif kind == "sparkpost":
        bdom = G.choice(["sparkpostmail1.com", f"bounce.{base}"])
        r["return_path"] = f"msprvs1={G.alnum(14)}=bounces-{G.digits(6)}@{bdom}"
        r["host"] = f"mta-{G.randint(10, 99)}-{G.randint(100, 250)}.sparkpostmail.com"
        r["ip"] = f"192.174.{G.randint(80, 95)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(8)}.{G.hexs(8)}.{G.hexs(4)}@mail.{base}"
        r["spf_domain"] = bdom
        r["dkim_extra"] = []
        r["extra"].append(f"X-MSFBL: {G.b64(60)}")
    elif kind == "postmark":
        r["return_path"] = f"pm_bounces@pm-bounces.{base}"
        r["host"] = f"sc-ord-mta{G.randint(100, 120)}.mtasv.net"
        r["ip"] = f"50.31.156.{G.randint(1, 250)}"
        pm = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}"
        r["message_id"] = f"{pm}@mtasv.net"
        r["spf_domain"] = f"pm-bounces.{base}"
        r["dkim_extra"] = ["pm.mtasv.net"]
        r["extra"].append(f"X-PM-Message-Id: {pm}")
        r["extra"].append("X-PM-RCPT: |bTB8NDk3NjV8MTA4NDY2fG5ndXllbg==|")
    elif kind == "brevo":
        r["return_path"] = f"bounces-{G.digits(6)}-{G.hexs(8)}@sib-mail.com"
        r["host"] = f"s{G.randint(1, 60)}.mta.sendinblue.com"
        r["ip"] = f"77.32.{G.randint(128, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(12)}.{G.hexs(12)}@smtp-relay.mailin.fr"
        r["spf_domain"] = "sib-mail.com"
        r["dkim_extra"] = ["sendinblue.com"]
        r["extra"] += [f"X-Mailin-EID: {G.b64(27)}", f"X-sib-id: {G.alnum(40)}"]
    elif kind == "mailjet":
        r["return_path"] = f"{G.hexs(8)}.{G.alnum(22)}@bnc3.mailjet.com"
        r["host"] = f"o{G.randint(1, 9)}.p{G.randint(10, 30)}.mailjet.com"
        r["ip"] = f"87.253.{G.randint(232, 239)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(8)}.{G.hexs(4)}.{G.digits(6)}@mailjet.com"
        r["spf_domain"] = "bnc3.mailjet.com"
        r["dkim_extra"] = ["mailjet.com"]
        r["extra"] += [f"X-MJ-Mid: {G.b64(30)}", f"X-CSA-Complaints: csa-complaints@eco.de",
                       f"X-Mailjet-Campaign: {G.digits(7)}"]
    elif kind == "resend":
        # Resend sends through Amazon SES with a custom MAIL FROM at send.<domain>.
        mid = f"0100019{G.hexs(1)}{G.hexs(8)}-{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}-000000"
        n = G.randint(10, 250)
        r["return_path"] = f"{mid}@send.{base}"
        r["host"] = f"a8-{n}.smtp-out.amazonses.com"
        r["ip"] = f"54.240.8.{n}"
        r["message_id"] = f"{mid}@email.amazonses.com"
        r["spf_domain"] = f"send.{base}"
        r["dkim_extra"] = ["amazonses.com"]
        r["extra"].append(f"Feedback-ID: ::1.us-east-1.{G.alnum(43)}=:AmazonSES")
    else:  # sent directly by the service
        host = svc.mta or f"mail-{G.alnum(6, False)}.{fdom}"
        r["return_path"] = svc.sender if G.randint(0, 2) else f"bounce@{fdom}"
        r["host"] = host
        r["ip"] = f"{G.choice(['66.220', '69.171', '103.53', '203.162', '52.95', '13.228'])}.{G.randint(1, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(16)}.{G.digits(10)}@{fdom}"
        r["spf_domain"] = fdom
        r["dkim_extra"] = []
    return r


def dkim_header(d: str, selector: str, ts: int) -> str:
    return fold(
        "DKIM-Signature",
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={selector}; t={ts}; "
        "h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type; "
        f"bh={G.b64(32)}; b={G.b64(96)}",
    )


def authserv_for(rcpt: str, split: str) -> str:
    dom = rcpt.split("@")[1]
    if split == "fresh":
        # Receiving servers named in none of the other splits.
        if dom.endswith("quangngai.gov.vn"):
            return "mx2.quangngai.gov.vn"
        if dom.count(".") >= 3:
            return "smtp-in." + dom
        return "mailgw." + dom
    if dom.endswith("quangngai.gov.vn"):
        if split == "holdout" and dom != "quangngai.gov.vn":
            return "mx." + dom
        return "mail.quangngai.gov.vn"
    return "mail." + dom


# --------------------------------------------------------------------------
# The message model
# --------------------------------------------------------------------------


@dataclass
class Spec:
    svc: Svc
    expect: str  # account | none | phishing | weak
    cause: str
    event: str
    lang: str
    subject: str
    paragraphs: list[str]
    reason: str
    split: str = "dev"
    form: str = "auto"  # text | html | html+text | ckeditor
    cte: str = "auto"  # 8bit | quoted-printable | base64
    subj_enc: str = "auto"  # b | q (only when non-ASCII)
    vi: str = "auto"  # nfc | ascii | nfd
    list_headers: bool | None = None
    auth: str = "pass"  # pass | dkim-fail | dmarc-fail | none | spoof-pass
    extra_headers: list[str] = field(default_factory=list)
    to_header: str | None = None  # override To: (e.g. undisclosed-recipients)
    rcpt: str = ""  # the official address (set by expand)
    rcpt_name: str = ""
    recipients: list[str] | None = None  # label recipients (default [rcpt])
    owner: str | None = None
    address: str | None = None  # label address (default rcpt)
    return_path: str | None = None  # override the relay's bounce address
    envelope_to: str | None = None  # the address the gov server delivered to
    resent: list[str] = field(default_factory=list)
    forward: dict | None = None  # gmail auto-forward: {"from": personal, "to": official}
    spam: str | None = None  # X-Spam-Status score when the gov filter flagged it
    footer: str = ""
    traits: list[str] = field(default_factory=list)
    slug: str = ""
    verp: str = ""  # xenforo | discourse | hashed
    resend: bool = False  # re-sent by the official holder to a colleague
    batv: bool = False  # BATV return path of a government sender
    bounce: bool = False  # a delivery status notification
    gmail_forward: bool = False  # auto-forwarded from a personal Gmail
    personal_resend: bool = False  # Resent-* from a personal mailbox
    imitation: bool = False  # phishing
    pad_rows: int = 0  # product rows that make a large HTML body
    srs: str = ""  # "alias": SRS forward from a non-official alias; "official": gov server forward A -> B
    dsn_rcpt: str = "support@shopee.vn"  # the failed recipient named by a bounce
    dsn_subject: str = (  # the bounced message's subject, as its header carried it
        "=?UTF-8?Q?Y=C3=AAu_c=E1=BA=A7u_h=E1=BB=97_tr=E1=BB=A3_=C4=91=E1=BA=B7t_l=E1=BA=A1i_m=E1=BA=ADt_kh=E1=BA=A9u?="
    )


def build(spec: Spec) -> bytes:
    svc = spec.svc
    rcpt = spec.envelope_to or spec.rcpt
    date, ts = G.date()
    rp = relay_parts(svc, spec.rcpt, svc.relay)
    fdom = from_domain(svc.sender)
    dkim_d = svc.dkim or reg(fdom)
    authserv = authserv_for(spec.forward["to"] if spec.forward else rcpt, spec.split)
    subject = vi_form(spec.subject, spec.vi) if spec.lang == "vi" else spec.subject
    paras = [vi_form(p, spec.vi) if spec.lang == "vi" else p for p in spec.paragraphs]
    footer = spec.footer or default_footer(svc, spec)
    footer = vi_form(footer, spec.vi) if spec.lang == "vi" else footer
    return_path = "" if spec.bounce else (spec.return_path or rp["return_path"])
    qid = G.alnum(12)
    lines: list[str] = []

    if spec.forward:
        # Gmail auto-forward: the personal mailbox forwards into the official one.
        personal = spec.forward["from"]
        target = spec.forward["to"]
        plocal, pdom = personal.split("@")
        tlocal, tdom = target.split("@")
        lines.append(f"Return-Path: <{plocal}+caf_={tlocal}={tdom}@{pdom}>")
        lines.append(f"Delivered-To: {target}")
        lines.append(
            f"Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {qid}\r\n\tfor <{target}>; {date}"
        )
        lines.append(
            fold(
                "Authentication-Results",
                f"{authserv}; dkim=pass header.d={dkim_d} header.s=s1; "
                f"spf=pass smtp.mailfrom={pdom}; dmarc=pass (p=REJECT dis=NONE) header.from={reg(fdom)}; "
                f"arc=pass (i=1 spf=pass dkim=pass dmarc=pass fromdomain={reg(fdom)})",
            )
        )
        lines.append(f"X-Forwarded-To: {target}")
        lines.append(f"X-Forwarded-For: {personal} {target}")
        lines.append(f"Delivered-To: {personal}")
        lines.append(
            f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
            f"\tby mx.google.com with ESMTPS id {G.alnum(10, False)}.{G.digits(3)}\r\n\tfor <{personal}>; {date}"
        )
    else:
        lines.append(f"Return-Path: <{return_path}>")
        lines.append(f"Delivered-To: {rcpt}")
        lines.append(
            f"Received: from {authserv} (localhost [127.0.0.1])\r\n"
            f"\tby {authserv} (Postfix) with ESMTP id {G.alnum(11)}\r\n\tfor <{rcpt}>; {date}"
        )
        if spec.spam:
            lines.append(
                f"X-Spam-Flag: YES\r\nX-Spam-Score: {spec.spam}\r\nX-Spam-Level: {'*' * int(float(spec.spam))}"
            )
            lines.append(
                fold(
                    "X-Spam-Status",
                    f"Yes, score={spec.spam} required=6.6 tests=[BAYES_99=3.5, "
                    "HTML_MESSAGE=0.001, RCVD_IN_SBL_CSS=3.335, URIBL_ABUSE_SURBL=1.948, "
                    "FREEMAIL_FORGED_REPLYTO=2.095] autolearn=no autolearn_force=no",
                )
            )
        lines.append(f"X-Virus-Scanned: amavisd-new at {authserv.split('.', 1)[1] if authserv.count('.') > 3 else authserv}")
        lines.append(
            fold(
                "Authentication-Results",
                auth_results(authserv, spec.auth, dkim_d, fdom, rp, spec),
            )
        )
        lines.append(
            f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {qid}\r\n\tfor <{rcpt}>; {date}"
        )
    for r in spec.resent:
        lines.append(r)
    if spec.auth not in ("none", "dmarc-fail"):
        lines.append(dkim_header(dkim_d, G.choice(["s1", "s2", "selector1", "google", "k1", "default"]), ts))
        for d in rp["dkim_extra"]:
            lines.append(dkim_header(d, G.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "smtpapi", "mte1"]), ts))
    display_name = svc.display or svc.name
    lines.append(f"From: {display(display_name, svc.sender)}")
    if spec.to_header is not None:
        lines.append(f"To: {spec.to_header}")
    else:
        name = vi_form(spec.rcpt_name, "nfc") if spec.rcpt_name else ""
        lines.append(f"To: {display(name, spec.rcpt, spec.subj_enc)}" if name else f"To: {spec.rcpt}")
    lines.append("Subject: " + encode_header_text(subject, spec.subj_enc))
    lines.append(f"Date: {date}")
    lines.append(f"Message-ID: <{rp['message_id']}>")
    lines.append("MIME-Version: 1.0")
    for h in spec.extra_headers:
        lines.append(h)
    if spec.list_headers:
        if "list_id" in rp:
            lines.append(f"List-ID: {rp['list_id']}")
        lines.append(
            f"List-Unsubscribe: <https://{fdom}/unsubscribe?u={G.alnum(24)}>, <mailto:unsubscribe-{G.hexs(16)}@{fdom}>"
        )
        lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        if not any(e.startswith("Feedback-ID") for e in rp["extra"]):
            # Senders' own campaign tags: an opaque id half the time, a
            # sender-side category word otherwise.
            category = {
                "email_verification": "verify", "login_code": "otp", "password_reset": "account",
                "security_alert": "security", "account_created": "onboarding",
                "activity_notification": "notif", "transaction": "receipt", "notification": "notif",
                "newsletter": "mkt",
            }.get(spec.event, "txn")
            tag = category if G.randint(0, 1) else G.alnum(10, False)
            lines.append(f"Feedback-ID: {G.digits(4)}:{G.digits(6)}:{tag}:{reg(fdom).split('.')[0]}")
    lines.extend(rp["extra"])

    # Body
    if spec.bounce:
        return dsn_body(lines, paras, spec)
    entities = spec.form == "ckeditor"
    if spec.form == "text":
        lines.append("Content-Type: text/plain; charset=UTF-8")
        lines.append(f"Content-Transfer-Encoding: {spec.cte}")
        head = "\r\n".join(lines).encode()
        return head + b"\r\n\r\n" + body_bytes(text_page(paras, footer), spec.cte)
    page = html_page(paras, subject, footer, entities, spec.pad_rows)
    if spec.form in ("html", "ckeditor"):
        lines.append("Content-Type: text/html; charset=UTF-8")
        lines.append(f"Content-Transfer-Encoding: {spec.cte}")
        head = "\r\n".join(lines).encode()
        return head + b"\r\n\r\n" + body_bytes(page, spec.cte)
    boundary = f"----=_Part_{G.digits(6)}_{G.digits(9)}.{G.digits(13)}"
    lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
    head = "\r\n".join(lines).encode()
    parts = [head, b"\r\n\r\n"]
    for ctype, content in (("text/plain", text_page(paras, footer)), ("text/html", page)):
        parts.append(f"--{boundary}\r\n".encode())
        parts.append(f"Content-Type: {ctype}; charset=UTF-8\r\nContent-Transfer-Encoding: {spec.cte}\r\n\r\n".encode())
        parts.append(body_bytes(content, spec.cte))
        parts.append(b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def auth_results(authserv: str, auth: str, dkim_d: str, fdom: str, rp: dict, spec: Spec) -> str:
    from_org = reg(fdom)
    spf = rp["spf_domain"]
    extra = "".join(f" dkim=pass header.d={d} header.s=s1 header.b={G.alnum(8)};" for d in rp["dkim_extra"])
    if auth == "pass":
        return (
            f"{authserv}; dkim=pass (2048-bit key; unprotected) header.d={dkim_d} "
            f"header.i=@{dkim_d} header.b={G.alnum(8)};{extra} spf=pass smtp.mailfrom={spf}; "
            f"dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={from_org}"
        )
    if auth == "dkim-fail":
        return (
            f"{authserv}; dkim=fail (signature verification failed) header.d={dkim_d} "
            f"header.b={G.alnum(8)}; spf=softfail smtp.mailfrom={spf}; "
            f"dmarc=fail (p=REJECT dis=NONE) header.from={from_org}"
        )
    if auth == "dmarc-fail":
        return (
            f"{authserv}; dkim=none (message not signed); spf=fail smtp.mailfrom={spf}; "
            f"dmarc=fail (p=QUARANTINE dis=QUARANTINE) header.from={from_org}"
        )
    if auth == "none":
        return f"{authserv}; dkim=none; spf=neutral smtp.mailfrom={spf}; dmarc=none header.from={from_org}"
    raise ValueError(auth)


def default_footer(svc: Svc, spec: Spec) -> str:
    # About half of the services name the recipient in the footer.
    variant = G.randint(0, 3)
    if spec.split == "fresh":
        if spec.lang == "vi":
            return [
                f"Thư được gửi tự động đến địa chỉ {spec.rcpt} từ hệ thống {svc.name}.",
                f"Bạn nhận thư này vì {spec.rcpt} là địa chỉ liên hệ của tài khoản.",
                f"Bản quyền © {svc.name}. Mọi thắc mắc xin gửi về bộ phận chăm sóc khách hàng.",
                "Xem chính sách quyền riêng tư của chúng tôi.",
            ][variant]
        return [
            f"Sent to {spec.rcpt} by {svc.name}. Replies to this address are not monitored.",
            f"You received this because {spec.rcpt} is the contact email on file.",
            f"{svc.name} · Privacy · Terms",
            "Questions? Contact our support team.",
        ][variant]
    if spec.lang == "vi":
        return [
            f"Email này được gửi tới {spec.rcpt}. © {svc.name}. Vui lòng không trả lời email này.",
            f"Thư này được gửi đến {spec.rcpt} theo cài đặt thông báo của bạn.",
            f"© 2025 {svc.name}. Đây là thư tự động, vui lòng không trả lời.",
            "Bạn cần hỗ trợ? Truy cập Trung tâm trợ giúp.",
        ][variant]
    return [
        f"This email was sent to {spec.rcpt}. © 2025 {svc.name}. Please do not reply to this email.",
        f"This message was sent to {spec.rcpt}. Manage your notification settings.",
        f"© 2025 {svc.name}. All rights reserved.",
        "Need help? Visit our Help Center.",
    ][variant]


def reg(domain: str) -> str:
    """Registrable domain (enough of the public suffix list for this set)."""
    labels = domain.lower().split(".")
    two = ".".join(labels[-2:])
    if two in {"com.vn", "net.vn", "gov.vn", "edu.vn", "org.vn", "co.uk", "com.au", "co.jp", "com.br"}:
        return ".".join(labels[-3:])
    return two


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------

TEMPLATES: list[tuple[Spec, int]] = []


def S(name: str, sender: str, domain: str = "", relay: str = "", display: str = "", dkim: str = "") -> Svc:
    return Svc(name=name, sender=sender, domain=domain or reg(from_domain(sender)), relay=relay, display=display, dkim=dkim)


def add(svc: Svc, expect: str, cause: str, event: str, lang: str, subject: str, paras: list[str], reason: str,
        split: str = "dev", n: int = 1, **kw) -> None:
    spec = Spec(svc=svc, expect=expect, cause=cause, event=event, lang=lang, subject=subject,
                paragraphs=paras, reason=reason, split=split, **kw)
    TEMPLATES.append((spec, n))


# Variables filled per message.
def fill(text: str, v: dict) -> str:
    for k, val in v.items():
        text = text.replace("{" + k + "}", val)
    return text


# --------------------------------------------------------------------------
# Real services (sending domains as the services use them)
# --------------------------------------------------------------------------

FB_SEC = S("Facebook", "security@facebookmail.com", "facebook.com")
FB_NOTIF = S("Facebook", "notification@facebookmail.com", "facebook.com")
FB_GROUPS = S("Facebook", "groupupdates@facebookmail.com", "facebook.com")
IG = S("Instagram", "security@mail.instagram.com", "instagram.com")
IG_NOTIF = S("Instagram", "no-reply@mail.instagram.com", "instagram.com")
TIKTOK = S("TikTok", "noreply@account.tiktok.com", "tiktok.com")
X_INFO = S("X", "info@x.com", "x.com")
X_VERIFY = S("X", "verify@x.com", "x.com")
LINKEDIN_SEC = S("LinkedIn", "security-noreply@linkedin.com", "linkedin.com")
LINKEDIN_NOTIF = S("LinkedIn", "notifications-noreply@linkedin.com", "linkedin.com")
LINKEDIN_MSG = S("LinkedIn", "messages-noreply@linkedin.com", "linkedin.com")
DISCORD = S("Discord", "noreply@discord.com", "discord.com", relay="sendgrid")
REDDIT = S("Reddit", "noreply@redditmail.com", "reddit.com")
QUORA = S("Quora Digest", "digest-noreply@quora.com", "quora.com")
PINTEREST = S("Pinterest", "no-reply@pinterest.com", "pinterest.com", relay="sparkpost")
GOOGLE = S("Google", "no-reply@accounts.google.com", "google.com")
GEMINI = S("Google Gemini", "gemini-noreply@google.com", "google.com")
YOUTUBE = S("YouTube", "noreply@youtube.com", "youtube.com")
MS = S("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com", "microsoft.com")
APPLE = S("Apple", "appleid@id.apple.com", "apple.com")
AMAZON_ACC = S("Amazon.com", "account-update@amazon.com", "amazon.com")
AMAZON_ORDER = S("Amazon.com", "auto-confirm@amazon.com", "amazon.com")
AMAZON_SHIP = S("Amazon.com", "shipment-tracking@amazon.com", "amazon.com")
NETFLIX = S("Netflix", "info@account.netflix.com", "netflix.com")
SPOTIFY = S("Spotify", "no-reply@spotify.com", "spotify.com")
ZOOM = S("Zoom", "no-reply@zoom.us", "zoom.us")
CANVA = S("Canva", "no-reply@canva.com", "canva.com", relay="sendgrid")
NOTION = S("Notion Team", "notify@mail.notion.so", "notion.so", relay="ses-custom")
DROPBOX = S("Dropbox", "no-reply@dropbox.com", "dropbox.com")
GITHUB = S("GitHub", "noreply@github.com", "github.com")
GITHUB_NOTIF = S("GitHub", "notifications@github.com", "github.com")
OPENAI = S("OpenAI", "noreply@tm.openai.com", "openai.com", relay="sendgrid")
CHATGPT = S("ChatGPT", "noreply@tm.openai.com", "openai.com", relay="sendgrid")
ANTHROPIC = S("Anthropic", "no-reply@mail.anthropic.com", "anthropic.com", relay="ses-custom")
CLAUDE = S("Claude Team", "no-reply@mail.anthropic.com", "anthropic.com", relay="ses-custom")
PERPLEXITY = S("Perplexity", "noreply@perplexity.ai", "perplexity.ai", relay="ses")
STEAM = S("Steam", "noreply@steampowered.com", "steampowered.com")
STEAM_SUPPORT = S("Steam Support", "noreply@steampowered.com", "steampowered.com")
EPIC = S("Epic Games", "help@acct.epicgames.com", "epicgames.com", relay="sendgrid")
RIOT = S("Riot Games", "noreply@mail.accounts.riotgames.com", "riotgames.com", relay="ses-custom")
GARENA = S("Garena", "noreply@garena.com", "garena.com")
GARENA_VN = S("Garena Việt Nam", "hotro@garena.vn", "garena.vn")
DUOLINGO = S("Duolingo", "hello@duolingo.com", "duolingo.com", relay="ses")
COURSERA = S("Coursera", "no-reply@m.mail.coursera.org", "coursera.org", relay="sendgrid")
ELSA = S("ELSA Speak", "hello@elsaspeak.com", "elsaspeak.com", relay="mailgun")
SUBSTACK = S("Substack", "no-reply@substack.com", "substack.com", relay="mailgun")
MEDIUM = S("Medium", "noreply@medium.com", "medium.com", relay="sendgrid")
AIRBNB = S("Airbnb", "automated@airbnb.com", "airbnb.com", relay="sendgrid")
UBER = S("Uber Receipts", "noreply@uber.com", "uber.com")
PAYPAL = S("PayPal", "service@paypal.com", "paypal.com")
BINANCE = S("Binance", "do_not_reply@mailer.binance.com", "binance.com", relay="ses-custom")
TRELLO = S("Trello", "do-not-reply@trello.com", "trello.com", relay="ses")
SLACK = S("Slack", "no-reply@slack.com", "slack.com")
UDEMY = S("Udemy", "no-reply@e.udemy.com", "udemy.com", relay="sparkpost")

SHOPEE = S("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="ses-custom")
SHOPEE_NR = S("Shopee Việt Nam", "no-reply@mail.shopee.vn", "shopee.vn", relay="ses-custom")
LAZADA = S("Lazada Việt Nam", "noreply@mail.lazada.vn", "lazada.vn", relay="sparkpost")
TIKI = S("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="mailgun")
SENDO = S("Sendo", "no-reply@sendo.vn", "sendo.vn")
GRAB = S("Grab", "no-reply@grab.com", "grab.com", relay="ses-custom")
BE = S("be", "noreply@be.com.vn", "be.com.vn", relay="sendgrid")
XANHSM = S("Xanh SM", "no-reply@xanhsm.com", "xanhsm.com")
GOJEK = S("Gojek", "no-reply@gojek.com", "gojek.com", relay="sendgrid")
AGODA = S("Agoda", "no-reply@agoda.com", "agoda.com")
TRAVELOKA = S("Traveloka", "noreply@traveloka.com", "traveloka.com", relay="ses-custom")
BOOKING = S("Booking.com", "noreply@booking.com", "booking.com")
VNA = S("Vietnam Airlines", "noreply@vietnamairlines.com", "vietnamairlines.com")
VIETJET = S("Vietjet Air", "no-reply@vietjetair.com", "vietjetair.com", relay="sendgrid")
MOMO = S("Ví MoMo", "no-reply@momo.vn", "momo.vn", relay="ses-custom")
ZALOPAY = S("ZaloPay", "no-reply@zalopay.vn", "zalopay.vn")
VNPAY = S("VNPAY", "noreply@vnpay.vn", "vnpay.vn")
CHOTOT = S("Chợ Tốt", "noreply@chotot.com", "chotot.com", relay="sendgrid")
BDS = S("Batdongsan.com.vn", "noreply@batdongsan.com.vn", "batdongsan.com.vn")
VNEXPRESS = S("VnExpress", "noreply@vnexpress.net", "vnexpress.net")
TUOITRE = S("Tuổi Trẻ Online", "noreply@tuoitre.vn", "tuoitre.vn")
THANHNIEN = S("Báo Thanh Niên", "noreply@thanhnien.vn", "thanhnien.vn")
DANTRI = S("Báo Dân trí", "noreply@dantri.com.vn", "dantri.com.vn")
VOZ = S("VOZ", "noreply@voz.vn", "voz.vn")
TINHTE = S("Tinh tế", "noreply@tinhte.vn", "tinhte.vn")
TOPCV = S("TopCV", "noreply@topcv.vn", "topcv.vn", relay="mailgun")
ZALO = S("Zalo", "no-reply@zalo.me", "zalo.me")
VIBLO = S("Viblo", "no-reply@viblo.asia", "viblo.asia", relay="mailgun")

# Forums outside any likely catalog, named by their engine's mail.
PYDISCUSS = S("Discussions on Python.org", "noreply@discuss.python.org", "python.org")
RUSTFORUM = S("Rust Programming Language Forum", "noreply@users.rust-lang.org", "rust-lang.org")
HASS = S("Home Assistant Community", "noreply@community.home-assistant.io", "home-assistant.io")
PROXMOX = S("Proxmox Support Forum", "noreply@forum.proxmox.com", "proxmox.com")
MACRUMORS = S("MacRumors Forums", "noreply@forums.macrumors.com", "macrumors.com")


# ==========================================================================
# ACCOUNT: sign-up, verification, codes, resets, login alerts
# ==========================================================================

A = "account"


def account_wording() -> None:
    add(FB_SEC, A, "brand-in-phrase", "login_code", "vi", "{code} là mã xác nhận Facebook của bạn",
        ["Xin chào {name},", "Chúng tôi đã nhận được yêu cầu đăng nhập vào tài khoản Facebook của bạn.",
         "[big]{code}", "Nếu bạn không yêu cầu mã này, hãy đổi mật khẩu ngay."],
        "Facebook login code, brand inside the phrase", n=3, extra_headers=["X-Facebook-Notify: confirmation; mailid=5f3a2c81d94e0G5af3b7c2a1d0e4G2b"])
    add(FB_SEC, A, "signup-wording", "security_alert", "en", "New login to Facebook from Chrome on Windows",
        ["Hi {name},", "We noticed a new login to your Facebook account from a Windows device near Quang Ngai, Vietnam.",
         "If this was you, you can ignore this message.", "[button]Secure your account"],
        "Facebook new-login alert", n=1)
    add(FB_SEC, A, "signup-wording", "security_alert", "vi", "Đăng nhập mới vào Facebook từ Chrome trên máy Windows",
        ["Chào {name},", "Chúng tôi nhận thấy có lượt đăng nhập mới vào tài khoản của bạn trên một thiết bị Windows gần Quảng Ngãi.",
         "Nếu đây là bạn, bạn không cần làm gì thêm."],
        "Facebook new-login alert in Vietnamese", split="holdout", n=2)
    add(IG, A, "brand-in-phrase", "login_code", "en", "{code} is your Instagram code",
        ["Hi {user},", "Someone tried to log in to your Instagram account. If this was you, enter this code in the app:",
         "[big]{code}", "If this wasn't you, secure your account."],
        "Instagram login code", n=2)
    add(IG, A, "brand-in-phrase", "password_reset", "en", "{user}, we've made it easy to get back on Instagram",
        ["Hi {user},", "Sorry to hear you're having trouble logging into Instagram. We got a message that you forgot your password.",
         "If this was you, you can get right back into your account or reset your password now.", "[button]Log in as {user}"],
        "Instagram password help, no 'reset' in subject", split="holdout", n=2)
    add(TIKTOK, A, "signup-wording", "login_code", "vi", "{code} là mã xác minh của bạn",
        ["Mã xác minh", "Để xác minh tài khoản TikTok của bạn, hãy nhập mã sau vào TikTok:", "[big]{code}",
         "Mã xác minh sẽ hết hạn sau 5 phút."],
        "TikTok verification code", n=2)
    add(TIKTOK, A, "signup-wording", "account_created", "en", "Welcome to TikTok",
        ["Hi {user},", "Your TikTok account has been created. Start watching, creating and sharing.",
         "Your username is {user}."],
        "TikTok welcome", split="holdout")
    add(X_VERIFY, A, "brand-in-phrase", "login_code", "en", "{code} is your X verification code",
        ["Confirm your email address", "There's one quick step you need to complete before creating your X account.",
         "Please enter this verification code to get started on X:", "[big]{code}"],
        "X verification code", n=1)
    add(X_INFO, A, "brand-in-phrase", "email_verification", "en", "Confirm your email address to get started on X",
        ["Hi {name},", "Please confirm your email address so you can start posting on X.", "[button]Confirm now"],
        "X email confirmation", split="holdout")
    add(LINKEDIN_SEC, A, "signup-wording", "login_code", "en", "{name}, here's your PIN {code}",
        ["Hi {name},", "Please use this verification code to complete your sign in:", "[big]{code}",
         "If you didn't try to sign in, change your password."],
        "LinkedIn sign-in PIN", n=2, extra_headers=["X-LinkedIn-Class: SECURITY", "X-LinkedIn-Template: security_pin_email"])
    add(LINKEDIN_SEC, A, "list-headers-transactional", "email_verification", "en", "{name}, please confirm your email address",
        ["Confirm your email address to get the most out of LinkedIn.", "[button]Confirm your email"],
        "LinkedIn confirm email with list headers", split="holdout", list_headers=True)
    add(DISCORD, A, "list-headers-transactional", "email_verification", "en", "Verify Email Address for Discord",
        ["Hey {user},", "Thanks for registering an account on Discord! Before we get started, we just need to confirm that this is you.",
         "[button]Verify Email"],
        "Discord verify email, sent through SendGrid with list headers", n=2, list_headers=True)
    add(DISCORD, A, "brand-in-phrase", "email_verification", "en", "Confirm your Discord email address",
        ["Hey {user},", "Please confirm your Discord email address by clicking the button below.", "[button]Confirm"],
        "Discord confirm, brand inside phrase", split="holdout")
    add(DISCORD, A, "signup-wording", "security_alert", "en", "Verify Discord Login from New Location",
        ["Hey {user},", "Someone tried to log into your Discord account from a new location. If this is you, follow the link below to authorize logging in from this location.",
         "IP Address: 14.186.22.103", "Location: Quang Ngai, Vietnam"],
        "Discord new-location login", split="holdout")
    add(GOOGLE, A, "brand-in-phrase", "security_alert", "en", "Security alert",
        ["A new sign-in on Windows", "{rcpt}", "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything."],
        "Google security alert: a new sign-in on a Windows device", n=2)
    add(GOOGLE, A, "signup-wording", "security_alert", "vi", "Cảnh báo bảo mật",
        ["Có lượt đăng nhập mới trên thiết bị Windows", "{rcpt}",
         "Chúng tôi nhận thấy có lượt đăng nhập mới vào Tài khoản Google của bạn trên một thiết bị Windows. Nếu đó là bạn thì bạn không cần làm gì cả."],
        "Google security alert in Vietnamese", n=2)
    add(GOOGLE, A, "signup-wording", "security_alert", "en", "Critical security alert for your linked Google Account",
        ["Someone knows your password", "Google prevented someone from signing in to your account with your password.",
         "[button]Check activity"],
        "Google critical alert", split="holdout")
    add(MS, A, "signup-wording", "login_code", "en", "Microsoft account security code",
        ["Microsoft account", "Security code", "Please use the following security code for the Microsoft account {masked}.",
         "Security code: {code}", "Thanks, The Microsoft account team"],
        "Microsoft security code", n=2)
    add(MS, A, "signup-wording", "login_code", "vi", "Mã bảo mật tài khoản Microsoft",
        ["Tài khoản Microsoft", "Mã bảo mật", "Vui lòng sử dụng mã bảo mật sau cho tài khoản Microsoft {masked}.",
         "Mã bảo mật: {code}", "Xin cảm ơn, Nhóm tài khoản Microsoft"],
        "Microsoft security code in Vietnamese", n=2)
    add(MS, A, "brand-in-phrase", "security_alert", "en", "Microsoft account unusual sign-in activity",
        ["We detected something unusual about a recent sign-in to the Microsoft account {masked}.",
         "Sign-in details", "Country/region: Vietnam", "Platform: Windows", "Browser: Edge"],
        "Microsoft unusual sign-in", split="holdout")
    add(APPLE, A, "signup-wording", "security_alert", "en", "Your Apple ID was used to sign in to iCloud via a web browser",
        ["Dear {name},", "Your Apple ID ({rcpt}) was used to sign in to iCloud via a web browser.",
         "If you have not recently signed in to iCloud, you should change your Apple ID password."],
        "Apple iCloud sign-in notice")
    add(APPLE, A, "signup-wording", "login_code", "en", "Verify your Apple Account email address",
        ["Apple Account", "Verify your email address", "To verify your email address, enter this code in your browser.", "[big]{code}"],
        "Apple Account email verification", split="holdout")
    add(CANVA, A, "brand-in-phrase", "email_verification", "en", "Activate your new Canva account",
        ["Hi {name},", "You're almost ready to start designing. Activate your new Canva account by confirming your email.",
         "[button]Activate account"],
        "Canva activation, brand inside phrase", list_headers=True)
    add(CANVA, A, "signup-wording", "login_code", "vi", "Mã đăng nhập Canva của bạn là {code}",
        ["Xin chào,", "Hãy nhập mã dưới đây để đăng nhập vào Canva.", "[big]{code}", "Mã này sẽ hết hạn sau 10 phút."],
        "Canva login code in Vietnamese", split="holdout", n=2)
    add(NOTION, A, "signup-wording", "login_code", "en", "Your temporary Notion login code is {code}",
        ["Here is your temporary login code:", "[big]{code}", "Or, sign in with this link."],
        "Notion login code via SES custom MAIL FROM", n=1)
    add(ZOOM, A, "signup-wording", "email_verification", "en", "Please activate your Zoom account",
        ["Hello {name},", "Welcome to Zoom!", "To activate your account please click the button below to verify your email address:",
         "[button]Activate Account"],
        "Zoom activation")
    add(ZOOM, A, "signup-wording", "login_code", "en", "Zoom account verification code",
        ["Your verification code is {code}.", "This code expires in 10 minutes."],
        "Zoom code", split="holdout")
    add(GITHUB, A, "signup-wording", "login_code", "en", "[GitHub] Please verify your device",
        ["Hey {user}!", "A sign in attempt requires further verification because we did not recognize your device.",
         "Verification code: {code}"],
        "GitHub device verification", extra_headers=["X-GitHub-Reason: security"])
    add(GITHUB, A, "signup-wording", "security_alert", "en",
        "[GitHub] A third-party OAuth application has been added to your account",
        ["Hey {user}!", "A third-party OAuth application (Visual Studio Code) with read:user and repo scopes was recently authorized to access your account."],
        "GitHub OAuth app notice", split="holdout")
    add(DROPBOX, A, "signup-wording", "email_verification", "en", "Please verify your email address",
        ["Hi {name},", "Please verify your email address so we know that it's really you!", "[button]Verify my email"],
        "Dropbox verify email, generic subject, brand only in From")
    add(DROPBOX, A, "signup-wording", "security_alert", "en", "New sign-in to your Dropbox account",
        ["Hi {name},", "A new web browser just signed in to your Dropbox account. To help keep your account secure, let us know if this is you."],
        "Dropbox new sign-in", split="holdout")
    add(NETFLIX, A, "signup-wording", "security_alert", "en", "A new device is using your account",
        ["Hi {name},", "A new device signed in to your Netflix account, {rcpt}.", "Device: Android phone", "Location: Vietnam"],
        "Netflix new device")
    add(NETFLIX, A, "signup-wording", "login_code", "vi", "Mã truy cập tạm thời Netflix của bạn",
        ["Xin chào {name},", "Đây là mã truy cập tạm thời của bạn:", "[big]{code}", "Mã sẽ hết hạn sau 15 phút."],
        "Netflix temporary access code in Vietnamese", split="holdout")
    add(SPOTIFY, A, "signup-wording", "password_reset", "en", "Reset your password",
        ["Hi {user},", "Need to reset your password? No problem! Just click the button below and you'll be on your way.",
         "[button]Reset password"],
        "Spotify password reset with generic subject")
    add(SHOPEE, A, "brand-in-phrase", "login_code", "vi", "Mã xác minh Shopee của bạn",
        ["Xin chào {user},", "Mã xác minh Shopee của bạn là:", "[big]{code}", "Vui lòng không chia sẻ mã này với bất kỳ ai."],
        "Shopee verification code, brand inside phrase", n=3)
    add(SHOPEE_NR, A, "signup-wording", "password_reset", "vi", "Đặt lại mật khẩu tài khoản Shopee",
        ["Xin chào {user},", "Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản Shopee của bạn.",
         "[button]Đặt lại mật khẩu"],
        "Shopee password reset", split="holdout", n=2)
    add(LAZADA, A, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với Lazada!",
        ["Chào {name},", "Cảm ơn bạn đã đăng ký tài khoản tại Lazada.", "Hãy bắt đầu mua sắm ngay hôm nay."],
        "Lazada welcome")
    add(LAZADA, A, "brand-in-phrase", "login_code", "vi", "Mã OTP Lazada của bạn",
        ["Mã OTP của bạn là {code}.", "Mã có hiệu lực trong 5 phút. Không chia sẻ mã với người khác."],
        "Lazada OTP", split="holdout")
    add(TIKI, A, "signup-wording", "email_verification", "vi", "Xác nhận địa chỉ email tài khoản Tiki",
        ["Chào {name},", "Vui lòng xác nhận địa chỉ email để hoàn tất đăng ký tài khoản Tiki.", "[button]Xác nhận email"],
        "Tiki email confirmation via Mailgun", n=2)
    add(ZALO, A, "signup-wording", "login_code", "vi", "Mã xác thực Zalo",
        ["Mã xác thực tài khoản Zalo của bạn là {code}.", "Không cung cấp mã này cho bất kỳ ai."],
        "Zalo code", split="holdout")
    add(VIBLO, A, "html-entities", "email_verification", "vi", "Kích hoạt tài khoản Viblo",
        ["Xin chào {user},", "Cảm ơn bạn đã đăng ký tài khoản Viblo. Vui lòng nhấn vào nút bên dưới để kích hoạt tài khoản.",
         "[button]Kích hoạt tài khoản"],
        "Viblo activation, HTML with CKEditor entities", form="ckeditor", n=2)
    add(TOPCV, A, "html-entities", "email_verification", "vi", "Chào mừng bạn gia nhập TopCV - Xác thực email",
        ["Chào {name},", "Bạn vừa tạo tài khoản ứng viên trên TopCV. Vui lòng xác thực email để bắt đầu ứng tuyển.",
         "[button]Xác thực email"],
        "TopCV welcome with entities", split="holdout", form="ckeditor")
    add(BINANCE, A, "signup-wording", "email_verification", "en", "[Binance] Confirm Your Registration",
        ["Welcome to Binance!", "Your verification code:", "[big]{code}", "The verification code will be valid for 30 minutes."],
        "Binance registration code")
    add(BINANCE, A, "signup-wording", "security_alert", "en", "[Binance] Login Attempted from New IP address 14.186.22.103",
        ["The system has detected that your account is logged in from an unused IP address.", "Account: {masked}",
         "IP: 14.186.22.103"],
        "Binance new-IP login", split="holdout")
    add(PAYPAL, A, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với PayPal",
        ["Xin chào {name},", "Tài khoản PayPal của bạn đã sẵn sàng.", "Hãy xác nhận địa chỉ email để bắt đầu thanh toán."],
        "PayPal welcome in Vietnamese", split="holdout")
    add(SLACK, A, "signup-wording", "login_code", "en", "Slack confirmation code: {code3}-{code3b}",
        ["Confirm your email address", "Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.",
         "[big]{code3}-{code3b}"],
        "Slack confirmation code")
    add(TRELLO, A, "signup-wording", "email_verification", "en", "Verify your email address for Trello",
        ["Hi {name},", "Verify your email address to finish setting up your Trello account.", "[button]Verify email"],
        "Trello verification via SES", split="holdout")
    add(UDEMY, A, "signup-wording", "account_created", "en", "Welcome to Udemy!",
        ["Hi {name},", "Thanks for joining Udemy. Start learning with over 200,000 courses."],
        "Udemy welcome via SparkPost", split="holdout")
    add(MEDIUM, A, "list-headers-transactional", "login_code", "en", "Sign in to Medium",
        ["Click below to sign in to your Medium account.", "This link will expire in 15 minutes and can only be used once.",
         "[button]Sign in to Medium"],
        "Medium magic sign-in link with list headers", list_headers=True)
    add(REDDIT, A, "list-headers-transactional", "email_verification", "en", "Verify your Reddit email address",
        ["Hi there,", "Your email address has been added to your Reddit account, u/{user}. Please verify it.",
         "[button]Verify Email Address"],
        "Reddit verify with list headers", list_headers=True)
    add(PINTEREST, A, "signup-wording", "password_reset", "en", "Reset your Pinterest password",
        ["Hi {name},", "We received a request to reset your Pinterest password.", "[button]Reset password"],
        "Pinterest reset via SparkPost", split="holdout")
    add(DUOLINGO, A, "list-headers-transactional", "email_verification", "en", "Confirm your email address",
        ["Hi {name},", "Please confirm your email so you can keep learning with Duolingo.", "[button]Confirm email"],
        "Duolingo confirm email via SES, list headers", list_headers=True)
    add(COURSERA, A, "list-headers-transactional", "email_verification", "en", "Please verify your email address",
        ["Hi {name},", "Welcome to Coursera! Please verify your email address to finish creating your account.",
         "[button]Verify email"],
        "Coursera verify via SendGrid, list headers", split="holdout", list_headers=True)
    add(AIRBNB, A, "signup-wording", "login_code", "en", "Your Airbnb verification code is {code}",
        ["Your Airbnb verification code is {code}.", "Don't share this code with anyone."],
        "Airbnb code", split="holdout")
    # Vietnamese resets, welcomes and verifications, as the services word them
    add(FB_SEC, A, "signup-wording", "password_reset", "vi", "Yêu cầu đặt lại mật khẩu Facebook",
        ["Xin chào {name},", "Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu Facebook của bạn.",
         "Nhập mã đặt lại mật khẩu sau đây:", "[big]{code}"],
        "Facebook password reset in Vietnamese", n=3)
    add(GOOGLE, A, "signup-wording", "password_reset", "vi", "Mật khẩu của bạn đã được thay đổi",
        ["{rcpt}", "Mật khẩu cho Tài khoản Google của bạn vừa được thay đổi.",
         "Nếu bạn không thực hiện thay đổi này, hãy khôi phục tài khoản ngay."],
        "Google password changed in Vietnamese")
    add(GOOGLE, A, "signup-wording", "email_verification", "vi", "Xác minh địa chỉ email của bạn",
        ["Tài khoản Google", "Dùng mã này để hoàn tất việc thiết lập địa chỉ email khôi phục:", "[big]{code}"],
        "Google recovery-email verification in Vietnamese")
    add(SHOPEE, A, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với Shopee!",
        ["Xin chào {user},", "Cảm ơn bạn đã đăng ký tài khoản Shopee. Nhận ngay gói quà tân thủ trong ví voucher."],
        "Shopee welcome", list_headers=True)
    add(IG, A, "signup-wording", "password_reset", "vi", "Đặt lại mật khẩu Instagram",
        ["Chào {user},", "Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu Instagram của bạn.", "[button]Đặt lại mật khẩu"],
        "Instagram password reset in Vietnamese", split="holdout", n=2)
    add(TIKTOK, A, "brand-in-phrase", "email_verification", "vi", "Xác nhận email cho tài khoản TikTok của bạn",
        ["Xin chào {user},", "Vui lòng xác nhận địa chỉ email này cho tài khoản TikTok của bạn.", "[button]Xác nhận"],
        "TikTok email confirmation in Vietnamese", split="holdout")


account_wording()


def account_evidence() -> None:
    # Ride receipts
    add(GRAB, A, "ride-receipt", "transaction", "en", "Your Grab E-Receipt",
        ["Hope you enjoyed your ride!", "Booking ID: A-{ref}", "Pick-up: Sở Xây dựng, 52 Hùng Vương, Quảng Ngãi",
         "Drop-off: Sân bay Chu Lai", "Total paid: {amount}đ", "Paid by: GrabPay"],
        "Grab ride e-receipt: no sign-up wording", n=3)
    add(GRAB, A, "ride-receipt", "transaction", "vi", "Biên nhận điện tử GrabFood của bạn",
        ["Chúc bạn ngon miệng!", "Mã đơn hàng: GF-{ref}", "Cơm gà Bà Buội - Quảng Ngãi", "Tổng cộng: {amount}đ"],
        "GrabFood e-receipt in Vietnamese", n=2)
    add(GRAB, A, "ride-receipt", "transaction", "vi", "Cảm ơn bạn đã đi cùng Grab",
        ["Chuyến đi GrabBike của bạn đã hoàn tất.", "Mã chuyến: A-{ref}", "Quãng đường: 6,2 km", "Cước phí: {amount}đ"],
        "Grab thank-you receipt (holdout wording)", split="holdout", n=2)
    add(BE, A, "ride-receipt", "transaction", "vi", "Hóa đơn chuyến đi beCar",
        ["Cảm ơn bạn đã sử dụng dịch vụ của be.", "Mã chuyến đi: BE{ref}", "Điểm đón: 15 Quang Trung", "Tổng tiền: {amount}đ"],
        "be ride receipt", n=2)
    add(BE, A, "ride-receipt", "transaction", "vi", "be - Biên lai chuyến xe ngày {day}",
        ["Xin chào {name},", "Biên lai cho chuyến beBike của bạn:", "Cước phí: {amount}đ", "Phương thức thanh toán: Tiền mặt"],
        "be receipt (holdout wording)", split="holdout")
    add(XANHSM, A, "ride-receipt", "transaction", "vi", "Hóa đơn điện tử chuyến đi Xanh SM",
        ["Cảm ơn Quý khách đã lựa chọn Xanh SM Taxi.", "Mã chuyến đi: XSM{ref}", "Tổng cước: {amount}đ", "Đã thanh toán qua thẻ"],
        "Xanh SM e-invoice (service only in holdout)", split="holdout", n=2)
    add(GOJEK, A, "ride-receipt", "transaction", "vi", "Hóa đơn GoCar của bạn",
        ["Cảm ơn bạn đã đặt GoCar.", "Mã đặt xe: RB-{ref}", "Tổng thanh toán: {amount}đ"],
        "Gojek receipt", n=1)
    add(UBER, A, "ride-receipt", "transaction", "en", "Your Tuesday evening trip with Uber",
        ["Thanks for riding, {name}", "Total {amount} VND", "Trip fare", "You rode with Minh"],
        "Uber trip receipt")
    # Bookings
    add(AGODA, A, "booking", "transaction", "vi", "Xác nhận đặt phòng Agoda - Mã đặt phòng {ref}",
        ["Kính gửi {name},", "Cảm ơn bạn đã đặt phòng với Agoda. Đặt phòng của bạn đã được xác nhận.",
         "Khách sạn: Mường Thanh Grand Quảng Ngãi", "Nhận phòng: 12/03/2025", "Tổng giá: {amount}đ"],
        "Agoda booking confirmation", n=2)
    add(AGODA, A, "booking", "transaction", "en", "Your booking is confirmed - Booking ID {ref}",
        ["Dear {name},", "Your booking at Sala Danang Beach Hotel is confirmed.", "Check-in: Fri 14 Mar 2025", "Total: VND {amount}"],
        "Agoda booking confirmation in English", split="holdout", pad_rows=120, form="html")
    add(TRAVELOKA, A, "booking", "transaction", "vi", "Vé điện tử chuyến bay của bạn - Mã đặt chỗ {pnr}",
        ["Xin chào {name},", "Vé điện tử của bạn đã được xuất.", "Chuyến bay: VN 1628 Chu Lai - Hà Nội", "Mã đặt chỗ: {pnr}"],
        "Traveloka flight e-ticket", n=2)
    add(TRAVELOKA, A, "booking", "transaction", "en", "Your Traveloka hotel voucher",
        ["Hi {name},", "Here's your hotel voucher. Show it at check-in.", "Booking ID: {ref}", "Hotel: Hoi An Riverside"],
        "Traveloka hotel voucher", split="holdout")
    add(BOOKING, A, "booking", "transaction", "en", "Your booking in Hoi An is confirmed",
        ["Thanks, {name}! Your booking in Hoi An is confirmed.", "Confirmation number: {ref}", "PIN code: {code4}",
         "Check-in: Saturday, 22 March 2025 (from 14:00)"],
        "Booking.com confirmation", n=2)
    add(BOOKING, A, "booking", "transaction", "vi", "Đặt phòng của bạn tại Quy Nhơn đã được xác nhận",
        ["Cảm ơn, {name}! Đặt phòng của bạn tại Quy Nhơn đã được xác nhận.", "Số xác nhận: {ref}", "Mã PIN: {code4}"],
        "Booking.com confirmation in Vietnamese", split="holdout", n=2)
    add(VNA, A, "booking", "transaction", "vi", "Xác nhận hành trình - Itinerary Receipt {pnr}",
        ["Kính gửi Quý khách {name},", "Vietnam Airlines xin cảm ơn Quý khách đã lựa chọn dịch vụ của chúng tôi.",
         "Mã đặt chỗ: {pnr}", "VN 1624 Chu Lai (VCL) - Hà Nội (HAN)"],
        "Vietnam Airlines itinerary receipt", n=2)
    add(VNA, A, "booking", "transaction", "vi", "Làm thủ tục trực tuyến thành công",
        ["Kính gửi Quý khách,", "Quý khách đã làm thủ tục trực tuyến thành công cho chuyến bay VN 1625.",
         "Thẻ lên máy bay được đính kèm trong ứng dụng."],
        "Vietnam Airlines online check-in", split="holdout")
    add(VIETJET, A, "booking", "transaction", "vi", "Vietjet Air - Xác nhận đặt chỗ {pnr}",
        ["Cảm ơn Quý khách đã đặt vé Vietjet.", "Mã đặt chỗ: {pnr}", "Chuyến bay VJ 646 Chu Lai - TP. Hồ Chí Minh",
         "Tổng tiền: {amount} VND"],
        "Vietjet booking confirmation (service only in holdout)", split="holdout", n=2)
    add(AIRBNB, A, "booking", "transaction", "en", "Reservation confirmed - you're going to Da Lat!",
        ["Pack your bags, {name}!", "Your reservation is confirmed.", "Check-in Fri, Apr 4", "Confirmation code {pnr}"],
        "Airbnb reservation")
    # E-wallets
    add(MOMO, A, "e-wallet", "transaction", "vi", "Giao dịch thành công - Thanh toán hóa đơn điện",
        ["Xin chào {name},", "Bạn đã thanh toán thành công hóa đơn tiền điện EVN Quảng Ngãi.", "Số tiền: {amount}đ",
         "Mã giao dịch: {ref}"],
        "MoMo payment receipt", n=3)
    add(MOMO, A, "e-wallet", "transaction", "vi", "MoMo - Biến động số dư",
        ["Ví MoMo của bạn vừa nhận được {amount}đ.", "Thời gian: {day} 08:12", "Nội dung: chuyen tien an trua"],
        "MoMo balance change", split="holdout", n=2)
    add(ZALOPAY, A, "e-wallet", "transaction", "vi", "ZaloPay: Thanh toán thành công",
        ["Giao dịch của bạn đã được thực hiện thành công.", "Dịch vụ: Nạp tiền điện thoại", "Số tiền: {amount}đ"],
        "ZaloPay receipt", n=2)
    add(VNPAY, A, "e-wallet", "transaction", "vi", "VNPAY - Thông báo giao dịch",
        ["Quý khách đã thanh toán thành công qua VNPAY-QR.", "Số tiền: {amount} VND", "Mã giao dịch: {ref}"],
        "VNPay transaction notice (service only in holdout)", split="holdout", n=2)
    add(PAYPAL, A, "e-wallet", "transaction", "en", "Receipt for your payment to Namecheap, Inc.",
        ["Hello {name},", "You sent a payment of $12.98 USD to Namecheap, Inc.", "Transaction ID: {ref}"],
        "PayPal payment receipt")
    # Classified ads
    add(CHOTOT, A, "classified-ad", "notification", "vi", "Tin đăng của bạn đã được duyệt",
        ["Chào {name},", "Tin đăng \"Bán xe Honda Wave Alpha 2019\" của bạn đã được duyệt và hiển thị trên Chợ Tốt.",
         "[button]Xem tin đăng"],
        "Cho Tot listing approved", n=2)
    add(CHOTOT, A, "classified-ad", "notification", "vi", "Có người quan tâm đến tin đăng của bạn",
        ["Chào {name},", "Tin \"Cho thuê phòng trọ gần trường Phạm Văn Đồng\" vừa nhận được tin nhắn mới."],
        "Cho Tot buyer interest (holdout wording)", split="holdout", form="ckeditor")
    add(BDS, A, "classified-ad", "notification", "vi", "Tin đăng của bạn sắp hết hạn",
        ["Kính gửi Quý khách,", "Tin đăng mã {ref} \"Bán đất nền Nghĩa Hành\" sẽ hết hạn sau 3 ngày.", "[button]Gia hạn tin"],
        "Batdongsan listing expiry", n=2)
    add(BDS, A, "classified-ad", "notification", "vi", "Tin đăng mã {ref} có 12 lượt xem mới",
        ["Kính gửi Quý khách,", "Tin đăng của Quý khách có 12 lượt xem và 2 lượt liên hệ trong tuần qua."],
        "Batdongsan listing stats", split="holdout")
    # News-site reader accounts
    add(VNEXPRESS, A, "news-comment", "activity_notification", "vi", "Bình luận của bạn đã được duyệt",
        ["Chào {name},", "Bình luận của bạn trong bài \"Quảng Ngãi mở rộng đường Hùng Vương\" đã được duyệt.",
         "[button]Xem bình luận"],
        "VnExpress comment approved", n=2, form="ckeditor")
    add(VNEXPRESS, A, "news-comment", "activity_notification", "vi", "Có người thích bình luận của bạn",
        ["{name} ơi,", "Bình luận của bạn vừa nhận được 5 lượt thích trên VnExpress."],
        "VnExpress comment liked", split="holdout", n=2)
    add(TUOITRE, A, "news-comment", "activity_notification", "vi", "Bình luận của bạn đã được đăng",
        ["Chào bạn {name},", "Cảm ơn bạn đã gửi ý kiến. Bình luận của bạn đã được đăng trên Tuổi Trẻ Online."],
        "Tuoi Tre comment published", n=2, form="ckeditor")
    add(TUOITRE, A, "news-comment", "activity_notification", "vi", "Bạn có 3 lượt thích mới",
        ["Chào {name},", "Ý kiến của bạn trong bài \"Giá vàng hôm nay\" có 3 lượt thích mới."],
        "Tuoi Tre likes", split="holdout")
    add(THANHNIEN, A, "news-comment", "activity_notification", "vi", "Bình luận của bạn đã có phản hồi",
        ["Chào {name},", "Một bạn đọc vừa trả lời bình luận của bạn trên Báo Thanh Niên."],
        "Thanh Nien reply (service only in holdout)", split="holdout", n=2, form="ckeditor")
    add(DANTRI, A, "news-comment", "activity_notification", "vi", "Bạn đọc thân mến, bình luận của bạn đã được phản hồi",
        ["Bình luận của bạn trong bài \"Xây dựng nông thôn mới\" đã được phản hồi.", "[button]Xem phản hồi"],
        "Dan Tri reply", n=2)
    # Learning apps
    add(DUOLINGO, A, "learning-reminder", "activity_notification", "en", "Hi {name}, it's time for your English lesson",
        ["Hi {name}!", "You're on a 12 day streak. Keep it going with a quick 5-minute lesson.", "[button]Start lesson"],
        "Duolingo reminder", n=2, list_headers=True)
    add(DUOLINGO, A, "learning-reminder", "activity_notification", "vi", "Đừng để mất chuỗi 30 ngày của bạn!",
        ["Chào {name}!", "Chỉ cần một bài học để giữ chuỗi ngày học. Duo đang chờ bạn!"],
        "Duolingo streak reminder in Vietnamese", split="holdout", list_headers=True)
    add(COURSERA, A, "learning-reminder", "activity_notification", "en", "Complete your next assignment in Machine Learning",
        ["Hi {name},", "You're making progress in Machine Learning. Your next assignment is due Sunday.", "[button]Resume learning"],
        "Coursera course reminder", list_headers=True)
    add(COURSERA, A, "learning-reminder", "activity_notification", "en", "Your weekly learning plan is ready",
        ["Hi {name},", "Here is what's next in Google Project Management: 2 videos, 1 quiz."],
        "Coursera weekly plan", split="holdout", list_headers=True)
    add(ELSA, A, "learning-reminder", "activity_notification", "vi", "Bạn đã bỏ lỡ bài học hôm nay",
        ["Chào {name},", "Hôm nay bạn chưa luyện phát âm. Chỉ 10 phút mỗi ngày để nói tiếng Anh tự tin hơn."],
        "ELSA reminder (service only in holdout)", split="holdout")
    add(UDEMY, A, "learning-reminder", "activity_notification", "en", "Continue learning: Excel from Beginner to Advanced",
        ["Hi {name},", "You're 35% of the way through. Pick up where you left off."],
        "Udemy continue learning", split="holdout")
    # New subscribers
    add(YOUTUBE, A, "new-subscriber", "activity_notification", "en", "You have a new subscriber!",
        ["Hi {name},", "Phong Tran subscribed to your channel Quang Ngai Xanh.", "You now have 128 subscribers."],
        "YouTube new subscriber", n=2)
    add(YOUTUBE, A, "new-subscriber", "activity_notification", "vi", "Bạn có người đăng ký mới trên YouTube",
        ["Chào {name},", "Lan Nguyễn đã đăng ký kênh của bạn."],
        "YouTube new subscriber in Vietnamese", split="holdout")
    add(SUBSTACK, A, "new-subscriber", "activity_notification", "en", "New free subscriber to Ghi chep Quang Ngai",
        ["Minh Le (minh@example.net) just subscribed to Ghi chep Quang Ngai.", "You now have 54 subscribers."],
        "Substack new subscriber via Mailgun", n=2, list_headers=True)
    add(SUBSTACK, A, "new-subscriber", "activity_notification", "en", "You have 3 new subscribers this week",
        ["Your publication Ghi chep Quang Ngai gained 3 new subscribers."],
        "Substack weekly subscribers", split="holdout")
    # Game platforms
    add(STEAM, A, "game-code", "security_alert", "en", "Your Steam account: Access from new web or mobile device",
        ["Dear {user},", "Here is the Steam Guard code you need to login to account {user}:", "[big]{code5}",
         "This email was generated because of a login attempt from a web or mobile device."],
        "Steam Guard code", n=2)
    add(STEAM_SUPPORT, A, "game-code", "transaction", "en", "Thank you for your Steam purchase!",
        ["Hello {user},", "Thank you for your recent transaction on Steam.", "Stardew Valley", "Total: 165,000₫"],
        "Steam purchase receipt", split="holdout")
    add(GARENA, A, "game-code", "login_code", "vi", "Mã xác minh Garena",
        ["Xin chào {user},", "Mã xác minh của bạn là {code}.", "Mã có hiệu lực trong 10 phút."],
        "Garena code", n=2)
    add(GARENA_VN, A, "game-code", "security_alert", "vi", "Garena: Thay đổi email tài khoản",
        ["Chào {user},", "Email liên kết với tài khoản Garena của bạn vừa được thay đổi.", "Nếu không phải bạn, hãy liên hệ hỗ trợ."],
        "Garena email change", split="holdout")
    add(EPIC, A, "game-code", "login_code", "en", "Your Epic Games security code",
        ["Hello {user},", "Here is your security code:", "[big]{code}", "If you did not request this, change your password."],
        "Epic security code", n=2)
    add(EPIC, A, "game-code", "login_code", "en", "Epic Games - Two-Factor Sign In Code",
        ["Your two-factor sign in code", "[big]{code}", "This code will expire in 30 minutes."],
        "Epic 2FA", split="holdout")
    add(RIOT, A, "game-code", "login_code", "en", "Your Riot sign-in code",
        ["Hi {user},", "Here's your sign-in code: {code}"],
        "Riot code (service only in holdout)", split="holdout", n=2)
    # AI chat services
    add(CHATGPT, A, "ai-chat", "login_code", "en", "Your ChatGPT code is {code}",
        ["Enter this temporary verification code to continue:", "[big]{code}",
         "If you were not trying to log in to ChatGPT, please reset your password."],
        "ChatGPT login code", n=2)
    add(OPENAI, A, "ai-chat", "email_verification", "en", "OpenAI - Verify your email",
        ["Verify your email address", "To continue setting up your OpenAI account, please verify that this is your email address.",
         "[button]Verify email address"],
        "OpenAI verify email", split="holdout")
    add(CLAUDE, A, "ai-chat", "login_code", "en", "Secure link to log in to Claude.ai",
        ["Sign in to Claude", "Click the button below to sign in.", "[button]Sign in to Claude.ai",
         "Or enter this code: {code}"],
        "Claude sign-in link", n=2)
    add(ANTHROPIC, A, "ai-chat", "transaction", "en", "Your receipt from Anthropic #{ref4}",
        ["Receipt from Anthropic, PBC", "Claude Pro subscription", "Amount paid $20.00"],
        "Anthropic receipt", split="holdout")
    add(GEMINI, A, "ai-chat", "notification", "en", "Your Gemini scheduled action is complete",
        ["Gemini ran your scheduled action \"Morning briefing\".", "Open the Gemini app to see the result."],
        "Gemini scheduled action", n=1)
    add(GEMINI, A, "ai-chat", "notification", "vi", "Gemini: Hoạt động của bạn đã được lưu",
        ["Chào {name},", "Chúng tôi đã thay đổi chế độ cài đặt Hoạt động trong các ứng dụng Gemini của bạn."],
        "Gemini settings notice in Vietnamese", split="holdout")
    add(PERPLEXITY, A, "ai-chat", "login_code", "en", "Sign in to Perplexity",
        ["Sign in to Perplexity", "Click the link below to sign in. Or use this code: {code}", "[button]Sign in"],
        "Perplexity sign-in via SES", n=2)
    add(PERPLEXITY, A, "ai-chat", "transaction", "en", "Your Perplexity Pro receipt",
        ["Thanks for subscribing to Perplexity Pro.", "Amount: $20.00", "Invoice {ref4}"],
        "Perplexity receipt", split="holdout")
    # Social and forum digests
    add(FB_GROUPS, A, "social-digest", "activity_notification", "vi", "Có gì mới trong các nhóm của bạn",
        ["{name} ơi, có 14 bài viết mới trong Hội Kỹ sư Xây dựng Quảng Ngãi và 3 nhóm khác.", "[button]Xem nhóm"],
        "Facebook group digest with list headers", n=3, list_headers=True,
        extra_headers=["X-Facebook-Notify: group_activity; mailid=a1b26c0e93f4G5af3b7c2a1d0e4G7c"])
    add(FB_GROUPS, A, "social-digest", "activity_notification", "en", "What's new in your groups",
        ["See what's been happening in Quang Ngai Photographers and 2 other groups.", "[button]See posts"],
        "Facebook groups digest", n=1, list_headers=True)
    add(FB_NOTIF, A, "social-digest", "activity_notification", "vi", "Bạn có 8 thông báo chưa đọc",
        ["{name} ơi, bạn có 8 thông báo chưa đọc trên Facebook.", "Lan Trần đã bình luận về ảnh của bạn."],
        "Facebook unread notifications", split="holdout", n=2, list_headers=True)
    add(FB_GROUPS, A, "social-digest", "activity_notification", "vi", "Hội Cựu sinh viên Bách khoa Đà Nẵng: 5 bài viết mới",
        ["Có 5 bài viết mới trong nhóm Hội Cựu sinh viên Bách khoa Đà Nẵng.", "[button]Xem bài viết"],
        "Facebook group post digest (holdout wording)", split="holdout", list_headers=True)
    add(LINKEDIN_NOTIF, A, "social-digest", "activity_notification", "en", "{name}, you appeared in 9 searches this week",
        ["You appeared in 9 searches this week.", "See who's looking at your profile."],
        "LinkedIn weekly search digest", n=2, list_headers=True, extra_headers=["X-LinkedIn-Class: INSIGHT"])
    add(LINKEDIN_MSG, A, "social-digest", "activity_notification", "en", "{name}, you have 2 new messages",
        ["Minh Pham sent you a message.", "Hi, are you attending the smart-city workshop?"],
        "LinkedIn messages digest", split="holdout", list_headers=True)
    add(REDDIT, A, "social-digest", "activity_notification", "en", "Trending on r/VietNam",
        ["u/{user}, here are today's top posts from communities you follow.", "r/VietNam: Flooding update in Quang Ngai"],
        "Reddit digest addressed to a username", n=2, list_headers=True)
    add(REDDIT, A, "social-digest", "activity_notification", "en", "u/{user}, your post is getting attention",
        ["Your post in r/vozforums received 45 upvotes and 12 comments."],
        "Reddit post activity", split="holdout", list_headers=True)
    add(QUORA, A, "social-digest", "activity_notification", "en", "What is the best way to learn Vietnamese history?",
        ["Quora Digest", "Top stories for {name}", "What is the best way to learn Vietnamese history? Answered by a historian."],
        "Quora digest", n=2, list_headers=True)
    add(DISCORD, A, "social-digest", "activity_notification", "en", "You have unread messages in Quang Ngai Devs",
        ["Hey {user}, you have 6 unread messages.", "#general: see what's new"],
        "Discord unread messages", split="holdout", list_headers=True)
    add(VOZ, A, "forum-digest", "activity_notification", "vi", "Trả lời mới trong chủ đề bạn đang theo dõi - Đánh giá laptop văn phòng",
        ["{user} thân mến,", "Có trả lời mới trong chủ đề \"Đánh giá laptop văn phòng 2025\".", "[button]Xem chủ đề"],
        "VOZ (XenForo) watched-thread reply with XenForo VERP", n=2, verp="xenforo")
    add(TINHTE, A, "forum-digest", "activity_notification", "vi", "{user}, có người trả lời bài viết của bạn",
        ["Chào {user},", "Bài viết của bạn trong chủ đề \"Chia sẻ kinh nghiệm chọn máy ảnh\" vừa có trả lời mới."],
        "Tinhte reply (holdout)", split="holdout", n=2, verp="xenforo")
    add(GITHUB_NOTIF, A, "forum-digest", "activity_notification", "en", "Re: [qn-gis/map-tiles] Tiles fail to load on zoom 18 (Issue #42)",
        ["@{user} mentioned you in this issue.", "Could you check the tile server config?", "Reply to this email directly or view it on GitHub."],
        "GitHub issue mention", n=1, list_headers=True,
        extra_headers=["X-GitHub-Reason: mention", "List-ID: qn-gis/map-tiles <map-tiles.qn-gis.github.com>"])
    # Orders
    add(SHOPEE_NR, A, "order", "transaction", "vi", "Đơn hàng #{order} đã giao thành công",
        ["Xin chào {user},", "Đơn hàng #{order} đã được giao thành công.", "Vui lòng đánh giá sản phẩm để nhận Xu."],
        "Shopee order delivered", n=3, pad_rows=160, form="html+text")
    add(SHOPEE_NR, A, "order", "transaction", "vi", "Xác nhận đơn hàng {order}",
        ["Cảm ơn bạn đã mua sắm tại Shopee!", "Đơn hàng {order} đã được xác nhận.", "Tổng thanh toán: {amount}đ"],
        "Shopee order confirmation", split="holdout", n=2)
    add(LAZADA, A, "order", "transaction", "vi", "Đơn hàng của bạn đã được xác nhận",
        ["Chào {name},", "Cảm ơn bạn đã đặt hàng tại Lazada.", "Mã đơn hàng: {order}"],
        "Lazada order via SparkPost", n=2)
    add(TIKI, A, "order", "transaction", "vi", "Tiki - Đơn hàng {order} đang được giao",
        ["Chào {name},", "Đơn hàng {order} đang trên đường giao đến bạn.", "Dự kiến giao: thứ Sáu"],
        "Tiki shipping", split="holdout", n=2)
    add(SENDO, A, "order", "transaction", "vi", "Đặt hàng thành công - Mã đơn {order}",
        ["Cảm ơn bạn đã mua hàng trên Sendo.", "Mã đơn: {order}"],
        "Sendo order (service only in holdout)", split="holdout")
    add(AMAZON_ORDER, A, "order", "transaction", "en", "Your Amazon.com order #{amzorder}",
        ["Hello {name},", "Thank you for shopping with us. We'll send a confirmation when your item ships.",
         "Order #{amzorder}", "Anker USB-C Hub, 7-in-1"],
        "Amazon order confirmation", n=2)
    add(AMAZON_SHIP, A, "order", "transaction", "en", "Shipped: \"Kindle Paperwhite (16 GB)...\"",
        ["Hi {name}, your package has shipped!", "Arriving Thursday", "Order #{amzorder}"],
        "Amazon shipment", split="holdout")
    add(AMAZON_ACC, A, "signup-wording", "security_alert", "en", "Your Amazon password has been changed",
        ["Hello {name},", "The password for your Amazon account {rcpt} was changed."],
        "Amazon password changed", split="holdout")


account_evidence()


# ==========================================================================
# ACCOUNT: relays, bounce formats, forwards, other own domains, outside catalog
# ==========================================================================


def account_special() -> None:
    # The bounce address encodes the recipient exactly; decoded loosely it
    # gives a hashed local part at the official domain (an invented person).
    add(S("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="mailgun"), A, "esp-bounce", "security_alert", "vi",
        "Thông báo đăng nhập tài khoản Tiki",
        ["Tài khoản Tiki của bạn vừa đăng nhập trên thiết bị mới.", "Thời gian: {day} 21:04"],
        "Mailgun bounce+<id>-<local>=<domain>: only the real recipient may come out", n=2)
    add(S("Canva", "no-reply@canva.com", "canva.com", relay="sendgrid"), A, "esp-bounce", "notification", "en",
        "Nguyen Thanh commented on your design",
        ["Nguyen Thanh left a comment on \"Bao cao quy 1\":", "\"Please update the chart on page 3.\"", "[button]Reply"],
        "SendGrid bounces+<uid>-<hash>-<local>=<domain>; a comment on the member's own design", n=2)
    add(S("Coursera", "no-reply@m.mail.coursera.org", "coursera.org", relay="mailchimp"), A, "esp-bounce",
        "activity_notification", "en", "You earned a certificate!",
        ["Congratulations, {name}!", "You completed Foundations of Project Management and earned a certificate."],
        "Mailchimp bounce-mc.usN_<list>.<id>-<local>=<domain>", split="holdout", list_headers=True)
    add(S("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="mailchimp"), A, "esp-bounce", "transaction", "vi",
        "Bạn đã nhận được Xu từ đơn hàng {order}",
        ["Chúc mừng! Bạn nhận được 200 Xu từ đơn hàng {order}.", "Xu có hạn sử dụng đến cuối tháng sau."],
        "Mailchimp bounce with the recipient encoded", list_headers=True)
    add(S("Booking.com", "noreply@booking.com", "booking.com", relay="mandrill"), A, "esp-bounce", "transaction", "en",
        "Your upcoming stay: check-in information",
        ["Hi {name},", "Your stay at Cham Villas starts in 3 days.", "Confirmation number: {ref}"],
        "Mandrill bounce-md_<id>: nothing to decode", split="holdout")
    add(S("Udemy", "no-reply@e.udemy.com", "udemy.com", relay="sparkpost"), A, "esp-bounce", "transaction", "en",
        "Your Udemy receipt",
        ["Thank you for your purchase!", "Complete Python Bootcamp", "Total: ₫279,000"],
        "SparkPost msprvs1=...=bounces-<n>", n=1)
    add(S("Medium", "noreply@medium.com", "medium.com", relay="postmark"), A, "esp-bounce", "activity_notification", "en",
        "Your story was added to a publication",
        ["Hi {name},", "Your story \"Smart city lessons\" was added to the publication Better Programming."],
        "Postmark pm_bounces@pm-bounces.<domain>", split="holdout")
    add(S("Duolingo", "hello@duolingo.com", "duolingo.com", relay="ses"), A, "esp-bounce", "activity_notification", "en",
        "Your weekly progress",
        ["Great week, {name}!", "You earned 1,240 XP and finished 3 units."],
        "Amazon SES 0100...-000000@amazonses.com", n=1, list_headers=True)
    # A hashed bounce token at the official domain: never a person.
    for svc, subj, paras, split in [
        (S("Spotify", "no-reply@spotify.com", "spotify.com"), "Your Spotify Premium receipt",
         ["Thanks for your payment, {name}.", "Premium Individual", "89,000₫"], "dev"),
        (S("Grab", "no-reply@grab.com", "grab.com"), "Your Grab E-Receipt",
         ["Hope you enjoyed your food!", "GrabFood order GF-{ref}", "Total paid: {amount}đ"], "holdout"),
        (S("Netflix", "info@account.netflix.com", "netflix.com"), "Your account information has been updated",
         ["Hi {name},", "The payment information on your account was updated."], "dev"),
    ]:
        add(svc, A, "verp-trap", "transaction", "en", subj, paras,
            "Return-Path encodes a hashed token at the official domain; only the To address is real",
            split=split, verp="hashed")
    # Discourse and XenForo VERP.
    add(PYDISCUSS, A, "outside-catalog-signup", "email_verification", "en",
        "[Discussions on Python.org] Confirm your new account",
        ["Welcome to Discussions on Python.org!", "Click the following link to confirm and activate your new account:",
         "[button]Activate account"],
        "Discourse activation from a forum outside the catalog; Discourse VERP", verp="discourse",
        extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])
    add(HASS, A, "outside-catalog-signup", "account_created", "en", "Welcome to Home Assistant Community!",
        ["Thanks for joining Home Assistant Community, {user}!", "Here are a few tips to get started."],
        "Discourse welcome from a forum outside the catalog", verp="discourse",
        extra_headers=["Auto-Submitted: auto-generated"])
    add(RUSTFORUM, A, "outside-catalog-signup", "email_verification", "en",
        "[Rust Programming Language Forum] Confirm your new account",
        ["Welcome to Rust Programming Language Forum!", "Click the following link to confirm and activate your new account:",
         "[button]Activate account"],
        "Discourse activation (holdout forum)", split="holdout", verp="discourse",
        extra_headers=["Auto-Submitted: auto-generated"])
    add(PROXMOX, A, "outside-catalog-signup", "email_verification", "en", "Account confirmation required",
        ["{user}, in order to complete your registration or reactivate your account at Proxmox Support Forum, you need to confirm your email address.",
         "[button]Confirm your email"],
        "XenForo confirmation from a forum outside the catalog (holdout)", split="holdout", verp="xenforo")
    add(MACRUMORS, A, "outside-catalog-signup", "account_created", "en", "Welcome to MacRumors Forums",
        ["{user}, thank you for registering at MacRumors Forums.", "Your account is now active."],
        "XenForo welcome from a forum outside the catalog", verp="xenforo")
    # Genuine mail of a big service from another of its own domains.
    add(S("Facebook", "notification@support.facebook.com", "facebook.com"), A, "own-other-domain", "notification", "en",
        "Your Facebook support request has been updated",
        ["Hi {name},", "We've reviewed your request about your Facebook account and updated your Support Inbox."],
        "Facebook from support.facebook.com rather than facebookmail.com")
    add(S("Microsoft Teams", "no-reply@teams.mail.microsoft", "microsoft.com", dkim="teams.mail.microsoft"), A,
        "own-other-domain", "activity_notification", "en", "You have 3 missed messages in Microsoft Teams",
        ["Your teammates are trying to reach you in Microsoft Teams.", "Minh Tran: can you review the draft?"],
        "Microsoft Teams sends from the .microsoft TLD", n=2, list_headers=True)
    add(S("X (formerly Twitter)", "info@twitter.com", "x.com"), A, "own-other-domain", "security_alert", "en",
        "New login to X from Chrome on Windows",
        ["We noticed a login to your account @{user} from a new device. Was this you?"],
        "X still sends from twitter.com", split="holdout")
    add(S("ChatGPT", "noreply@email.openai.com", "chatgpt.com", relay="sendgrid"), A, "own-other-domain",
        "notification", "en", "Your ChatGPT data export is ready",
        ["Your data export is ready. The link expires in 24 hours.", "[button]Download data export"],
        "ChatGPT brand sent from openai.com")
    add(S("Claude", "no-reply@mail.anthropic.com", "claude.ai", relay="ses-custom"), A, "own-other-domain",
        "login_code", "en", "Your Claude verification code",
        ["Enter this code to sign in to Claude:", "[big]{code}"],
        "Claude brand sent from anthropic.com", split="holdout")
    add(S("Discord", "noreply@discordapp.com", "discord.com"), A, "own-other-domain", "password_reset", "en",
        "Password Reset Request for Discord",
        ["Hey {user},", "Your Discord password can be reset by clicking the button below.", "[button]Reset Password"],
        "Discord from its older discordapp.com domain")
    add(S("Google Play", "googleplay-noreply@google.com", "google.com"), A, "own-other-domain", "transaction", "vi",
        "Biên nhận Google Play của bạn từ ngày {day}",
        ["Cảm ơn bạn. Bạn đã mua hàng trên Google Play.", "Gói YouTube Premium", "Tổng: 79.000 ₫"],
        "Google Play receipt", split="holdout")
    # Forwarded by its official holder to another official mailbox (Resent-*).
    for svc, subj, paras, lang, split in [
        (ZOOM, "Please activate your Zoom account",
         ["Hello,", "Welcome to Zoom! To activate your account please verify your email address.", "[button]Activate Account"], "en", "dev"),
        (SHOPEE, "Mã xác minh Shopee của bạn",
         ["Mã xác minh Shopee của bạn là:", "[big]{code}"], "vi", "dev"),
        (GRAB, "Your Grab E-Receipt",
         ["Hope you enjoyed your ride!", "Booking ID: A-{ref}", "Total paid: {amount}đ"], "en", "holdout"),
    ]:
        add(svc, A, "forward-official", "email_verification" if "activate" in subj.lower() else
            ("login_code" if "mã" in subj.lower() else "transaction"), lang, subj, paras,
            "Re-sent by its official holder to a colleague: the account is the original recipient's",
            split=split, resend=True)
    # Forwarded by the government server (SRS0) from one official mailbox to another.
    add(BE, A, "forward-official", "transaction", "vi", "Hóa đơn chuyến đi beCar",
        ["Cảm ơn bạn đã sử dụng dịch vụ của be.", "Mã chuyến đi: BE{ref}", "Tổng tiền: {amount}đ"],
        "SRS0 forward by the government server: the account is the original official recipient's", srs="official")
    add(COURSERA, A, "forward-official", "activity_notification", "en", "Complete your next assignment",
        ["Hi {name},", "Your next assignment in Data Analytics is due Sunday."],
        "SRS0 forward by the government server (holdout)", split="holdout", srs="official")


account_special()


# ==========================================================================
# NONE: not evidence of an account
# ==========================================================================

N = "none"


def none_messages() -> None:
    # Invitations and shares from another person
    add(S("Slack", "feedback@slack.com", "slack.com"), N, "invitation", "invitation", "en",
        "Tran Minh has invited you to work with them in Slack",
        ["Tran Minh (tran.minh@example.org) has invited you to use Slack with them, in a workspace called QN Smart City.",
         "[button]Join Now"],
        "Slack invitation from a person", n=2)
    add(S("Google Docs", "drive-shares-dm-noreply@google.com", "google.com", display="Lê Thị Hoa (via Google Docs)"), N,
        "invitation", "invitation", "vi", "Tài liệu được chia sẻ với bạn: \"Kế hoạch chuyển đổi số 2025\"",
        ["Lê Thị Hoa đã chia sẻ một tài liệu với bạn", "Kế hoạch chuyển đổi số 2025", "[button]Mở"],
        "Google Docs share from a colleague", n=2)
    add(S("Dropbox", "no-reply@dropboxmail.com", "dropbox.com"), N, "invitation", "invitation", "en",
        "Hung Vo shared \"Ho so thiet ke\" with you",
        ["Hung Vo shared a folder with you.", "[button]Go to folder"],
        "Dropbox folder share", split="holdout")
    add(S("Canva", "no-reply@canva.com", "canva.com"), N, "invitation", "invitation", "en",
        "Phuong Anh invited you to edit a design",
        ["Phuong Anh invited you to edit \"Poster ngay hoi chuyen doi so\" on Canva.", "[button]Edit design"],
        "Canva design invitation", n=1)
    add(S("Trello", "do-not-reply@trello.com", "trello.com"), N, "invitation", "invitation", "en",
        "Bao Nguyen invited you to the board Ke hoach quy 2",
        ["Bao Nguyen invited you to join the board \"Ke hoach quy 2\" on Trello.", "[button]Join board"],
        "Trello board invitation", split="holdout")
    add(S("Zoom", "no-reply@zoom.us", "zoom.us"), N, "invitation", "invitation", "vi",
        "Mời tham gia cuộc họp Zoom: Giao ban tuần",
        ["Phòng Hành chính mời bạn tham gia cuộc họp Zoom.", "Chủ đề: Giao ban tuần", "Meeting ID: 845 221 9043"],
        "Zoom meeting invitation", n=2)
    add(S("GitHub", "noreply@github.com", "github.com"), N, "invitation", "invitation", "en",
        "[GitHub] @qn-gis has invited you to join the @qn-gis organization",
        ["@tuanle has invited you to join the @qn-gis organization on GitHub.", "[button]Join @qn-gis"],
        "GitHub organisation invitation", split="holdout")
    add(S("LinkedIn", "invitations@linkedin.com", "linkedin.com", display="Minh Pham via LinkedIn"), N, "invitation",
        "invitation", "en", "Minh Pham wants to connect",
        ["Hi, I'd like to join your LinkedIn network.", "Minh Pham, Project Manager at QN Construction", "[button]Accept"],
        "LinkedIn invitation (sent to non-members too)")
    add(S("Notion", "notify@mail.notion.so", "notion.so"), N, "invitation", "invitation", "vi",
        "Hải Yến đã mời bạn vào trang \"Lịch công tác tháng 5\"",
        ["Hải Yến đã mời bạn chỉnh sửa trang trong Notion.", "[button]Mở trang"],
        "Notion page invitation", split="holdout")
    add(S("SharePoint Online", "no-reply@sharepointonline.com", "microsoft.com", display="Lê Văn Hòa"), N, "invitation",
        "invitation", "vi", "Lê Văn Hòa đã chia sẻ \"Báo cáo tháng 5\" với bạn",
        ["Lê Văn Hòa đã chia sẻ một tệp với bạn.", "Báo cáo tháng 5.docx", "[button]Mở"],
        "SharePoint file share from a colleague")
    # Double opt-in for a mailing list
    add(S("VnExpress", "newsletter@vnexpress.net", "vnexpress.net", relay="mailchimp"), N, "double-opt-in", "none", "vi",
        "Xác nhận đăng ký nhận bản tin VnExpress",
        ["Cảm ơn bạn đã đăng ký nhận bản tin.", "Vui lòng xác nhận địa chỉ email để bắt đầu nhận bản tin hằng ngày.",
         "[button]Xác nhận đăng ký"],
        "Double opt-in for a newsletter, not a reader account", n=2)
    add(S("CafeF", "bantin@cafef.vn", "cafef.vn", relay="brevo"), N, "double-opt-in", "none", "vi",
        "Vui lòng xác nhận đăng ký bản tin CafeF",
        ["Bạn vừa đăng ký nhận bản tin tài chính CafeF.", "[button]Xác nhận"],
        "Newsletter double opt-in via Brevo", split="holdout")
    add(S("QN Young Entrepreneurs", "bantin@doanhnhantrequangngai.vn", relay="mailchimp", display="QN Young Entrepreneurs"), N,
        "double-opt-in", "none", "en", "QN Young Entrepreneurs: Please Confirm Subscription",
        ["Please Confirm Subscription", "Yes, subscribe me to this list.",
         "If you received this email by mistake, simply delete it."],
        "Mailchimp 'Please Confirm Subscription'")
    add(S("Genk", "newsletter@genk.vn", "genk.vn", relay="brevo"), N, "double-opt-in", "none", "vi",
        "Xac nhan dang ky nhan ban tin Genk",
        ["Ban vua dang ky nhan ban tin cong nghe Genk.", "Nhan vao nut ben duoi de xac nhan."],
        "Newsletter double opt-in without diacritics", split="holdout")
    # Marketing to list subscribers (not members)
    add(S("Fahasa", "marketing@fahasa.com", "fahasa.com", relay="brevo"), N, "marketing-subscribers", "newsletter", "vi",
        "Sách mới tháng 5 - Giảm đến 30%",
        ["Bạn nhận được email này vì đã đăng ký nhận bản tin của Fahasa.", "Top sách bán chạy tháng 5."],
        "Marketing stating it goes to newsletter subscribers", list_headers=True, n=2)
    add(S("Hasaki", "news@hasaki.vn", "hasaki.vn", relay="mailchimp"), N, "marketing-subscribers", "newsletter", "vi",
        "Flash sale cuối tuần",
        ["Bạn nhận được thư này vì đã đăng ký nhận tin khuyến mãi tại hasaki.vn.", "Giảm đến 50% toàn bộ chăm sóc da."],
        "Marketing to subscribers", split="holdout", list_headers=True)
    # Government internal mail (BATV return path of the sending gov server)
    for sender, subj, paras, split in [
        ("vanphong@ubnd.quangngai.gov.vn", "Giấy mời họp triển khai tài khoản định danh điện tử",
         ["Kính gửi các đồng chí,", "Đề nghị các đồng chí đăng ký tài khoản định danh điện tử VNeID mức 2 trước ngày 30/6.",
          "Văn phòng UBND tỉnh"], "dev"),
        ("cntt@stttt.quangngai.gov.vn", "Hướng dẫn đặt lại mật khẩu hộp thư công vụ",
         ["Kính gửi anh/chị,", "Để đặt lại mật khẩu hộp thư công vụ, vui lòng truy cập trang quản trị tại mail.quangngai.gov.vn.",
          "Mã xác nhận tạm thời: {code}"], "dev"),
        ("tonghop@snv.quangngai.gov.vn", "V/v đăng ký tài khoản Zalo OA cho đơn vị",
         ["Sở Nội vụ đề nghị các đơn vị đăng ký tài khoản Zalo Official Account để tiếp nhận phản ánh.",
          "Chi tiết tại văn bản đính kèm."], "holdout"),
        ("thongbao@dichvucong.gov.vn", "Xác thực tài khoản Cổng Dịch vụ công quốc gia",
         ["Mã xác thực tài khoản của bạn là {code}.", "Cổng Dịch vụ công quốc gia"], "dev"),
        ("hethong@qlvb.quangngai.gov.vn", "[QLVB] Bạn có văn bản mới cần xử lý",
         ["Bạn có 3 văn bản đến cần xử lý trên Hệ thống quản lý văn bản và điều hành.", "Đăng nhập để xem chi tiết."], "holdout"),
    ]:
        add(S("", sender), N, "internal-gov", "none", "vi", subj, paras,
            "Internal government mail, even with sign-up words", split=split, batv=True)
    # Person-to-person
    for sender, name, subj, paras, lang, split in [
        ("thanhhuong.qn@gmail.com", "Thanh Hương", "Gửi anh mã xác nhận Zalo của em",
         ["Anh ơi, em vừa nhận mã xác nhận Zalo 482913, anh nhập giúp em với.", "Cảm ơn anh!"], "vi", "dev"),
        ("minh.tran1985@yahoo.com", "Minh Tran", "Re: Facebook account help",
         ["Hi An,", "I reset my Facebook password as you suggested and it works now. Thanks!"], "en", "dev"),
        ("lehoangvu@outlook.com", "Lê Hoàng Vũ", "Tài liệu tập huấn Canva",
         ["Chào chị,", "Em gửi chị tài liệu tập huấn thiết kế trên Canva. Chị tạo tài khoản Canva rồi đăng nhập nhé."], "vi", "holdout"),
        ("nguyenphuc.kts@gmail.com", "Nguyễn Phúc", "Lich di cong tac Da Nang",
         ["Anh gui em lich cong tac, ve may bay Vietjet da dat, ma dat cho 7QX2PL."], "vi", "dev"),
    ]:
        add(S(name, sender, display=name), N, "person-to-person", "none", lang, subj, paras,
            "Person-to-person mail that mentions services", split=split, auth="pass", form="text")
    # Bounces and auto-replies
    add(S("Mail Delivery System", "MAILER-DAEMON@mail.quangngai.gov.vn", "quangngai.gov.vn"), N, "bounce", "none", "en",
        "Undelivered Mail Returned to Sender",
        ["This is the mail system at host mail.quangngai.gov.vn.", "I'm sorry to have to inform you that your message could not be delivered.",
         "<support@shopee.vn>: host mx.shopee.vn said: 550 5.1.1 User unknown",
         "Original subject: Yêu cầu hỗ trợ đặt lại mật khẩu Shopee"],
        "Bounce of the official's own mail to a service", n=2, form="text", bounce=True)
    add(S("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "google.com"), N, "bounce", "none", "en",
        "Delivery Status Notification (Failure)",
        ["Address not found", "Your message wasn't delivered to account-verify@facebookmail.com because the address couldn't be found.",
         "Original subject: Confirm your Facebook account"],
        "DSN naming a service", split="holdout", form="text", bounce=True)
    add(S("Lazada Hỗ trợ", "support@lazada.vn", "lazada.vn"), N, "auto-reply", "none", "vi",
        "[#{ref}] Chúng tôi đã nhận được yêu cầu của bạn",
        ["Cảm ơn bạn đã liên hệ Lazada. Yêu cầu của bạn đã được ghi nhận với mã {ref}.",
         "Đây là email tự động, vui lòng không trả lời."],
        "Support-desk auto-reply to the official's enquiry", form="text",
        extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    add(S("Trần Văn Sơn", "son.tv@sgtvt.quangngai.gov.vn", "quangngai.gov.vn"), N, "auto-reply", "none", "vi",
        "Trả lời tự động: Đăng ký tài khoản hệ thống",
        ["Tôi đang đi công tác đến hết ngày 20/5. Việc gấp xin liên hệ phòng Hành chính."],
        "Out-of-office auto-reply", split="holdout", form="text",
        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add(S("Booking.com", "noreply@booking.com", "booking.com"), N, "auto-reply", "none", "en",
        "Automatic reply: Your message to the property",
        ["Thank you for your message. The property will reply within 24 hours.", "This is an automated response."],
        "Auto-reply relayed for a property", form="text", extra_headers=["Auto-Submitted: auto-replied"])
    # Spam with sign-up wording from unknown domains (no trusted spam verdict)
    for sender, display_name, subj, paras, lang, split in [
        ("welcome@luckyspin-bonus.top", "Lucky Spin", "Welcome! Confirm your account to claim 500 USDT",
         ["Your account has been created.", "Verify your email to claim your 500 USDT welcome bonus.", "[button]Activate account"], "en", "dev"),
        ("no-reply@vay-nhanh-24h.xyz", "Vay Nhanh 24h", "Xác nhận đăng ký tài khoản vay",
         ["Chúc mừng! Tài khoản vay của bạn đã được tạo.", "Nhập mã {code} để nhận khoản vay 50 triệu."], "vi", "dev"),
        ("account@crypto-yield-pro.io", "CryptoYield", "Your account is ready - verify now",
         ["Welcome aboard! Confirm your email address to activate your trading account.", "[button]Confirm email"], "en", "dev"),
        ("support@thuong-tet-2025.online", "Chương trình tri ân", "Kích hoạt tài khoản nhận quà",
         ["Tài khoản của bạn đã được đăng ký tham gia chương trình tri ân.", "[button]Kích hoạt ngay"], "vi", "holdout"),
        ("noreply@datingmatch-asia.club", "Asia Match", "Confirm your email to see who liked you",
         ["3 people liked your profile!", "Confirm your email address to complete your registration."], "en", "holdout"),
        ("hello@kiem-tien-online.site", "Kiếm tiền online", "Chao mung ban den voi he thong",
         ["Tai khoan cua ban da duoc kich hoat.", "Dang nhap de nhan 2 trieu dong moi ngay."], "vi", "dev"),
    ]:
        add(S(display_name, sender, display=display_name), N, "spam-signup-unknown", "account_created", lang, subj, paras,
            "Spam with sign-up wording from an unknown domain, sent to undisclosed recipients",
            split=split, to_header="undisclosed-recipients:;", auth=G.choice(["pass", "none"]),
            extra_headers=[f"Reply-To: {sender.split('@')[0]}.{G.digits(4)}@gmail.com"])
    # Flagged by the government's own filter
    for sender, display_name, subj, paras, lang, split in [
        ("verify@globalprize-center.com", "Prize Center", "Verify your account to receive your reward",
         ["Your account was registered for our reward program.", "Verify now to receive $1,000."], "en", "dev"),
        ("info@sieu-khuyen-mai.shop", "Siêu Khuyến Mãi", "Xác minh tài khoản để nhận voucher 1.000.000đ",
         ["Tài khoản của bạn đã được tạo thành công.", "Xác minh ngay để nhận voucher."], "vi", "dev"),
        ("team@ai-writer-free.app", "AI Writer", "Welcome to AI Writer - confirm your email",
         ["Thanks for signing up!", "Confirm your email to unlock unlimited credits."], "en", "holdout"),
        ("cskh@vaytien-online.net", "Vay Tiền Online", "Ma OTP xac nhan tai khoan",
         ["Ma OTP cua ban la {code}.", "Tai khoan vay da san sang."], "vi", "holdout"),
        ("noreply@casino-royal-vip.bet", "Royal VIP", "Your VIP account is active",
         ["Welcome! Your VIP account is active.", "Log in to claim free spins."], "en", "dev"),
    ]:
        add(S(display_name, sender, display=display_name), N, "spam-flagged", "account_created", lang, subj, paras,
            "Flagged as spam by the government's own filter (X-Spam-Flag: YES)", split=split,
            spam=f"{G.randint(8, 19)}.{G.randint(100, 999)}", auth="pass")
    # Forward traps: a personal mailbox forwards into the official one.
    for svc, subj, paras, lang, split, event in [
        (SHOPEE_NR, "Đơn hàng #{order} đã giao thành công", ["Đơn hàng #{order} đã được giao thành công."], "vi", "dev", "transaction"),
        (FB_SEC, "{code} là mã xác nhận Facebook của bạn", ["Mã xác nhận Facebook của bạn:", "[big]{code}"], "vi", "dev", "login_code"),
        (NETFLIX, "A new device is using your account", ["A new device signed in to your Netflix account."], "en", "dev", "security_alert"),
        (DUOLINGO, "Hi there, it's time for your lesson", ["You're on a 4 day streak. Keep it going!"], "en", "holdout", "activity_notification"),
        (GRAB, "Your Grab E-Receipt", ["Hope you enjoyed your ride!", "Total paid: {amount}đ"], "en", "holdout", "transaction"),
        (SPOTIFY, "Reset your password", ["Need to reset your password? Just click the button below.", "[button]Reset password"], "en", "dev", "password_reset"),
    ]:
        add(svc, N, "forward-trap", event, lang, subj, paras,
            "Gmail auto-forward (+caf_=, X-Forwarded-To) from a personal mailbox: the account is not the official one's",
            split=split, gmail_forward=True)
    # Resent-* from a personal mailbox.
    add(CANVA, N, "forward-trap", "email_verification", "en", "Activate your new Canva account",
        ["Hi,", "Activate your new Canva account by confirming your email.", "[button]Activate account"],
        "Resent from a personal mailbox to the official one: not the official's account", split="holdout",
        personal_resend=True)
    # SRS forwards from a non-official alias (the account is the alias's)
    for svc, subj, paras, lang, split, event in [
        (FB_SEC, "New login to Facebook from Chrome on Windows", ["We noticed a new login to your Facebook account."], "en", "dev", "security_alert"),
        (LAZADA, "Đơn hàng của bạn đã được xác nhận", ["Cảm ơn bạn đã đặt hàng tại Lazada.", "Mã đơn hàng: {order}"], "vi", "dev", "transaction"),
        (TIKTOK, "{code} là mã xác minh của bạn", ["Mã xác minh TikTok của bạn:", "[big]{code}"], "vi", "holdout", "login_code"),
    ]:
        add(svc, N, "forward-trap", event, lang, subj, paras,
            "SRS0 forward from a university alias into the official mailbox: not the official's account",
            split=split, srs="alias")

    # More invitations and shares (other wordings for dev and holdout)
    add(S("Facebook", "notification@facebookmail.com", "facebook.com"), N, "invitation", "invitation", "vi",
        "Phạm Quang Huy đã mời bạn tham gia nhóm Cán bộ trẻ Quảng Ngãi",
        ["Phạm Quang Huy đã mời bạn tham gia một nhóm trên Facebook.", "[button]Tham gia nhóm"],
        "Facebook group invitation from a person (sent to non-members too)")
    add(S("Figma", "no-reply@figma.com", "figma.com"), N, "invitation", "invitation", "en",
        "Thu Trang invited you to a file in Figma",
        ["Thu Trang invited you to edit \"Cong thong tin tinh - giao dien\".", "[button]Open in Figma"],
        "Figma file invitation")
    add(S("WeTransfer", "noreply@wetransfer.com", "wetransfer.com"), N, "invitation", "invitation", "en",
        "hung.vo@example.com sent you some files",
        ["2 files, 148 MB in total - Will be deleted on 12 June 2025", "[button]Get your files"],
        "WeTransfer files from a person")
    add(S("Google Calendar", "calendar-notification@google.com", "google.com"), N, "invitation", "invitation", "en",
        "Invitation: Weekly sync @ Thu 10am - 11am (ICT)",
        ["Weekly sync", "Organizer: Mai Dang", "Join with Google Meet", "Reply for this event: Yes / No / Maybe"],
        "Calendar invitation from a colleague")
    add(S("Microsoft Teams", "noreply@email.teams.microsoft.com", "microsoft.com"), N, "invitation", "invitation", "vi",
        "Bạn đã được thêm vào nhóm Ban Chuyển đổi số",
        ["Nguyễn Minh Đức đã thêm bạn vào nhóm Ban Chuyển đổi số trong Microsoft Teams.", "[button]Mở Microsoft Teams"],
        "Teams invitation by a colleague", split="holdout")
    add(S("Google Drive", "drive-shares-dm-noreply@google.com", "google.com", display="Trần Quốc Việt (qua Google Drive)"), N,
        "invitation", "invitation", "vi", "Thư mục được chia sẻ với bạn: \"Hồ sơ dự án 2025\"",
        ["Trần Quốc Việt đã chia sẻ một thư mục với bạn", "[button]Mở"],
        "Drive folder share", split="holdout")
    add(S("Zalo", "no-reply@zalo.me", "zalo.me"), N, "invitation", "invitation", "vi",
        "Lời mời tham gia nhóm Zalo Tổ công tác số",
        ["Trần Thanh Tùng mời bạn tham gia nhóm Tổ công tác số.", "[button]Tham gia"],
        "Zalo group invitation by a person", split="holdout")
    add(S("Airbnb", "automated@airbnb.com", "airbnb.com"), N, "invitation", "invitation", "en",
        "Linh invited you to join a trip to Hoi An",
        ["Linh invited you to join their trip.", "Accept the invitation to see the itinerary."],
        "Airbnb trip invitation from a friend", split="holdout")
    # Person-to-person and internal mail (more wordings)
    add(S("Phòng Tổ chức", "tochuc@sxd.quangngai.gov.vn"), N, "internal-gov", "none", "vi",
        "Đề nghị cập nhật tài khoản email công vụ",
        ["Kính gửi các phòng,", "Đề nghị cán bộ không sử dụng email công vụ để đăng ký tài khoản Facebook, Shopee, TikTok.",
         "Trân trọng."],
        "Internal reminder that names services", batv=True)
    add(S("Ban quản trị", "quantri@mail.quangngai.gov.vn"), N, "internal-gov", "none", "vi",
        "Thông báo: Mật khẩu hộp thư sắp hết hạn",
        ["Mật khẩu hộp thư công vụ của bạn sẽ hết hạn sau 5 ngày.", "Vui lòng đổi mật khẩu tại mail.quangngai.gov.vn."],
        "Government mail server notice", split="holdout", batv=True)
    add(S("Quốc Bảo", "quocbao.qn@gmail.com", display="Quốc Bảo"), N, "person-to-person", "none", "vi",
        "Fwd: Your Grab E-Receipt",
        ["Anh gửi em hóa đơn Grab chuyến đi công tác hôm qua để thanh toán nhé.", "---------- Forwarded message ---------",
         "From: Grab <no-reply@grab.com>", "Subject: Your Grab E-Receipt", "Total paid: 245.000đ"],
        "A colleague forwards his own receipt by hand", form="text")
    add(S("Hoa Le", "hoale.designer@outlook.com", display="Hoa Le"), N, "person-to-person", "none", "en",
        "Canva team link",
        ["Hi Bich,", "Here is the link to join our Canva team for the poster project. Create an account with any email."],
        "Person-to-person mail about a service", split="holdout", form="text")
    # More spam from unknown domains with sign-up wording
    add(S("Earn Daily", "welcome@earn-daily-usdt.vip", display="Earn Daily"), N, "spam-signup-unknown", "account_created", "en",
        "Your account has been activated",
        ["Welcome! Your account has been activated.", "Log in and complete verification to withdraw your earnings."],
        "Spam with sign-up wording from an unknown domain", split="holdout", to_header="undisclosed-recipients:;", auth="none")
    add(S("Học bổng 2025", "dangky@hocbong-toanphan.info", display="Học bổng 2025"), N, "spam-signup-unknown",
        "email_verification", "vi", "Xác nhận email để hoàn tất đăng ký học bổng",
        ["Bạn đã đăng ký thành công chương trình học bổng toàn phần.", "Nhấn vào đây để xác nhận email."],
        "Spam with sign-up wording (Vietnamese) from an unknown domain", to_header="undisclosed-recipients:;", auth="pass")


none_messages()


# ==========================================================================
# PHISHING: mail imitating a service
# ==========================================================================

P = "phishing"


def phishing_messages() -> None:
    # (kind, display name, sender, imitated domain, imitated name, event, lang, subject, paragraphs, split)
    cases = [
        ("lookalike-domain", "Facebook", "security@facebookmail-support.com", "facebook.com", "login_code", "vi",
         "{code} là mã xác nhận Facebook của bạn",
         ["Tài khoản của bạn sẽ bị khóa trong 24 giờ.", "Nhập mã {code} tại liên kết sau để xác minh danh tính.", "[button]Xác minh ngay"], "dev"),
        ("lookalike-domain", "Meta Business Support", "no-reply@meta-business-help.com", "facebook.com", "security_alert", "en",
         "Your page has been scheduled for deletion",
         ["We received reports that your page violates our Community Standards.", "Submit an appeal within 24 hours.", "[button]Appeal now"], "dev"),
        ("lookalike-domain", "PayPal", "service@paypa1-resolution.com", "paypal.com", "security_alert", "en",
         "Your account has been limited",
         ["We noticed unusual activity in your PayPal account.", "Please confirm your information to restore access.", "[button]Confirm now"], "dev"),
        ("lookalike-domain", "Microsoft account team", "account-security@microsoft-verify-account.net", "microsoft.com",
         "security_alert", "en", "Microsoft account unusual sign-in activity",
         ["We detected something unusual about a recent sign-in.", "Review your recent activity to keep your account safe.", "[button]Review activity"], "dev"),
        ("lookalike-domain", "Shopee", "khuyenmai@shopee-vn-tri-an.com", "shopee.vn", "transaction", "vi",
         "Chúc mừng! Bạn nhận được voucher 2.000.000đ",
         ["Đăng nhập tài khoản Shopee để nhận voucher.", "[button]Nhận ngay"], "dev"),
        ("lookalike-domain", "Ví MoMo", "hotro@momo-vn.top", "momo.vn", "security_alert", "vi",
         "Tài khoản MoMo của bạn tạm thời bị khóa",
         ["Vui lòng xác thực lại thông tin để mở khóa ví.", "[button]Xác thực"], "dev"),
        ("lookalike-domain", "Apple", "noreply@appleid-support-login.com", "apple.com", "security_alert", "en",
         "Your Apple ID has been locked for security reasons",
         ["Your Apple ID was used to sign in to iCloud on an unknown device.", "[button]Unlock Apple ID"], "holdout"),
        ("lookalike-domain", "Netflix", "billing@netflix-account-update.com", "netflix.com", "transaction", "en",
         "Your payment was declined",
         ["We couldn't process your last payment.", "Update your payment details to keep watching.", "[button]Update payment"], "dev"),
        ("lookalike-domain", "Zalo", "xacminh@zalo-xacminh.net", "zalo.me", "login_code", "vi",
         "Mã xác thực Zalo của bạn",
         ["Tài khoản Zalo của bạn cần xác minh lại.", "Nhấn vào liên kết để giữ tài khoản.", "[button]Xác minh"], "holdout"),
        ("lookalike-domain", "TikTok", "support@tiktok-verify-badge.info", "tiktok.com", "security_alert", "en",
         "Get your verified badge on TikTok",
         ["Your account is eligible for verification.", "Confirm your login details to receive the badge."], "holdout"),
        ("lookalike-domain", "Grab", "rewards@grab-rewards.club", "grab.com", "transaction", "vi",
         "Bạn có 500.000đ GrabPay chưa sử dụng",
         ["Đăng nhập để nhận tiền thưởng trước khi hết hạn.", "[button]Nhận thưởng"], "holdout"),
        ("lookalike-domain", "Binance", "do_not_reply@binance-security.co", "binance.com", "security_alert", "en",
         "[Binance] Withdrawal Request Confirmation",
         ["A withdrawal of 0.52 BTC was requested from your account.", "If this wasn't you, cancel it now.", "[button]Cancel withdrawal"], "dev"),
        ("lookalike-domain", "LinkedIn", "security@linkedln-mail.com", "linkedin.com", "security_alert", "en",
         "{name}, your account has been restricted",
         ["We noticed unusual sign-in attempts.", "Verify your identity to restore access."], "dev"),
        # Brand in display name, unrelated domain
        ("brand-display-name", "Facebook Security", "alert@mail-notice-center.xyz", "facebook.com", "security_alert", "en",
         "Someone tried to log in to your Facebook account",
         ["We blocked a login attempt from Russia.", "If this wasn't you, secure your account."], "dev"),
        ("brand-display-name", "Microsoft 365", "admin@office-portal-renew.com", "microsoft.com", "password_reset", "en",
         "Your password expires today",
         ["Your Microsoft 365 password for {rcpt} expires today.", "Keep your current password:", "[button]Keep password"], "dev"),
        ("brand-display-name", "Google", "no-reply@secure-docs-share.site", "google.com", "security_alert", "vi",
         "Cảnh báo bảo mật",
         ["Có lượt đăng nhập mới vào Tài khoản Google của bạn.", "Nếu không phải bạn, xác minh ngay.", "[button]Kiểm tra hoạt động"], "dev"),
        ("brand-display-name", "Shopee Việt Nam", "cskh@hoantien-donhang.online", "shopee.vn", "transaction", "vi",
         "Hoàn tiền đơn hàng {order}",
         ["Đơn hàng của bạn được hoàn tiền 1.250.000đ.", "Đăng nhập để nhận tiền hoàn."], "dev"),
        ("brand-display-name", "Vietcombank", "thongbao@vcb-digibank-update.com", "vietcombank.com.vn", "security_alert", "vi",
         "Thông báo cập nhật sinh trắc học",
         ["Quý khách cần cập nhật sinh trắc học trước ngày 01/07.", "[button]Cập nhật ngay"], "dev"),
        ("brand-display-name", "Amazon", "order-update@shipment-status-info.net", "amazon.com", "transaction", "en",
         "Your Amazon order #{amzorder} could not be shipped",
         ["There is a problem with your payment method.", "Update your billing information within 48 hours."], "holdout"),
        ("brand-display-name", "Steam Support", "support@steam-trade-offer.ru", "steampowered.com", "login_code", "en",
         "Steam Guard code",
         ["Enter this code on the login page:", "[big]{code5}", "Your account will be banned if you do not confirm."], "holdout"),
        ("brand-display-name", "ChatGPT", "billing@openai-payments-help.com", "openai.com", "transaction", "en",
         "Action required: update your ChatGPT Plus payment",
         ["Your subscription payment failed.", "Update your card to keep using ChatGPT Plus."], "holdout"),
        ("brand-display-name", "Zalo", "thongbao@dichvu-bao-mat.com", "zalo.me", "security_alert", "vi",
         "Tai khoan Zalo cua ban se bi khoa",
         ["Tai khoan cua ban vi pham chinh sach.", "Xac minh trong 24 gio de tranh bi khoa."], "dev"),
        ("brand-display-name", "DHL Express", "delivery@parcel-notice-dhl.top", "dhl.com", "transaction", "en",
         "Your parcel is on hold",
         ["Your parcel could not be delivered.", "Pay the customs fee of 1.99 USD to release it."], "dev"),
        ("brand-display-name", "Agoda", "booking@agoda-confirm-guest.com", "agoda.com", "transaction", "vi",
         "Xác nhận thanh toán đặt phòng",
         ["Đặt phòng của bạn chưa được thanh toán.", "Vui lòng xác nhận thẻ trong 12 giờ."], "holdout"),
        # Real domain, but the trusted Authentication-Results says DKIM/DMARC failed
        ("auth-fail", "Facebook", "security@facebookmail.com", "facebook.com", "security_alert", "vi",
         "Đăng nhập mới vào Facebook",
         ["Có người đăng nhập vào tài khoản của bạn từ Hà Lan.", "[button]Bảo mật tài khoản"], "dev"),
        ("auth-fail", "PayPal", "service@paypal.com", "paypal.com", "security_alert", "en",
         "Unusual activity in your account",
         ["Your account access has been limited.", "[button]Log in"], "dev"),
        ("auth-fail", "Microsoft account team", "account-security-noreply@accountprotection.microsoft.com", "microsoft.com",
         "login_code", "en", "Microsoft account security code",
         ["Security code: {code}", "If you don't recognise this, click here to report."], "dev"),
        ("auth-fail", "Google", "no-reply@accounts.google.com", "google.com", "security_alert", "en",
         "Security alert",
         ["Your password was changed.", "If you didn't change it, recover your account now."], "holdout"),
        ("auth-fail", "Shopee", "info@mail.shopee.vn", "shopee.vn", "login_code", "vi",
         "Mã xác minh Shopee của bạn",
         ["Mã xác minh: {code}", "Nhập mã tại trang sau để nhận quà."], "holdout"),
        ("auth-fail", "Apple", "appleid@id.apple.com", "apple.com", "security_alert", "en",
         "Your Apple ID has been disabled",
         ["Your Apple ID has been disabled for security reasons.", "[button]Verify now"], "dev"),
        ("auth-fail", "Netflix", "info@account.netflix.com", "netflix.com", "transaction", "en",
         "Update your payment information",
         ["Your membership is on hold.", "[button]Update account"], "holdout"),
        ("auth-fail", "Ví MoMo", "no-reply@momo.vn", "momo.vn", "transaction", "vi",
         "Bạn vừa nhận được 5.000.000đ",
         ["Xác nhận giao dịch để nhận tiền vào ví.", "[button]Xác nhận"], "dev"),
        # Free-mail senders claiming a brand
        ("freemail-brand", "Facebook Support Team", "fb.support.team2025@gmail.com", "facebook.com", "security_alert", "en",
         "Your Facebook account will be disabled",
         ["Your account violated our copyright policy.", "Appeal here within 24 hours."], "dev"),
        ("freemail-brand", "Zalo Hỗ Trợ", "zalo.hotro.vn@gmail.com", "zalo.me", "login_code", "vi",
         "Mã xác nhận tài khoản Zalo",
         ["Vui lòng gửi lại mã xác nhận {code} để hoàn tất xác minh."], "dev"),
        ("freemail-brand", "Microsoft Outlook", "outlook.admin.helpdesk@outlook.com", "microsoft.com", "password_reset", "en",
         "Mailbox storage full - verify your account",
         ["Your mailbox {rcpt} is full.", "Verify your account to increase storage."], "dev"),
        ("freemail-brand", "Shopee CSKH", "shopee.cskh.hoantien@yahoo.com", "shopee.vn", "transaction", "vi",
         "Thong bao hoan tien don hang",
         ["Don hang cua ban duoc hoan tien.", "Vui long cung cap so tai khoan ngan hang."], "holdout"),
        ("freemail-brand", "Apple Support", "apple.id.support.center@hotmail.com", "apple.com", "security_alert", "en",
         "Your Apple ID was used to sign in on a new device",
         ["If this wasn't you, verify your account."], "holdout"),
        ("freemail-brand", "PayPal Service", "paypal.service.notice@gmail.com", "paypal.com", "transaction", "en",
         "You have received a payment of $850.00",
         ["Confirm your account to receive the funds."], "dev"),
        ("lookalike-domain", "Tiki", "hotro@tiki-vn-khuyenmai.com", "tiki.vn", "transaction", "vi",
         "Bạn được hoàn 500.000đ vào tài khoản Tiki",
         ["Xác nhận tài khoản để nhận tiền hoàn.", "[button]Xác nhận"], "holdout"),
        ("brand-display-name", "Vietnam Airlines", "lotusmiles@vna-member-reward.com", "vietnamairlines.com", "transaction", "vi",
         "Điểm Bông Sen Vàng của bạn sắp hết hạn",
         ["Đăng nhập để đổi 25.000 điểm trước khi hết hạn.", "[button]Đổi điểm"], "holdout"),
        ("auth-fail", "Grab", "no-reply@grab.com", "grab.com", "security_alert", "en",
         "Your Grab account has been suspended",
         ["Verify your identity to restore access.", "[button]Verify"], "holdout"),
        ("freemail-brand", "TikTok Support", "tiktok.verify.team@gmail.com", "tiktok.com", "security_alert", "en",
         "Copyright violation on your TikTok account",
         ["Your account will be deleted unless you appeal."], "holdout"),
        ("freemail-brand", "Vietjet Air", "vietjet.khuyenmai@gmail.com", "vietjetair.com", "transaction", "vi",
         "Chúc mừng bạn trúng vé máy bay miễn phí",
         ["Điền thông tin để nhận vé miễn phí."], "holdout"),
    ]
    for cause, disp, sender, dom, event, lang, subj, paras, split in cases:
        auth = {"auth-fail": "dkim-fail" if G.randint(0, 1) else "dmarc-fail",
                "lookalike-domain": "pass", "brand-display-name": G.choice(["pass", "none"]),
                "freemail-brand": "pass"}[cause]
        svc = S(disp, sender, display=disp)
        svc.domain = dom  # the imitated service (label service_domain)
        add(svc, P, cause, event, lang, subj, paras, f"Imitates {disp}: {cause.replace('-', ' ')}",
            split=split, auth=auth, imitation=True)


phishing_messages()


# ==========================================================================
# WEAK: newsletters and promotions to a subscriber
# ==========================================================================

W = "weak"


def weak_messages() -> None:
    cases = [
        (S("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="ses-custom"), "vi", "Siêu sale 5.5 - Giảm đến 50%",
         ["Săn deal sốc mỗi ngày.", "Freeship 0đ cho mọi đơn."], "dev"),
        (S("Lazada Việt Nam", "noreply@mail.lazada.vn", "lazada.vn", relay="sparkpost"), "vi", "Lazada sinh nhật - Voucher đến 1 triệu",
         ["Ưu đãi lớn nhất năm đã bắt đầu."], "dev"),
        (S("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="mailgun"), "vi", "Sách hay tháng này dành cho bạn",
         ["Top 10 cuốn sách được yêu thích nhất tháng."], "holdout"),
        (S("Grab", "no-reply@grab.com", "grab.com", relay="ses-custom"), "vi", "Giảm 50% GrabFood cuối tuần này",
         ["Đặt món yêu thích với ưu đãi giảm nửa giá."], "dev"),
        (S("Netflix", "info@mailer.netflix.com", "netflix.com"), "en", "New on Netflix this week",
         ["Don't miss these new releases.", "Squid Game: Season 3"], "dev"),
        (S("Spotify", "no-reply@spotify.com", "spotify.com", relay="sparkpost"), "en", "Try 3 months of Premium for free",
         ["Listen without ads, offline, on any device."], "holdout"),
        (S("Coursera", "no-reply@m.mail.coursera.org", "coursera.org", relay="sendgrid"), "en", "Courses we think you'll like",
         ["Popular in Data Science this week."], "dev"),
        (S("Canva", "start@engage.canva.com", "canva.com", relay="sendgrid"), "en", "5 design trends for 2025",
         ["Get inspired with our latest templates."], "dev"),
        (S("Booking.com", "email.campaign@sg.booking.com", "booking.com"), "en", "Save 15% or more with Getaway Deals",
         ["Book by 31 May and save on your next stay."], "holdout"),
        (S("Agoda", "no-reply@agoda.com", "agoda.com"), "vi", "Ưu đãi khách sạn giờ chót",
         ["Giảm đến 75% khách sạn Đà Nẵng, Hội An."], "dev"),
        (S("Traveloka", "noreply@traveloka.com", "traveloka.com", relay="ses-custom"), "vi", "Vé máy bay chỉ từ 99.000đ",
         ["Đặt ngay kẻo lỡ."], "holdout"),
        (S("VnExpress", "newsletter@vnexpress.net", "vnexpress.net", relay="mailchimp"), "vi", "Bản tin sáng {day}",
         ["Tin nổi bật: Quảng Ngãi khởi công cao tốc.", "Bạn nhận được bản tin này vì đã đăng ký."], "dev"),
        (S("Tuổi Trẻ", "bantin@tuoitre.vn", "tuoitre.vn", relay="brevo"), "vi", "Tuoi Tre - Ban tin cuoi tuan",
         ["Nhung tin dang chu y trong tuan."], "holdout"),
        (S("Udemy", "no-reply@e.udemy.com", "udemy.com", relay="sparkpost"), "en", "Courses from ₫199,000 - ends tonight",
         ["Learn new skills for less."], "dev"),
        (S("Airbnb", "express@airbnb.com", "airbnb.com", relay="sendgrid"), "en", "Inspiration for your next trip",
         ["Homes with amazing views in Vietnam."], "holdout"),
        (S("Vietjet Air", "news@vietjetair.com", "vietjetair.com", relay="sendgrid"), "vi", "Bay thả ga - Vé 0đ",
         ["Săn vé 0đ mỗi thứ Tư."], "dev"),
        (S("Ví MoMo", "news@momo.vn", "momo.vn", relay="ses-custom"), "vi", "Ưu đãi hoàn tiền 20% khi thanh toán hóa đơn",
         ["Áp dụng từ nay đến hết tháng."], "dev"),
        (S("Medium", "noreply@medium.com", "medium.com", relay="sendgrid"), "en", "Medium's year in review",
         ["Highlights from the writers you might like."], "holdout"),
        (S("LinkedIn", "linkedin@e.linkedin.com", "linkedin.com"), "en", "Grow your career with LinkedIn Learning",
         ["Start a free month of LinkedIn Learning."], "dev"),
        (S("Duolingo", "hello@duolingo.com", "duolingo.com", relay="ses"), "en", "Meet Duolingo Max",
         ["Learn with AI-powered features."], "holdout"),
        (S("Amazon.com", "store-news@amazon.com", "amazon.com"), "en", "Deals picked for you",
         ["Top deals in Electronics today."], "dev"),
        (S("Zoom", "marketing@zoom.us", "zoom.us", relay="sendgrid"), "en", "Join Zoomtopia 2025",
         ["Register for our annual event."], "dev"),
    ]
    for svc, lang, subj, paras, split in cases:
        add(svc, W, "newsletter" if "Bản tin" in subj or "Ban tin" in subj or "review" in subj else "promotion",
            "newsletter", lang, subj,
            paras + (["Bạn nhận được email này vì đã đăng ký nhận tin khuyến mãi."] if lang == "vi"
                     else ["You are receiving this email because you subscribed to our newsletter."]),
            "Newsletter or promotion to a subscriber", split=split, n=2, list_headers=True,
            extra_headers=["Precedence: bulk"])


weak_messages()


# ==========================================================================
# FRESH: a third split written after the detector was tuned on dev and
# holdout. Other services, other wordings, other relays and receiving
# servers; nothing here was read by the detector's authors. Its templates
# never touch the random source at definition time, so dev and holdout keep
# their bytes.
# ==========================================================================

F = "fresh"

# Sending domains: the service's own where its mail is known to come from it
# (stackoverflow.email, mg.gitlab.com, huggingface.co, twitch.tv ...), its
# website domain otherwise.
BAMBOO = S("Bamboo Airways", "noreply@bambooairways.com", "bambooairways.com", relay="sendgrid")
IVIVU = S("iVIVU.com", "booking@ivivu.com", "ivivu.com")
MYTOUR = S("Mytour.vn", "noreply@mytour.vn", "mytour.vn", relay="ses-custom")
KLOOK = S("Klook", "noreply@klook.com", "klook.com", relay="sendgrid")
FPTPLAY = S("FPT Play", "noreply@fptplay.vn", "fptplay.vn")
VIEON = S("VieON", "no-reply@vieon.vn", "vieon.vn", relay="ses-custom")
GALAXYPLAY = S("Galaxy Play", "hotro@galaxyplay.vn", "galaxyplay.vn", relay="mailjet")
NCT = S("NhacCuaTui", "noreply@nhaccuatui.com", "nhaccuatui.com")
VNWORKS = S("VietnamWorks", "no-reply@vietnamworks.com", "vietnamworks.com", relay="sendgrid")
HOCMAI = S("HOCMAI", "hotro@hocmai.vn", "hocmai.vn")
PREP = S("Prep", "hello@prepedu.com", "prepedu.com", relay="resend")
QUIZLET = S("Quizlet", "team@quizlet.com", "quizlet.com", relay="sendgrid")
NOTION_F = S("Notion", "notify@mail.notion.so", "notion.so", relay="ses-custom")
SLACK_F = S("Slack", "no-reply@slack.com", "slack.com")
TRELLO_F = S("Trello", "do-not-reply@trello.com", "trello.com", relay="ses")
FIGMA = S("Figma", "no-reply@figma.com", "figma.com", relay="sendgrid")
DROPBOX_F = S("Dropbox", "no-reply@dropbox.com", "dropbox.com")
PINTEREST_F = S("Pinterest", "no-reply@pinterest.com", "pinterest.com", relay="sparkpost")
TUMBLR = S("Tumblr", "no-reply@tumblr.com", "tumblr.com")
TWITCH = S("Twitch", "no-reply@twitch.tv", "twitch.tv")
STEAM_F = S("Steam", "noreply@steampowered.com", "steampowered.com")
ROBLOX = S("Roblox", "no-reply@roblox.com", "roblox.com", relay="sendgrid")
BINANCE_F = S("Binance", "do_not_reply@mailer.binance.com", "binance.com", relay="ses-custom")
OKX = S("OKX", "noreply@okx.com", "okx.com", relay="ses-custom")
PERPLEXITY_F = S("Perplexity", "noreply@perplexity.ai", "perplexity.ai", relay="ses")
MISTRAL = S("Mistral AI", "no-reply@mistral.ai", "mistral.ai", relay="resend")
CHARACTERAI = S("Character.AI", "noreply@character.ai", "character.ai", relay="sendgrid")
POE = S("Poe", "noreply@poe.com", "poe.com", relay="ses")
HF = S("Hugging Face", "website@huggingface.co", "huggingface.co", relay="ses")
KAGGLE = S("Kaggle", "noreply@kaggle.com", "kaggle.com")
SO = S("Stack Overflow", "do-not-reply@stackoverflow.email", "stackoverflow.com", relay="sendgrid")
GITLAB = S("GitLab", "gitlab@mg.gitlab.com", "gitlab.com", relay="mailgun", dkim="mg.gitlab.com")
BITBUCKET = S("Bitbucket", "notifications-noreply@bitbucket.org", "bitbucket.org")
ZALO_F = S("Zalo", "no-reply@zalo.me", "zalo.me")
TIKI_F = S("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="mailgun")
SENDO_F = S("Sendo", "no-reply@sendo.vn", "sendo.vn")
BE_F = S("be", "noreply@be.com.vn", "be.com.vn", relay="sendgrid")
VNA_F = S("Vietnam Airlines", "noreply@vietnamairlines.com", "vietnamairlines.com")
VIETNAMNET = S("VietNamNet", "noreply@vietnamnet.vn", "vietnamnet.vn")
NLD = S("Báo Người Lao Động", "noreply@nld.com.vn", "nld.com.vn")
# Boards outside any catalog, with invented names, named as their engines mail.
CAUDUONG = S("Diễn đàn Kỹ sư Cầu đường", "forum@kysucauduong.vn", "kysucauduong.vn")
GISVN = S("GIS Vietnam Forum", "noreply@forum.gisvietnam.org", "gisvietnam.org")
NONGNGHIEP = S("Cộng đồng Nông nghiệp số", "noreply@congdong.nongnghiepso.net", "nongnghiepso.net")
DIENTUVN = S("Dien Tu Viet Forum", "webmaster@dientuviet.net", "dientuviet.net")


def fresh_accounts() -> None:
    # Bookings and trips
    add(BAMBOO, A, "booking", "transaction", "vi", "Bamboo Airways - Đặt chỗ thành công, mã {pnr}",
        ["Kính chào Quý khách {name},", "Cảm ơn Quý khách đã chọn bay cùng Bamboo Airways. Hành trình Chu Lai - Hà Nội đã được xuất vé.",
         "Mã đặt chỗ: {pnr}", "Chuyến bay QH 1042, khởi hành 07:15"],
        "Bamboo Airways ticketing confirmation to the booker", split=F, n=2)
    add(BAMBOO, A, "booking", "notification", "en", "Online check-in is now open for QH 1042",
        ["Dear {name},", "Online check-in for your flight QH 1042 from Chu Lai to Hanoi is now open.", "Booking reference: {pnr}",
         "[button]Check in online"],
        "Bamboo Airways check-in reminder, no sign-up wording", split=F)
    add(IVIVU, A, "booking", "transaction", "vi", "[iVIVU.com] Phiếu xác nhận phòng - Mã {ref}",
        ["Kính gửi Quý khách {name},", "iVIVU.com xác nhận phòng của Quý khách tại Khách sạn Mường Thanh Quảng Ngãi.",
         "Nhận phòng: {day}", "Mã xác nhận: {ref}"],
        "iVIVU room confirmation written with CKEditor entities", split=F, n=2, form="ckeditor")
    add(MYTOUR, A, "booking", "transaction", "vi", "Mytour: Đơn phòng {ref} đã thanh toán thành công",
        ["Chào {name},", "Đơn phòng {ref} tại Sala Danang Beach Hotel đã được thanh toán.", "Tổng tiền: {amount}đ"],
        "Mytour paid booking", split=F)
    add(KLOOK, A, "booking", "transaction", "en", "Booking confirmed: Sun World Ba Na Hills Admission Ticket",
        ["Hi {name},", "Your booking is confirmed. Show the voucher at the entrance.", "Booking reference: KL{ref}",
         "Participation date: {day}"],
        "Klook activity voucher", split=F, n=2)
    add(VNA_F, A, "booking", "notification", "vi", "Lotusmiles: Dặm thưởng chuyến bay VN 125 đã được cộng",
        ["Kính gửi hội viên {name},", "Chuyến bay VN 125 ngày {day} đã được cộng 1.250 dặm vào tài khoản hội viên.",
         "Số dặm hiện có: 18.430"],
        "Vietnam Airlines Lotusmiles miles credited (fresh wording)", split=F)
    # Streaming and media subscriptions
    add(FPTPLAY, A, "subscription-receipt", "transaction", "vi", "Gia hạn gói FPT Play thành công",
        ["Xin chào {name},", "Gói MAX của bạn đã được gia hạn thêm 1 tháng.", "Số tiền: 80.000đ", "Hiệu lực đến: {day}"],
        "FPT Play renewal receipt, no sign-up wording", split=F, n=2)
    add(VIEON, A, "subscription-receipt", "transaction", "vi", "VieON - Thanh toán gói VIP thành công",
        ["Chào {name},", "Cảm ơn bạn đã thanh toán gói VIP 3 tháng trên VieON.", "Mã giao dịch: {ref}"],
        "VieON payment receipt", split=F)
    add(VIEON, A, "brand-in-phrase", "login_code", "vi", "{code} - mã xác thực VieON của bạn",
        ["Mã xác thực VieON của bạn là:", "[big]{code}", "Mã có hiệu lực trong 3 phút. Không chia sẻ mã này cho bất kỳ ai."],
        "VieON one-time code, brand inside the phrase", split=F)
    add(GALAXYPLAY, A, "subscription-receipt", "notification", "vi", "Gói Cao Cấp của bạn sẽ hết hạn sau 3 ngày",
        ["Chào {name},", "Gói Cao Cấp trên Galaxy Play sẽ hết hạn vào {day}.", "Gia hạn ngay để tiếp tục xem phim không gián đoạn."],
        "Galaxy Play expiry reminder sent through Mailjet", split=F)
    add(GALAXYPLAY, A, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với Galaxy Play",
        ["Tài khoản Galaxy Play của bạn đã sẵn sàng.", "Hãy bắt đầu với 7 ngày xem miễn phí."],
        "Galaxy Play welcome", split=F)
    add(NCT, A, "html-entities", "activity_notification", "vi", "Playlist của bạn vừa có 3 người theo dõi mới",
        ["Chào {user},", "Playlist \"Nhạc Trịnh cuối tuần\" của bạn vừa có 3 người theo dõi mới trên NhacCuaTui."],
        "NhacCuaTui playlist followers, HTML entities", split=F, form="ckeditor")
    # Jobs
    add(VNWORKS, A, "job-board", "activity_notification", "vi", "Nhà tuyển dụng vừa xem hồ sơ của bạn",
        ["Chào {name},", "Công ty TNHH Tư vấn Xây dựng Miền Trung vừa xem hồ sơ của bạn trên VietnamWorks.",
         "[button]Xem chi tiết"],
        "VietnamWorks profile viewed", split=F, n=2)
    add(VNWORKS, A, "job-board", "notification", "en", "8 new jobs match your alert \"GIS Engineer\"",
        ["Hi {name},", "Here are today's jobs matching your saved search.", "GIS Engineer - Da Nang", "Urban Planner - Quang Ngai"],
        "VietnamWorks job alert to a candidate", split=F)
    # Learning
    add(HOCMAI, A, "learning-reminder", "activity_notification", "vi", "Bạn còn 2 bài giảng chưa hoàn thành trong khóa Toán 12",
        ["Chào {name},", "Khóa học Luyện thi Toán 12 của bạn còn 2 bài giảng chưa học.", "[button]Học tiếp"],
        "HOCMAI course reminder", split=F)
    add(HOCMAI, A, "signup-wording", "email_verification", "vi", "Kích hoạt tài khoản HOCMAI",
        ["Cảm ơn bạn đã đăng ký học tại HOCMAI.", "Vui lòng bấm vào liên kết dưới đây để kích hoạt tài khoản.", "[button]Kích hoạt"],
        "HOCMAI activation", split=F, vi="ascii")
    add(PREP, A, "learning-reminder", "activity_notification", "vi", "Lộ trình IELTS tuần này của bạn đã sẵn sàng",
        ["Chào {name},", "Prep đã cập nhật lộ trình học tuần này: 3 bài Speaking, 2 bài Writing."],
        "Prep weekly plan sent through Resend", split=F)
    add(PREP, A, "learning-reminder", "notification", "en", "Your Speaking mock test result is ready",
        ["Hi {name},", "Your Prep Speaking mock test has been scored: band 6.5.", "[button]See feedback"],
        "Prep test result", split=F)
    add(QUIZLET, A, "learning-reminder", "activity_notification", "en", "Your study streak is on the line",
        ["Hi {user},", "Study for 5 minutes today to keep your 9-day streak going.", "[button]Keep studying"],
        "Quizlet streak reminder", split=F, list_headers=True)
    add(QUIZLET, A, "list-headers-transactional", "email_verification", "en", "Please confirm your email on Quizlet",
        ["Hi {user},", "Click below to confirm this is the right email address for your account.", "[button]Confirm email"],
        "Quizlet email confirmation carrying list headers", split=F, list_headers=True)
    # Work tools
    add(NOTION_F, A, "social-digest", "activity_notification", "en", "3 updates in Phong Ke hoach's workspace",
        ["Here's what happened while you were away.", "Minh edited \"Lich cong tac thang 7\"", "Lan commented on \"Bao cao tien do\""],
        "Notion workspace digest to a member", split=F, list_headers=True)
    add(SLACK_F, A, "social-digest", "activity_notification", "en", "You have new mentions in QN Digital",
        ["Hi {name},", "You have 2 mentions and 5 unread messages in the QN Digital workspace.", "#ke-hoach: can you check the draft?"],
        "Slack unread mentions digest", split=F)
    add(TRELLO_F, A, "social-digest", "activity_notification", "en", "You were mentioned on the card Nghiem thu du an",
        ["Hoa Le mentioned you on the card \"Nghiem thu du an\" on the board Ke hoach quy 3.", "@{user} please upload the minutes."],
        "Trello mention of a board member", split=F)
    add(FIGMA, A, "subscription-receipt", "transaction", "en", "Your Figma receipt [#{ref4}]",
        ["Receipt for Figma Professional", "1 editor seat, monthly", "Amount paid: $15.00"],
        "Figma subscription receipt", split=F)
    add(FIGMA, A, "social-digest", "activity_notification", "en", "New comment on Cong thong tin - giao dien",
        ["Mai Dang commented on your file \"Cong thong tin - giao dien\":", "\"The header needs the provincial emblem.\"", "[button]Reply"],
        "Figma comment on the member's own file", split=F)
    add(DROPBOX_F, A, "signup-wording", "notification", "en", "Your Dropbox is full",
        ["Hi {name},", "Your Dropbox Basic account is out of space. Files are no longer syncing.", "[button]Get more space"],
        "Dropbox quota notice to the account holder", split=F)
    # Social, creators, games
    add(PINTEREST_F, A, "social-digest", "activity_notification", "en", "Your Pin is getting noticed",
        ["Hi {name},", "Your Pin \"Ly Son garlic fields\" was saved 24 times this week."],
        "Pinterest Pin activity", split=F)
    add(TUMBLR, A, "social-digest", "activity_notification", "en", "{user}, you have 6 new notes",
        ["Your post got 6 new notes, including 2 reblogs."],
        "Tumblr notes to a blog owner", split=F)
    add(TUMBLR, A, "brand-in-phrase", "email_verification", "en", "Verify your Tumblr email",
        ["Hey {user}!", "Tap the button to verify your email and finish setting up your Tumblr.", "[button]Verify email"],
        "Tumblr email verification", split=F)
    add(TWITCH, A, "signup-wording", "login_code", "en", "Twitch - Login Verification Code",
        ["Hi {user},", "Use the code below to finish logging in to Twitch.", "[big]{code}", "This code expires in 10 minutes."],
        "Twitch login code", split=F)
    add(TWITCH, A, "social-digest", "activity_notification", "en", "vtv_esports is live: Vietnam Championship Series",
        ["Hi {user},", "vtv_esports just went live. Don't miss it!", "[button]Watch now"],
        "Twitch live notification to a follower", split=F, list_headers=True)
    add(STEAM_F, A, "game-code", "notification", "en", "An item on your Steam wishlist is on sale!",
        ["Hi {user},", "Hades II from your wishlist is 25% off until Thursday."],
        "Steam wishlist sale (account-specific, fresh wording)", split=F)
    add(ROBLOX, A, "game-code", "transaction", "en", "Roblox purchase receipt",
        ["Thank you for your purchase, {user}.", "800 Robux", "Total: 199.000 ₫"],
        "Roblox purchase receipt", split=F)
    add(ROBLOX, A, "game-code", "security_alert", "en", "Your Roblox account password was changed",
        ["Hello {user},", "The password for your Roblox account was recently changed.", "If you didn't do this, reset your password now."],
        "Roblox password change notice", split=F)
    # Exchanges
    add(BINANCE_F, A, "e-wallet", "transaction", "en", "[Binance] Deposit Successful",
        ["Your deposit of 250 USDT is now available in your Binance account.", "Network: TRX", "Time: {day} 08:41 (UTC)"],
        "Binance deposit notice (fresh wording)", split=F)
    add(OKX, A, "e-wallet", "transaction", "en", "Withdrawal completed",
        ["Dear user,", "Your withdrawal of 120 USDT has been completed.", "If you did not initiate this, freeze your account immediately."],
        "OKX withdrawal notice", split=F)
    # AI chat services
    add(PERPLEXITY_F, A, "ai-chat", "notification", "en", "Your Pro trial ends in 3 days",
        ["Hi {name},", "Your Perplexity Pro trial ends on {day}. Keep unlimited Pro searches by adding a payment method."],
        "Perplexity trial reminder", split=F)
    add(MISTRAL, A, "ai-chat", "account_created", "en", "Welcome to Le Chat",
        ["Hi {name},", "Your Mistral AI account is ready. Start a conversation with Le Chat.", "[button]Open Le Chat"],
        "Mistral welcome sent through Resend", split=F)
    add(CHARACTERAI, A, "ai-chat", "activity_notification", "en", "Luna sent you a message",
        ["Luna: Are you still working on the flood map?", "[button]Reply"],
        "Character.AI message notification", split=F)
    add(POE, A, "ai-chat", "transaction", "en", "Your Poe subscription has renewed",
        ["Your Poe subscription renewed on {day}.", "Plan: monthly", "Amount: $19.99"],
        "Poe renewal receipt", split=F)
    # Developer platforms
    add(HF, A, "signup-wording", "email_verification", "en", "[Hugging Face] Click this link to confirm your email address",
        ["Hi {user},", "Confirm your email address by clicking the link below.", "[button]Confirm email"],
        "Hugging Face email confirmation", split=F)
    add(HF, A, "forum-digest", "activity_notification", "en", "[qn-flood-map] New discussion: Tiles missing at zoom 14",
        ["A new discussion was opened on your Space qn-flood-map.", "\"Tiles missing at zoom 14\" by hoangdev"],
        "Hugging Face Space discussion", split=F)
    add(KAGGLE, A, "signup-wording", "account_created", "en", "Welcome to Kaggle!",
        ["Hi {user},", "Thanks for joining Kaggle. Here are a few ways to get started: competitions, datasets and notebooks."],
        "Kaggle welcome", split=F)
    add(KAGGLE, A, "forum-digest", "activity_notification", "en", "Your notebook QN rainfall EDA received an upvote",
        ["Congrats {user}!", "Your notebook \"QN rainfall EDA\" received its 5th upvote."],
        "Kaggle notebook activity", split=F)
    add(SO, A, "forum-digest", "activity_notification", "en", "New answer to \"ST_Within returns false for points on the border\"",
        ["A new answer was posted to your question.", "\"Use ST_Covers instead: ST_Within excludes the boundary.\"", "[button]View answer"],
        "Stack Overflow answer to the member's question, from stackoverflow.email", split=F)
    add(SO, A, "own-other-domain", "password_reset", "en", "Stack Overflow account recovery",
        ["We received an account recovery request for {rcpt}.", "[button]Reset your password", "If you didn't request this, ignore this email."],
        "Stack Overflow mails from stackoverflow.email, not its website domain", split=F)
    add(GITLAB, A, "forum-digest", "notification", "en", "qn-gis | Failed pipeline for main | {ref4}",
        ["Pipeline #{ref} has failed!", "Project: qn-gis / tile-server", "Branch: main"],
        "GitLab pipeline failure to a project member, via Mailgun", split=F,
        extra_headers=["X-GitLab-Project: tile-server", "X-GitLab-Pipeline-Id: 1180442", "X-GitLab-NotificationReason: own_activity"])
    add(GITLAB, A, "signup-wording", "email_verification", "en", "Confirmation instructions",
        ["Welcome, {name}!", "You can confirm your email through the link below:", "[button]Confirm your account"],
        "GitLab confirmation instructions", split=F)
    add(BITBUCKET, A, "forum-digest", "activity_notification", "en", "[Bitbucket] Pull request #14: Fix tile cache was approved",
        ["Hoang Nguyen approved your pull request.", "qn-gis/tile-server #14: Fix tile cache"],
        "Bitbucket pull-request approval", split=F)
    # Vietnamese services already known to the set, in new wordings
    add(ZALO_F, A, "signup-wording", "security_alert", "vi", "Tài khoản Zalo của bạn vừa đăng nhập trên máy tính",
        ["Tài khoản Zalo của bạn vừa được đăng nhập trên Zalo PC lúc 08:12 ngày {day}.",
         "Nếu không phải bạn, hãy đăng xuất khỏi thiết bị này."],
        "Zalo desktop sign-in notice", split=F, vi="nfd")
    add(TIKI_F, A, "order", "transaction", "vi", "Bạn vừa nhận 5.000 Tiki Xu",
        ["Chào {name},", "Bạn nhận được 5.000 Tiki Xu từ đơn hàng {order}.", "Xu sẽ hết hạn sau 30 ngày."],
        "Tiki coins from an order", split=F)
    add(SENDO_F, A, "order", "transaction", "vi", "Shop đã xác nhận đơn {order}",
        ["Chào {name},", "Shop Gia Dụng Miền Trung đã xác nhận đơn hàng {order} của bạn.", "Dự kiến giao trong 3 ngày."],
        "Sendo shop confirmed an order", split=F, vi="nfd")
    add(BE_F, A, "ride-receipt", "transaction", "vi", "Cảm ơn bạn đã đi beBike",
        ["Chuyến đi beBike của bạn đã hoàn thành.", "Điểm đón: Trung tâm Hành chính tỉnh", "Tổng cộng: {amount}đ"],
        "be ride receipt (fresh wording)", split=F)
    add(BE_F, A, "ride-receipt", "transaction", "vi", "Biên nhận đơn beFood #{ref}",
        ["Cảm ơn bạn đã đặt món trên beFood.", "Quán: Cơm gà Bà Buội", "Thanh toán: {amount}đ"],
        "beFood receipt", split=F, vi="ascii")
    add(VIETNAMNET, A, "news-comment", "activity_notification", "vi", "Ý kiến của bạn đã được đăng trên VietNamNet",
        ["Chào {name},", "Ý kiến của bạn trong bài \"Quảng Ngãi đẩy nhanh giải ngân vốn đầu tư công\" đã được đăng."],
        "VietNamNet reader comment published", split=F)
    add(NLD, A, "news-comment", "activity_notification", "vi", "Bình luận của bạn nhận được 10 lượt thích",
        ["Chào {name},", "Bình luận của bạn trên nld.com.vn vừa nhận được 10 lượt thích."],
        "Nguoi Lao Dong comment likes, HTML entities", split=F, form="ckeditor")
    # Boards outside any catalog
    add(CAUDUONG, A, "outside-catalog-signup", "account_created", "vi", "Chào mừng bạn đến với Diễn đàn Kỹ sư Cầu đường",
        ["Vui lòng giữ email này để tham khảo. Thông tin tài khoản của bạn như sau:", "Tên đăng nhập: {user}",
         "Tài khoản của bạn hiện chưa được kích hoạt. Bấm vào liên kết sau để kích hoạt:", "[button]Kích hoạt tài khoản"],
        "phpBB welcome with activation link from a board outside the catalog", split=F, form="text")
    add(GISVN, A, "outside-catalog-signup", "account_created", "en", "Welcome to GIS Vietnam Forum",
        ["Please keep this email for your records. Your account information is as follows:", "Username: {user}",
         "Your account is currently inactive. To activate it, visit the following link:", "[button]Activate account"],
        "phpBB welcome in English (invented board)", split=F, form="text")
    add(DIENTUVN, A, "outside-catalog-signup", "email_verification", "en", "Action Required to Activate Membership for Dien Tu Viet Forum",
        ["Dear {user},", "Thank you for registering at the Dien Tu Viet Forum. Before we can activate your account one last step must be taken.",
         "[button]Activate membership"],
        "vBulletin activation from an invented board", split=F, form="text")
    add(NONGNGHIEP, A, "forum-digest", "activity_notification", "vi", "[Cộng đồng Nông nghiệp số] Tóm tắt",
        ["Chào {user}, chúng tôi không thấy bạn từ {day}. Dưới đây là các chủ đề nổi bật:", "Giá phân bón quý 3", "Mô hình tưới nhỏ giọt"],
        "Discourse summary digest from an invented community; Discourse VERP", split=F, verp="discourse",
        extra_headers=["Auto-Submitted: auto-generated"])
    add(GISVN, A, "forum-digest", "activity_notification", "en", "hoangdev replied to the thread QGIS 3.34 crashes on export",
        ["{user}, hoangdev replied to a thread you are watching at GIS Vietnam Forum.", "[button]View this thread"],
        "XenForo-style watched-thread reply with VERP", split=F, verp="xenforo")
    # Relays and bounce formats
    add(S("Klook", "noreply@klook.com", "klook.com", relay="mailjet"), A, "esp-bounce", "transaction", "en",
        "Your Klook voucher for Hoi An Memories Show",
        ["Hi {name},", "Your voucher is ready.", "Booking reference: KL{ref}"],
        "Mailjet bnc3 bounce address: nothing of the recipient in it", split=F)
    add(S("Prep", "hello@prepedu.com", "prepedu.com", relay="resend"), A, "esp-bounce", "activity_notification", "vi",
        "Bạn đã hoàn thành 80% khóa IELTS Intensive",
        ["Chúc mừng {name}!", "Bạn đã hoàn thành 80% khóa IELTS Intensive trên Prep."],
        "Resend (SES custom MAIL FROM send.<domain>) bounce", split=F)
    add(S("Figma", "no-reply@figma.com", "figma.com", relay="sendgrid"), A, "esp-bounce", "activity_notification", "en",
        "Your file was duplicated 12 times from Community",
        ["Your Community file \"Vietnam admin map kit\" was duplicated 12 times this week."],
        "SendGrid bounce encoding the recipient", split=F)
    add(S("FPT Play", "noreply@fptplay.vn", "fptplay.vn"), A, "verp-trap", "transaction", "vi",
        "Hóa đơn điện tử FPT Play tháng này",
        ["Chào {name},", "Hóa đơn gói MAX tháng này: 80.000đ."],
        "Return-Path encodes a hashed token at the official domain; only the To address is real", split=F, verp="hashed")
    # Forwards between official mailboxes
    add(BAMBOO, A, "forward-official", "transaction", "vi", "Bamboo Airways - Hóa đơn điện tử vé {pnr}",
        ["Kính gửi Quý khách,", "Hóa đơn điện tử cho mã đặt chỗ {pnr} đã được phát hành."],
        "Re-sent by its official holder to a colleague: the account is the original recipient's", split=F, resend=True)
    add(VIEON, A, "forward-official", "transaction", "vi", "VieON - Gia hạn gói thành công",
        ["Gói VIP của bạn đã được gia hạn.", "Mã giao dịch: {ref}"],
        "SRS0 forward by the government server: the account is the original official recipient's", split=F, srs="official")
    # Own other domains
    add(S("Bitbucket", "noreply@id.atlassian.com", "atlassian.com"), A, "own-other-domain", "login_code", "en",
        "Your Atlassian verification code",
        ["Use this code to finish logging in to Bitbucket:", "[big]{code}"],
        "Bitbucket log-ins go through the Atlassian account domain", split=F)


def fresh_none() -> None:
    # Invitations and shares from people
    add(S("Figma", "no-reply@figma.com", "figma.com", display="Loan Pham (via Figma)"), N, "invitation", "invitation", "en",
        "Loan Pham invited you to the team So TNMT",
        ["Loan Pham invited you to collaborate in the team \"So TNMT\" on Figma.", "[button]Accept invite"],
        "Figma team invitation from a person", split=F)
    add(S("Notion", "notify@mail.notion.so", "notion.so"), N, "invitation", "invitation", "en",
        "Kim Anh invited you to Ban Du an",
        ["Kim Anh has invited you to join the Ban Du an workspace in Notion.", "[button]Join workspace"],
        "Notion workspace invitation", split=F)
    add(S("Dropbox", "no-reply@dropboxmail.com", "dropbox.com", display="Hai Tran (via Dropbox)"), N, "invitation", "invitation", "vi",
        "Hải Trần đã gửi cho bạn \"Ban ve thi cong.pdf\"",
        ["Hải Trần đã chia sẻ một tệp với bạn qua Dropbox.", "[button]Xem tệp"],
        "Dropbox file share", split=F)
    add(GITLAB, N, "invitation", "invitation", "en", "Invitation to join the qn-gis group",
        ["Tuan Le invited you to join the qn-gis group as a Developer.", "[button]Join now"],
        "GitLab group invitation (sent to non-users too)", split=F)
    add(S("Quizlet", "team@quizlet.com", "quizlet.com"), N, "invitation", "invitation", "vi",
        "Thầy Nam mời bạn tham gia lớp Tiếng Anh cơ quan",
        ["Thầy Nam đã mời bạn tham gia lớp \"Tiếng Anh cơ quan\" trên Quizlet.", "[button]Tham gia lớp"],
        "Quizlet class invitation by a teacher", split=F)
    add(S("Jira", "jira@qnsmartcity.atlassian.net", "atlassian.com", display="Minh Tran (Jira)"), N, "invitation", "invitation", "en",
        "Minh Tran invited you to Jira",
        ["Minh Tran has invited you to collaborate in Jira at qnsmartcity.atlassian.net.", "[button]Accept invitation"],
        "Atlassian site invitation from a colleague", split=F)
    # List opt-ins and marketing to subscribers
    add(S("VnEconomy", "bantin@vneconomy.vn", "vneconomy.vn", relay="mailjet"), N, "double-opt-in", "none", "vi",
        "Vui lòng xác nhận để nhận bản tin VnEconomy",
        ["Chúng tôi nhận được yêu cầu đăng ký bản tin cho địa chỉ này.", "[button]Đồng ý nhận bản tin",
         "Nếu không phải bạn, hãy bỏ qua thư này."],
        "Newsletter double opt-in via Mailjet", split=F)
    add(S("TLDR", "dan@tldrnewsletter.com", "tldrnewsletter.com"), N, "double-opt-in", "none", "en",
        "Confirm your subscription to TLDR",
        ["Please confirm your subscription to the TLDR daily newsletter.", "[button]Confirm subscription"],
        "Newsletter double opt-in", split=F)
    add(S("Bách hóa XANH", "khuyenmai@bachhoaxanh.com", "bachhoaxanh.com", relay="brevo"), N, "marketing-subscribers", "newsletter", "vi",
        "Tuần lễ trái cây giảm đến 40%",
        ["Quý khách nhận thư này vì đã đăng ký nhận tin khuyến mãi từ Bách hóa XANH.", "Giảm đến 40% trái cây nhập khẩu."],
        "Marketing stating it goes to list subscribers", split=F, list_headers=True)
    # Bounces and auto-replies
    add(S("Microsoft Outlook", "postmaster@hanoi.gov.vn", "hanoi.gov.vn"), N, "bounce", "none", "vi",
        "Không gửi được: Yêu cầu hủy gói VieON",
        ["Không thể gửi thư của bạn đến cskh@vieon.vn.", "Máy chủ đích báo: 550 5.4.1 Recipient address rejected: Access denied"],
        "Exchange-style NDR of the official's own mail to a service", split=F, form="text", bounce=True,
        dsn_rcpt="cskh@vieon.vn", dsn_subject="=?UTF-8?Q?Y=C3=AAu_c=E1=BA=A7u_h=E1=BB=A7y_g=C3=B3i_VieON?=")
    add(S("Mail Delivery System", "MAILER-DAEMON@smtp-in.sotttt.thuathienhue.gov.vn", "thuathienhue.gov.vn"), N, "bounce",
        "none", "en", "Undelivered Mail Returned to Sender",
        ["This is the mail system at host smtp-in.sotttt.thuathienhue.gov.vn.", "<support@klook.com>: host mx.klook.com said: 552 5.2.2 Mailbox full",
         "Original subject: Refund request for booking"],
        "Bounce of the official's own mail to a service", split=F, form="text", bounce=True, dsn_rcpt="support@klook.com",
        dsn_subject="Refund request for booking")
    add(S("TopCV Hỗ trợ", "hotro@topcv.vn", "topcv.vn"), N, "auto-reply", "none", "vi",
        "Re: Xóa tài khoản ứng viên [Ticket #{ref}]",
        ["TopCV đã nhận được yêu cầu của bạn và sẽ phản hồi trong 24 giờ làm việc.", "Mã yêu cầu: {ref}"],
        "Support-desk auto-reply to the official's enquiry", split=F, form="text",
        extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    add(S("Nguyễn Hữu Phước", "phuoc.nh@snn.quangngai.gov.vn", "quangngai.gov.vn"), N, "auto-reply", "none", "en",
        "Automatic reply: Notion workspace access",
        ["I am out of office until 15 July with limited access to email."],
        "Out-of-office reply from a colleague", split=F, form="text",
        extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: phuoc.nh@snn.quangngai.gov.vn"])
    # Government mail
    add(S("Trung tâm CNTT", "ttcntt@quangngai.gov.vn"), N, "internal-gov", "none", "vi",
        "Hướng dẫn kích hoạt tài khoản hệ thống họp trực tuyến",
        ["Kính gửi các đơn vị,", "Tài khoản họp trực tuyến của đơn vị đã được tạo. Mật khẩu tạm thời: {code}.",
         "Đề nghị đổi mật khẩu sau lần đăng nhập đầu tiên."],
        "Internal government mail with account words", split=F, batv=True)
    add(S("Văn phòng Sở", "vanphong@stnmt.quangnam.gov.vn"), N, "internal-gov", "none", "vi",
        "V/v rà soát tài khoản mạng xã hội dùng email công vụ",
        ["Đề nghị cán bộ rà soát, hủy đăng ký các tài khoản Facebook, TikTok, Shopee đã tạo bằng email công vụ."],
        "Internal circular naming services", split=F, batv=True)
    # People
    add(S("Thu Hà", "thuha.kt88@gmail.com", display="Thu Hà"), N, "person-to-person", "none", "vi",
        "Mã đặt vé Bamboo của chị",
        ["Em ơi, chị gửi mã đặt chỗ Bamboo QH 1042 để em làm thủ tục giúp chị nhé.", "Cảm ơn em."],
        "Person-to-person mail about a booking", split=F, form="text")
    add(S("Duc Nguyen", "duc.nguyen.dev@outlook.com", display="Duc Nguyen"), N, "person-to-person", "none", "en",
        "Kaggle dataset for the workshop",
        ["Hi Phuc,", "I uploaded the rainfall dataset to Kaggle. You can download it without an account."],
        "Person-to-person mail naming a service", split=F, form="text")
    # Spam from unknown domains with sign-up wording (two addressed to the official address itself)
    add(S("AirdropHub", "verify@airdrop-hub-claim.xyz", display="AirdropHub"), N, "spam-signup-unknown", "account_created", "en",
        "Your wallet account is verified - claim 300 USDT",
        ["Your account registration is complete.", "Confirm your email to release your airdrop.", "[button]Claim now"],
        "Spam with sign-up wording from an unknown domain, addressed to the official", split=F, auth="none")
    add(S("Việc nhẹ lương cao", "tuyendung@viecnhe-luongcao.online", display="Việc nhẹ lương cao"), N, "spam-signup-unknown",
        "email_verification", "vi", "Xác thực email để kích hoạt tài khoản cộng tác viên",
        ["Tài khoản cộng tác viên của bạn đã được tạo.", "Nhập mã {code} để kích hoạt và nhận nhiệm vụ đầu tiên."],
        "Vietnamese job-scam spam with sign-up wording, addressed to the official", split=F, auth="pass")
    add(S("Prize Club", "no-reply@prizeclub-asia.win", display="Prize Club"), N, "spam-signup-unknown", "account_created", "en",
        "Welcome! Activate your membership",
        ["Thanks for registering.", "Activate your membership to enter the weekly draw."],
        "Spam to undisclosed recipients", split=F, to_header="undisclosed-recipients:;", auth="none")
    add(S("Đầu tư 4.0", "support@dautu40-pro.site", display="Đầu tư 4.0"), N, "spam-flagged", "account_created", "vi",
        "Tai khoan dau tu cua ban da duoc mo",
        ["Tai khoan dau tu cua ban da duoc mo thanh cong.", "Nap 500.000d de kich hoat."],
        "Flagged as spam by the government's own filter", split=F, spam="11.402")
    add(S("Free Robux", "gift@robux-free-gen.click", display="Free Robux"), N, "spam-flagged", "email_verification", "en",
        "Verify your email to get 10,000 Robux",
        ["Your account was created.", "Verify your email to receive 10,000 free Robux."],
        "Flagged as spam by the government's own filter", split=F, spam="14.218")
    # Forward traps
    add(KLOOK, N, "forward-trap", "transaction", "en", "Booking confirmed: Ba Na Hills Cable Car",
        ["Your booking is confirmed.", "Booking reference: KL{ref}"],
        "Gmail auto-forward from a personal mailbox: the account is not the official one's", split=F, gmail_forward=True)
    add(TWITCH, N, "forward-trap", "login_code", "en", "Twitch - Login Verification Code",
        ["Use the code below to finish logging in.", "[big]{code}"],
        "Gmail auto-forward from a personal mailbox", split=F, gmail_forward=True)
    add(FPTPLAY, N, "forward-trap", "transaction", "vi", "Gia hạn gói FPT Play thành công",
        ["Gói MAX của bạn đã được gia hạn.", "Số tiền: 80.000đ"],
        "SRS0 forward from a university alias into the official mailbox", split=F, srs="alias")
    add(HF, N, "forward-trap", "email_verification", "en", "[Hugging Face] Click this link to confirm your email address",
        ["Confirm your email address by clicking the link below.", "[button]Confirm email"],
        "Resent from a personal mailbox to the official one", split=F, personal_resend=True)


def fresh_phishing() -> None:
    cases = [
        ("lookalike-domain", "Klook", "booking@klook-confirmation.com", "klook.com", "transaction", "en", "pass",
         "Action needed: your Klook booking will be cancelled",
         ["Your payment could not be verified.", "Re-enter your card details within 12 hours.", "[button]Verify payment"]),
        ("lookalike-domain", "VieON", "vip@vieon-khuyenmai.online", "vieon.vn", "transaction", "vi", "pass",
         "Tặng bạn 12 tháng VIP VieON miễn phí",
         ["Đăng nhập tài khoản VieON để kích hoạt quà tặng.", "[button]Nhận quà"]),
        ("lookalike-domain", "Bamboo Airways", "refund@bambooairways-hoantien.com", "bambooairways.com", "transaction", "vi", "pass",
         "Hoàn tiền vé chuyến bay bị hủy",
         ["Chuyến bay của Quý khách đã bị hủy.", "Cung cấp thông tin thẻ để nhận hoàn tiền.", "[button]Nhận hoàn tiền"]),
        ("lookalike-domain", "Steam", "noreply@steamcommunlty-trade.com", "steampowered.com", "security_alert", "en", "pass",
         "Your Steam account was reported for trade fraud",
         ["Log in within 24 hours to appeal.", "[button]Sign in through Steam"]),
        ("lookalike-domain", "OKX", "security@okx-verify-center.com", "okx.com", "security_alert", "en", "pass",
         "Unusual withdrawal attempt blocked",
         ["We blocked a withdrawal of 2,400 USDT.", "Verify your identity to unfreeze your assets.", "[button]Verify"]),
        ("lookalike-domain", "Hugging Face", "no-reply@huggingface-tokens.com", "huggingface.co", "security_alert", "en", "pass",
         "Your access token was leaked",
         ["One of your access tokens was found in a public repository.", "Sign in to rotate it.", "[button]Sign in"]),
        ("brand-display-name", "Binance Support", "alerts@wallet-notice-center.com", "binance.com", "security_alert", "en", "none",
         "[Binance] New device authorization",
         ["A new device tried to access your account.", "Authorize or block it here.", "[button]Review device"]),
        ("brand-display-name", "Dropbox", "share@docs-view-online.net", "dropbox.com", "invitation", "en", "pass",
         "Scan_Hop_dong_2025.pdf has been shared with you",
         ["A document has been shared with you.", "Sign in with your email account to view it.", "[button]View document"]),
        ("brand-display-name", "Notion", "workspace@team-notify.app", "notion.so", "security_alert", "en", "none",
         "Your Notion workspace will be deleted",
         ["Your workspace is scheduled for deletion due to inactivity.", "Confirm your account to keep it."]),
        ("brand-display-name", "Roblox", "gift@robux-rewards.store", "roblox.com", "transaction", "en", "pass",
         "You received 4,500 Robux",
         ["Log in with your Roblox username and password to claim your Robux."]),
        ("brand-display-name", "Galaxy Play", "cskh@gp-thanhtoan.info", "galaxyplay.vn", "transaction", "vi", "none",
         "Thanh toán gói Galaxy Play không thành công",
         ["Gói của bạn sẽ bị hủy trong 24 giờ.", "Cập nhật thẻ thanh toán để tiếp tục xem."]),
        ("brand-display-name", "Zalo Pay", "hotro@vi-dientu-hoantien.top", "zalopay.vn", "transaction", "vi", "pass",
         "Ban duoc hoan 750.000d vao vi",
         ["Xac nhan tai khoan de nhan tien hoan.", "[button]Xac nhan"]),
        ("auth-fail", "Slack", "no-reply@slack.com", "slack.com", "login_code", "en", "dkim-fail",
         "Your Slack workspace requires re-authentication",
         ["Your session has expired.", "Sign in again to keep access to QN Digital.", "[button]Sign in"]),
        ("auth-fail", "Steam", "noreply@steampowered.com", "steampowered.com", "security_alert", "en", "dmarc-fail",
         "Steam Guard: confirm your account",
         ["Confirm your account to avoid suspension.", "[button]Confirm"]),
        ("auth-fail", "Binance", "do_not_reply@mailer.binance.com", "binance.com", "security_alert", "en", "dkim-fail",
         "[Binance] Withdrawal address added",
         ["A new withdrawal address was added to your whitelist.", "If this wasn't you, disable your account here."]),
        ("auth-fail", "Figma", "no-reply@figma.com", "figma.com", "invitation", "en", "dmarc-fail",
         "You've been invited to view \"Salary review 2025\"",
         ["Sign in to view the file.", "[button]Open in Figma"]),
        ("freemail-brand", "Bamboo Airways CSKH", "bamboo.cskh.hoanve@gmail.com", "bambooairways.com", "transaction", "vi", "pass",
         "Xác nhận hoàn vé máy bay",
         ["Vui lòng gửi ảnh CCCD và số tài khoản để nhận tiền hoàn vé."]),
        ("freemail-brand", "Kaggle Team", "kaggle.competition.team@outlook.com", "kaggle.com", "security_alert", "en", "pass",
         "Your Kaggle account will be suspended",
         ["Your account violated competition rules.", "Reply with your password to appeal."]),
        ("freemail-brand", "Hỗ trợ FPT Play", "fptplay.hotro24h@gmail.com", "fptplay.vn", "transaction", "vi", "pass",
         "Gói FPT Play của bạn sắp bị khóa",
         ["Chuyển khoản 80.000đ để gia hạn trước 24 giờ."]),
        ("freemail-brand", "Character.AI Support", "characterai.help.desk@gmail.com", "character.ai", "security_alert", "en", "pass",
         "Your Character.AI account is under review",
         ["Verify your login details to avoid losing your characters."]),
    ]
    for cause, disp, sender, dom, event, lang, auth, subj, paras in cases:
        svc = S(disp, sender, display=disp)
        svc.domain = dom  # the imitated service (label service_domain)
        add(svc, P, cause, event, lang, subj, paras, f"Imitates {disp}: {cause.replace('-', ' ')}",
            split=F, auth=auth, imitation=True)


def fresh_weak() -> None:
    en_note = "You're receiving this because you opted in to news and offers."
    vi_note = "Quý khách nhận thư này do đã đồng ý nhận tin ưu đãi."
    cases = [
        (KLOOK, "en", "promotion", "Up to 30% off Da Nang day trips", ["Limited-time deals on tours and tickets."]),
        (MYTOUR, "vi", "promotion", "Mytour: Khách sạn biển chỉ từ 399.000đ", ["Ưu đãi hè cho khách sạn Quy Nhơn, Nha Trang."]),
        (IVIVU, "vi", "promotion", "Combo Phú Quốc 3N2Đ giá sốc", ["Combo vé máy bay và khách sạn."]),
        (GALAXYPLAY, "vi", "newsletter", "Phim mới trên Galaxy Play tuần này", ["Năm phim Việt mới ra mắt."]),
        (FPTPLAY, "vi", "promotion", "Xem trọn mùa giải với gói Thể thao", ["Giảm 50% tháng đầu tiên."]),
        (QUIZLET, "en", "promotion", "Get 50% off Quizlet Plus", ["Study smarter with practice tests."]),
        (S("Kaggle", "no-reply@kaggle.com", "kaggle.com"), "en", "newsletter", "Kaggle Newsletter: new competitions this month",
         ["Three new competitions and a Learn course on LLMs."]),
        (S("Hugging Face", "newsletter@huggingface.co", "huggingface.co", relay="mailchimp"), "en", "newsletter",
         "This month at Hugging Face", ["New open models, datasets and Spaces."]),
        (PINTEREST_F, "en", "newsletter", "Ideas picked for you: small gardens", ["Fresh Pins inspired by your boards."]),
        (BAMBOO, "vi", "promotion", "Bay Côn Đảo giá chỉ từ 499.000đ", ["Mở bán vé khuyến mãi hè."]),
        (SENDO_F, "vi", "promotion", "Sendo Farm: rau sạch giảm 20%", ["Đi chợ online giao tận nhà."]),
        (S("Stack Overflow", "do-not-reply@stackoverflow.email", "stackoverflow.com", relay="sendgrid"), "en", "newsletter",
         "The Overflow #231: what developers want from AI", ["Our weekly newsletter with the best of the community."]),
        (VNWORKS, "vi", "newsletter", "Bản tin thị trường lao động tháng này", ["Mức lương ngành xây dựng tăng 8%."]),
        (S("Tumblr", "no-reply@tumblr.com", "tumblr.com"), "en", "newsletter", "Tumblr Weekly: what's trending",
         ["The posts everyone is reblogging this week."]),
    ]
    for svc, lang, cause, subj, paras in cases:
        add(svc, W, cause, "newsletter", lang, subj, paras + [vi_note if lang == "vi" else en_note],
            "Newsletter or promotion to a subscriber", split=F, list_headers=True,
            extra_headers=["Precedence: bulk"])


fresh_accounts()
fresh_none()
fresh_phishing()
fresh_weak()


def dsn_body(lines: list[str], paras: list[str], spec: Spec) -> bytes:
    """A delivery status notification (RFC 3464) of the official's own mail."""
    boundary = f"{G.alnum(12)}.{G.digits(10)}/{from_domain(spec.svc.sender)}"
    lines.append("Auto-Submitted: auto-replied")
    lines.append(f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"')
    head = "\r\n".join(lines).encode()
    text = "\n\n".join(paras) + "\n"
    status = (
        f"Reporting-MTA: dns; {from_domain(spec.svc.sender)}\n"
        f"Arrival-Date: {G.date()[0]}\n\n"
        f"Final-Recipient: rfc822; {spec.dsn_rcpt}\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
    )
    original = (
        f"From: {spec.rcpt}\nTo: {spec.dsn_rcpt}\n"
        f"Subject: {spec.dsn_subject}\n"
        f"Date: {G.date()[0]}\nMessage-ID: <{G.hexs(16)}@{spec.rcpt.split('@')[1]}>\n"
    )
    parts = [head, b"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"]
    for ctype, content in (
        ("text/plain; charset=utf-8", text),
        ("message/delivery-status", status),
        ("text/rfc822-headers", original),
    ):
        parts.append(f"--{boundary}\r\nContent-Type: {ctype}\r\n\r\n".encode())
        parts.append(content.replace("\n", "\r\n").encode())
        parts.append(b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


# ==========================================================================
# Expansion: templates -> messages and labels
# ==========================================================================

VI_FORMS = ["nfc", "ascii", "nfd"]


def given_name(full: str) -> str:
    return full.split()[-1] if full else ""


def masked(addr: str) -> str:
    local, dom = addr.split("@")
    return f"{local[:2]}*****@{dom[:2]}*****"


def variables(rcpt: str, rcpt_name: str) -> dict:
    local = rcpt.split("@")[0]
    return {
        "code": G.digits(6),
        "code3": G.digits(3),
        "code3b": G.digits(3),
        "code4": G.digits(4),
        "code5": G.alnum(5).upper(),
        "ref": G.digits(9),
        "ref4": G.digits(4) + "-" + G.digits(4),
        "pnr": G.alnum(6).upper(),
        "amount": f"{G.randint(18, 980)}.{G.choice(['000', '500'])}",
        "order": G.digits(6) + G.alnum(8).upper(),
        "amzorder": f"1{G.digits(2)}-{G.digits(7)}-{G.digits(7)}",
        "day": f"{G.randint(1, 28):02d}/{G.randint(1, 12):02d}/2025",
        "name": given_name(rcpt_name) or local.split(".")[0].capitalize(),
        "user": local.replace(".", "_") + str(G.randint(1, 99)),
        "rcpt": rcpt,
        "masked": masked(rcpt),
    }


def slugify(text: str) -> str:
    text = strip_diacritics(text).lower()
    out = "".join(c if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40]


FRESH_SEED = 20261202


def expand() -> list[tuple[Spec, bytes]]:
    """Dev and holdout first, from the original seed (their bytes never change);
    then the fresh split, then fresh2, fresh3, fresh4, templates, templates2, fresh5 and fresh6, each from a seed of its
    own."""
    global G
    out = expand_templates([t for t in TEMPLATES if t[0].split != "fresh"])
    G = Gen(FRESH_SEED)
    out += expand_templates([t for t in TEMPLATES if t[0].split == "fresh"])
    # The fresh2 split (eval/fresh2.py) builds its own messages from a seed of its own.
    sys.path.insert(0, str(HERE))
    import fresh2

    out += fresh2.expand(sys.modules[__name__])
    # The fresh3 split (eval/fresh3.py), likewise last and from its own seed.
    import fresh3

    out += fresh3.expand(sys.modules[__name__])
    # The fresh4 split (eval/fresh4.py), likewise last and from its own seed.
    import fresh4

    out += fresh4.expand(sys.modules[__name__])
    # The templates split (eval/templates.py): real open-source mail templates, last and from its own seed.
    import templates

    out += templates.expand(sys.modules[__name__])
    # The templates2 split (eval/templates2.py): real templates of other packages, last and from its own seed.
    import templates2

    out += templates2.expand(sys.modules[__name__])
    # The fresh5 split (eval/fresh5.py), after templates2 and from its own seed.
    import fresh5

    out += fresh5.expand(sys.modules[__name__])
    # The fresh6 split (eval/fresh6.py), after fresh5 and from its own seed.
    import fresh6

    out += fresh6.expand(sys.modules[__name__])
    return out


def expand_templates(templates: list[tuple[Spec, int]]) -> list[tuple[Spec, bytes]]:
    counters = {"dev": 0, "holdout": 0, "fresh": 0}
    out = []
    for index, (template, copies) in enumerate(templates):
        if template.split == "dev" and template.expect in (N, P):
            copies = max(copies, 2)
        elif template.split == "dev" and template.expect == A and copies == 1:
            copies = 2
        for k in range(copies):
            spec = Spec(**{f: getattr(template, f) for f in template.__dataclass_fields__})
            spec.paragraphs = list(template.paragraphs)
            spec.extra_headers = list(template.extra_headers)
            spec.traits = []
            pool = OFFICIALS[spec.split]
            name, rcpt = pool[counters[spec.split] % len(pool)]
            counters[spec.split] += 1
            spec.rcpt, spec.rcpt_name = rcpt, (name if G.randint(0, 2) else "")
            v = variables(rcpt, name)
            # Encodings and forms, unless the template fixes them.
            if spec.vi == "auto":
                spec.vi = VI_FORMS[(index + k) % 3] if spec.lang == "vi" else "nfc"
            if spec.form == "auto":
                spec.form = G.choice(["html+text", "html+text", "html", "html", "text"])
            if spec.cte == "auto":
                spec.cte = G.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
            if spec.subj_enc == "auto":
                spec.subj_enc = G.choice(["b", "q"])
            if spec.list_headers is None:
                spec.list_headers = spec.expect == A and G.randint(0, 9) < 4
            finish(spec, v, index, k)
            spec.subject = fill(spec.subject, v)
            spec.paragraphs = [fill(p, v) for p in spec.paragraphs]
            raw = build(spec)
            out.append((spec, raw))
    return out


def finish(spec: Spec, v: dict, index: int, k: int) -> None:
    """Recipient set-ups: forwards, re-sends, VERP variants, BATV."""
    fdom = from_domain(spec.svc.sender)
    local, rdom = spec.rcpt.split("@")
    spec.recipients = [spec.rcpt]
    spec.address = spec.rcpt
    if spec.verp == "xenforo":
        spec.return_path = f"bounce+{G.hexs(8)}+{local}={rdom}@{fdom}"
        spec.traits.append("verp:xenforo")
    elif spec.verp == "discourse":
        spec.return_path = f"noreply+verp-{G.hexs(32)}@{fdom}"
        spec.extra_headers.append(f"X-Discourse-Reply-Key: {G.hexs(32)}" if G.randint(0, 1) else "Precedence: list")
        spec.traits.append("verp:discourse")
    elif spec.verp == "hashed":
        spec.return_path = f"bounces+{G.hexs(16)}={rdom}@em{G.randint(100, 999)}.{reg(fdom)}"
        spec.traits.append("verp:hashed")
    if spec.batv:
        spec.return_path = f"prvs={G.digits(4)}{G.hexs(6)}={spec.svc.sender}"
        spec.traits.append("batv")
    if spec.resend:
        pool = [a for _, a in OFFICIALS[spec.split] if a != spec.rcpt]
        target = pool[(index + k) % len(pool)]
        date, _ = G.date()
        spec.resent = [
            f"Resent-From: {spec.rcpt}",
            f"Resent-To: {target}",
            f"Resent-Date: {date}",
            f"Resent-Message-ID: <{G.hexs(20)}@{rdom}>",
        ]
        spec.envelope_to = target
        spec.owner = target
        spec.recipients = [spec.rcpt, target]
        spec.traits.append("resent")
    if spec.gmail_forward or spec.personal_resend:
        people = PERSONAL_FRESH if spec.split == "fresh" else PERSONAL
        personal = people[(index + k) % len(people)]
        official = spec.rcpt
        spec.rcpt = personal
        spec.rcpt_name = ""
        v["rcpt"] = personal
        v["masked"] = masked(personal)
        spec.address = official
        spec.recipients = []
        if spec.gmail_forward:
            spec.forward = {"from": personal, "to": official}
            spec.traits.append("gmail-forward")
        else:
            date, _ = G.date()
            spec.resent = [
                f"Resent-From: {personal}",
                f"Resent-To: {official}",
                f"Resent-Date: {date}",
            ]
            spec.envelope_to = official
            spec.traits.append("resent-personal")
    if spec.srs:
        sender_local, sender_dom = spec.svc.sender.split("@")
        srs_tag = f"{G.alnum(4)}={G.alnum(2).upper()}={sender_dom}={sender_local}"
        pool = [a for _, a in OFFICIALS[spec.split] if a != spec.rcpt]
        if spec.srs == "alias":
            official = spec.rcpt
            alias_dom = "hcmut.edu.vn" if spec.split == "fresh" else "vnu.edu.vn"
            alias = f"{local.replace('.', '')}@{alias_dom}"
            spec.rcpt, spec.rcpt_name = alias, ""
            v["rcpt"], v["masked"] = alias, masked(alias)
            spec.return_path = f"SRS0={srs_tag}@{alias_dom}"
            spec.extra_headers.append(f"X-Original-To: {alias}")
            spec.envelope_to = official
            spec.address = official
            spec.recipients = []
        else:
            target = pool[(index + k) % len(pool)]
            spec.return_path = f"SRS0={srs_tag}@quangngai.gov.vn"
            spec.extra_headers.append(f"X-Original-To: {spec.rcpt}")
            spec.envelope_to = target
            spec.owner = target
            spec.recipients = [spec.rcpt, target]
        spec.traits.append("srs:" + spec.srs)
    if spec.to_header is not None:
        spec.traits.append("undisclosed-recipients")
    if spec.spam:
        spec.traits.append("spam-flag")
    if spec.svc.relay:
        spec.traits.append("relay:" + spec.svc.relay)
    if spec.list_headers:
        spec.traits.append("list-headers")
    spec.traits.append("body:" + spec.form)
    spec.traits.append("cte:" + spec.cte)
    if spec.lang == "vi":
        spec.traits.append("vi:" + spec.vi)
    if spec.auth != "pass":
        spec.traits.append("auth:" + spec.auth)
    spec.slug = slugify(f"{reg(from_domain(spec.svc.sender)).split('.')[0]}-{spec.cause}")


def label(spec: Spec, file: str) -> dict:
    entry = {
        "file": file,
        "split": spec.split,
        "expect": spec.expect,
        "address": spec.address,
        "recipients": spec.recipients,
    }
    if spec.owner:
        entry["owner"] = spec.owner
    entry.update(
        {
            "service_domain": spec.svc.domain,
            "service": spec.svc.name or spec.svc.display,
            "event": spec.event,
            "lang": spec.lang,
            "cause": spec.cause,
            "reason": spec.reason,
            "traits": spec.traits,
        }
    )
    return entry


def main() -> int:
    check = "--check" in sys.argv[1:]
    messages = expand()
    order = {"dev": 0, "holdout": 1, "fresh": 2, "fresh2": 3, "fresh3": 4, "fresh4": 5, "templates": 6, "templates2": 7, "fresh5": 8,
             "fresh6": 9}
    messages.sort(key=lambda m: order[m[0].split])  # stable: keeps template order within a split
    files: dict[str, bytes] = {}
    labels = []
    for number, (spec, raw) in enumerate(messages, start=1):
        rel = f"mail/{spec.split}/{number:04d}-{spec.slug}.eml"
        files[rel] = raw
        labels.append(label(spec, rel))
    labels_text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    if check:
        ok = (HERE / "labels.json").read_text(encoding="utf-8") == labels_text
        for rel, raw in files.items():
            path = HERE / rel
            ok = ok and path.is_file() and path.read_bytes() == raw
        on_disk = {str(p.relative_to(HERE)) for p in (HERE / "mail").rglob("*.eml")}
        ok = ok and on_disk == set(files)
        print("eval set is up to date" if ok else "eval set differs from generate.py: run python3 eval/generate.py")
        return 0 if ok else 1
    shutil.rmtree(HERE / "mail", ignore_errors=True)
    for rel, raw in files.items():
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    (HERE / "labels.json").write_text(labels_text, encoding="utf-8")
    counts: dict[str, int] = {}
    for entry in labels:
        key = f"{entry['split']}/{entry['expect']}"
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(labels)} messages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
