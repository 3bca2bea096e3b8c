//! The index page of the unit pages: every unit with its counts and a link
//! to its own page (see `report::write_unit_pages`).

use std::io::{self, Write};

use super::{CONTENT_SECURITY_POLICY, Esc, STYLE, number};
use crate::report::pages::UnitPage;
use crate::report::{Lang, Report};

/// The page's words, in both languages.
fn words(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::En => [
            "Official addresses at outside services: units",
            "One page per unit; open your unit's page.",
            "Unit",
            "Addresses",
            "Accounts",
            "Violations",
            "Suspected phishing",
            "messages read",
            "problems (see the full report)",
        ],
        Lang::Vi => [
            "Địa chỉ thư công vụ đăng ký dịch vụ bên ngoài: theo đơn vị",
            "Mỗi đơn vị một trang; hãy mở trang của đơn vị mình.",
            "Đơn vị",
            "Địa chỉ",
            "Tài khoản",
            "Vi phạm",
            "Nghi giả mạo",
            "thư đã đọc",
            "sự cố (xem báo cáo đầy đủ)",
        ],
    }
}

pub(crate) fn write_index(
    report: &Report,
    pages: &[UnitPage],
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let [
        title,
        hint,
        unit,
        addresses,
        accounts,
        violations,
        phishing,
        messages,
        problems,
    ] = words(lang);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <meta name=\"generator\" content=\"{generator}\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<header>\n\
         <h1>{title}</h1>\n<p class=\"subtitle\">{hint}</p>\n</header>\n<main>",
        code = lang.code(),
        generator = Esc(&report.generator),
        title = Esc(title),
        hint = Esc(hint),
    )?;
    let s = &report.summary;
    writeln!(
        out,
        "<p>{} {messages}; {} {}; {} {}; {} {problems}.</p>",
        number(lang, s.messages),
        number(lang, s.accounts),
        Esc(&accounts.to_lowercase()),
        number(lang, s.violations),
        Esc(&violations.to_lowercase()),
        number(lang, report.problems.len() as u64),
    )?;
    writeln!(
        out,
        "<table class=\"units-index\">\n<thead><tr><th scope=\"col\">{unit}</th>\
         <th scope=\"col\" class=\"num\">{addresses}</th><th scope=\"col\" class=\"num\">{accounts}</th>\
         <th scope=\"col\" class=\"num\">{violations}</th><th scope=\"col\" class=\"num\">{phishing}</th></tr></thead>\n<tbody>"
    )?;
    for page in pages {
        writeln!(
            out,
            "<tr><td><a href=\"{file}\">{name}</a></td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            number(lang, page.addresses),
            number(lang, page.accounts),
            number(lang, page.violations),
            number(lang, page.suspected_phishing),
            file = Esc(&page.file),
            name = Esc(&page.unit),
        )?;
    }
    writeln!(out, "</tbody>\n</table>\n</main>\n</body>\n</html>")
}
