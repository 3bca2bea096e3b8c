#!/usr/bin/env python3
"""Label which honeypot mails imitate a brand (for `evaluate --phishing-pot`).

Rule (the whole of it):
  A mail imitates a brand when a brand of BRANDS below appears, as whole
  words, in its From display name or its Subject, after this normalisation:
  NFKC; zero-width characters, variation selectors and tag characters
  removed; Cyrillic and Greek look-alike letters mapped to Latin; lowercase;
  diacritics removed; in a word that mixes letters and digits, 0 1 3 4 5 7
  @ $ read as o l e a s t a s; `I` and `l` are the same letter; runs of
  single letters separated by dots, spaces, dashes or underscores joined
  (`F.e.d.E.x` is `fedex`) -- and the From address is not in one of that
  brand's own domains (nor in a subdomain of one).

BRANDS is written here, apart from the detector: the brands the project's
issue names (Microsoft and its products, Apple, Google, Amazon, Netflix,
PayPal, DocuSign, Dropbox, Adobe, parcel services, banks, crypto wallets and
exchanges, Vietnamese public bodies) and the brands that the public
"most imitated brands" lists name (social networks, security software, mail
providers, large retailers and payment cards).

Usage: python3 eval/phishing_pot_labels.py ../shared/phishing-pot
writes eval/phishing_pot_labels.json: [{"file": ..., "brand": ..., "in": ...}]
(file names only; the mails themselves stay out of the repository).
Standard library only; deterministic.
"""

import email
import email.policy
import json
import pathlib
import re
import sys
import unicodedata
from email.header import decode_header, make_header

# brand id -> (names as people write them, own domains)
BRANDS = {
    "microsoft": (["microsoft", "outlook", "office 365", "microsoft 365", "onedrive",
                   "sharepoint", "hotmail", "teams", "windows defender"],
                  ["microsoft.com", "microsoftonline.com", "office.com", "outlook.com",
                   "live.com", "hotmail.com", "sharepoint.com", "onedrive.com"]),
    "apple": (["apple", "icloud", "itunes", "app store", "apple id"],
              ["apple.com", "icloud.com", "me.com", "itunes.com"]),
    "google": (["google", "gmail", "google drive", "youtube"],
               ["google.com", "gmail.com", "youtube.com", "googlemail.com"]),
    "amazon": (["amazon", "prime video", "amazon prime"],
               ["amazon.com", "amazon.de", "amazon.co.uk", "amazon.fr", "amazon.es"]),
    "netflix": (["netflix"], ["netflix.com"]),
    "paypal": (["paypal"], ["paypal.com", "paypal.de"]),
    "docusign": (["docusign"], ["docusign.net", "docusign.com"]),
    "dropbox": (["dropbox"], ["dropbox.com", "dropboxmail.com"]),
    "adobe": (["adobe"], ["adobe.com"]),
    "facebook": (["facebook", "meta", "instagram", "whatsapp", "messenger"],
                 ["facebook.com", "facebookmail.com", "meta.com", "instagram.com",
                  "whatsapp.com"]),
    "linkedin": (["linkedin"], ["linkedin.com"]),
    "tiktok": (["tiktok"], ["tiktok.com"]),
    "zalo": (["zalo"], ["zalo.me"]),
    "shopee": (["shopee"], ["shopee.vn", "shopee.com"]),
    "lazada": (["lazada"], ["lazada.vn"]),
    "dhl": (["dhl"], ["dhl.com", "dhl.de"]),
    "fedex": (["fedex"], ["fedex.com"]),
    "ups": (["ups"], ["ups.com"]),
    "usps": (["usps"], ["usps.com"]),
    "correios": (["correios"], ["correios.com.br"]),
    "vnpost": (["vnpost", "buu dien viet nam"], ["vnpost.vn"]),
    "viettelpost": (["viettel post"], ["viettelpost.com.vn"]),
    "wells_fargo": (["wells fargo"], ["wellsfargo.com"]),
    "chase": (["chase"], ["chase.com"]),
    "bank_of_america": (["bank of america"], ["bankofamerica.com"]),
    "american_express": (["american express", "amex"], ["americanexpress.com"]),
    "visa": (["visa"], ["visa.com"]),
    "mastercard": (["mastercard"], ["mastercard.com"]),
    "bradesco": (["bradesco"], ["bradesco.com.br"]),
    "itau": (["itau", "itaucard"], ["itau.com.br"]),
    "banco_do_brasil": (["banco do brasil"], ["bb.com.br"]),
    "caixa": (["caixa"], ["caixa.gov.br"]),
    "santander": (["santander"], ["santander.com", "santander.com.br"]),
    "vietcombank": (["vietcombank"], ["vietcombank.com.vn"]),
    "vietinbank": (["vietinbank"], ["vietinbank.vn"]),
    "bidv": (["bidv"], ["bidv.com.vn"]),
    "agribank": (["agribank"], ["agribank.com.vn"]),
    "techcombank": (["techcombank"], ["techcombank.com.vn"]),
    "momo": (["momo"], ["momo.vn"]),
    "binance": (["binance"], ["binance.com"]),
    "coinbase": (["coinbase"], ["coinbase.com"]),
    "metamask": (["metamask"], ["metamask.io"]),
    "trust_wallet": (["trust wallet"], ["trustwallet.com"]),
    "ledger": (["ledger"], ["ledger.com"]),
    "exodus": (["exodus"], ["exodus.com", "exodus.io"]),
    "ripple": (["ripple", "xrp"], ["ripple.com"]),
    "coindesk": (["coindesk"], ["coindesk.com"]),
    "coinpayments": (["coinpayments"], ["coinpayments.net"]),
    "kraken": (["kraken"], ["kraken.com"]),
    "crypto_com": (["crypto.com"], ["crypto.com"]),
    "mcafee": (["mcafee"], ["mcafee.com"]),
    "norton": (["norton"], ["norton.com"]),
    "proton": (["proton mail", "protonmail"], ["proton.me", "protonmail.com"]),
    "zimbra": (["zimbra"], ["zimbra.com"]),
    "webmail": (["webmail", "mail administrator"], []),
    "aarp": (["aarp"], ["aarp.org"]),
    "walmart": (["walmart"], ["walmart.com"]),
    "costco": (["costco"], ["costco.com"]),
    "aldi": (["aldi"], ["aldi.de", "aldi-sued.de", "aldi-nord.de"]),
    "lidl": (["lidl"], ["lidl.de"]),
    "kaufland": (["kaufland"], ["kaufland.de"]),
    "rossmann": (["rossmann"], ["rossmann.de"]),
    "adac": (["adac"], ["adac.de"]),
    "tax_vn": (["tong cuc thue", "cuc thue", "thue dien tu"], ["gov.vn"]),
    "police_vn": (["bo cong an", "cong an"], ["gov.vn"]),
    "social_insurance_vn": (["bao hiem xa hoi", "bhxh"], ["gov.vn", "baohiemxahoi.gov.vn"]),
    "vneid": (["vneid"], ["gov.vn"]),
    "public_service_vn": (["dich vu cong"], ["gov.vn"]),
    "receita_federal": (["receita federal"], ["gov.br"]),
    "detran": (["detran"], ["gov.br"]),
}

LOOKALIKE = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ӏ": "l", "ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ϲ": "c",
}
DIGITS = {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}


def invisible(c):
    cp = ord(c)
    return (unicodedata.category(c) == "Cf" or 0xFE00 <= cp <= 0xFE0F
            or 0xE0000 <= cp <= 0xE01EF or cp == 0x034F)


def skeleton(text):
    text = unicodedata.normalize("NFKC", text)
    text = "".join(LOOKALIKE.get(c, LOOKALIKE.get(c.lower(), c))
                   for c in text if not invisible(c))
    text = text.replace("I", "l").lower().replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))
    words = []
    for word in re.split(r"\s+", text):
        if re.search(r"[a-z]", word) and re.search(r"[0-9@$]", word.strip("@$.,:;!?")):
            word = "".join(DIGITS.get(c, c) for c in word)
        words.append(word)
    text = " ".join(words)
    # F.e.d.E.x, A m a z o n -> fedex, amazon
    text = re.sub(r"\b(?:[a-z][ ._\-]){2,}[a-z]\b",
                  lambda m: re.sub(r"[ ._\-]", "", m.group(0)), text)
    return text.replace("i", "l")


PATTERNS = {
    brand: re.compile(r"\b(?:%s)\b" % "|".join(re.escape(skeleton(n)) for n in names))
    for brand, (names, _) in BRANDS.items()
}


def decoded(message, name):
    value = message.get(name, "") or ""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # malformed encoded words: the raw value
        return str(value)


def within(domain, parent):
    return domain == parent or domain.endswith("." + parent)


def label(path):
    message = email.message_from_binary_file(open(path, "rb"), policy=email.policy.compat32)
    sender = decoded(message, "From")
    match = re.search(r"<([^<>]*)>\s*$", sender.strip()) or re.search(r"(\S+@\S+)", sender)
    address = match.group(1).strip() if match else ""
    display = sender[: match.start()] if match else sender
    domain = address.rsplit("@", 1)[-1].lower().strip(" .>") if "@" in address else ""
    for where, text in (("display_name", display), ("subject", decoded(message, "Subject"))):
        folded = skeleton(text)
        for brand, pattern in PATTERNS.items():
            if pattern.search(folded) and not any(within(domain, d) for d in BRANDS[brand][1]):
                return {"file": path.name, "brand": brand, "in": where}
    return None


def main():
    pot = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/phishing-pot")
    folder = pot / "mail" if (pot / "mail").is_dir() else pot
    labels = [entry for entry in (label(p) for p in sorted(folder.glob("*.eml"))) if entry]
    out = pathlib.Path(__file__).with_name("phishing_pot_labels.json")
    out.write_text(json.dumps(labels, indent=1) + "\n")
    print(f"{len(labels)} of {len(list(folder.glob('*.eml')))} mails imitate a brand -> {out}")


if __name__ == "__main__":
    main()
