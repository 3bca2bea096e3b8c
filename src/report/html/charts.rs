//! Small bar charts drawn as inline SVG: accounts by category, by service
//! and by unit, the violations in a darker colour over the total.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{Esc, Unit, number};
use crate::report::Report;
use crate::report::i18n::{Lang, Text};

/// Bars shown per chart; the rest are summed into one "others" bar.
const MAX_BARS: usize = 10;
/// Characters of a label shown; the full label is in the bar's tooltip.
const LABEL_CHARS: usize = 24;

const WIDTH: f64 = 360.0;
const LABEL_WIDTH: f64 = 150.0;
/// Room left after the longest bar for its count.
const COUNT_WIDTH: f64 = 44.0;
const ROW_HEIGHT: f64 = 22.0;

/// One bar: a label, all accounts, and the violations among them.
struct Bar {
    label: String,
    total: u64,
    violations: u64,
}

pub(super) fn write_charts(
    out: &mut dyn Write,
    report: &Report,
    units: &[Unit<'_>],
    lang: Lang,
) -> io::Result<()> {
    let mut by_category: BTreeMap<&str, Bar> = BTreeMap::new();
    let mut by_service: BTreeMap<&str, Bar> = BTreeMap::new();
    for record in &report.accounts {
        let category = lang.category(record.service.category);
        for (map, key) in [
            (&mut by_category, category),
            (&mut by_service, record.service.name.as_str()),
        ] {
            let bar = map.entry(key).or_insert_with(|| Bar {
                label: key.to_string(),
                total: 0,
                violations: 0,
            });
            bar.total += 1;
            bar.violations += u64::from(record.violation);
        }
    }
    let by_unit = units
        .iter()
        .map(|unit| Bar {
            label: unit.name.to_string(),
            total: unit.accounts.len() as u64,
            violations: unit.violations() as u64,
        })
        .collect();
    writeln!(out, "<div class=\"charts\">")?;
    for (caption, bars) in [
        (Text::ByCategory, by_category.into_values().collect()),
        (Text::ByService, by_service.into_values().collect()),
        (Text::ByUnit, by_unit),
    ] {
        chart(out, lang, lang.text(caption), top(bars, lang))?;
    }
    writeln!(
        out,
        "</div>\n<p class=\"legend\"><span class=\"key bad\"></span><span class=\"key all\"></span> {}</p>",
        Esc(lang.text(Text::ChartLegend))
    )
}

/// The largest bars first (ties by label); past [`MAX_BARS`], one bar for
/// the rest.
fn top(mut bars: Vec<Bar>, lang: Lang) -> Vec<Bar> {
    bars.sort_by(|a, b| {
        (b.total, b.violations)
            .cmp(&(a.total, a.violations))
            .then_with(|| a.label.cmp(&b.label))
    });
    if bars.len() > MAX_BARS {
        let rest = bars.split_off(MAX_BARS - 1);
        bars.push(Bar {
            label: format!("{} ({})", lang.text(Text::OtherServices), rest.len()),
            total: rest.iter().map(|b| b.total).sum(),
            violations: rest.iter().map(|b| b.violations).sum(),
        });
    }
    bars
}

fn chart(out: &mut dyn Write, lang: Lang, caption: &str, bars: Vec<Bar>) -> io::Result<()> {
    let max = bars.iter().map(|b| b.total).max().unwrap_or(1).max(1) as f64;
    let scale = (WIDTH - LABEL_WIDTH - COUNT_WIDTH) / max;
    let height = ROW_HEIGHT * bars.len() as f64 + 4.0;
    writeln!(
        out,
        "<figure class=\"chart\"><figcaption>{caption}</figcaption>\n\
         <svg viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-label=\"{caption}\">",
        caption = Esc(caption)
    )?;
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW_HEIGHT * i as f64;
        let total_width = bar.total as f64 * scale;
        let violations_width = bar.violations as f64 * scale;
        let label: String = if bar.label.chars().count() > LABEL_CHARS {
            let mut short: String = bar.label.chars().take(LABEL_CHARS - 1).collect();
            short.push('…');
            short
        } else {
            bar.label.clone()
        };
        let count = if bar.violations == bar.total {
            number(lang, bar.total)
        } else {
            format!(
                "{}/{}",
                number(lang, bar.violations),
                number(lang, bar.total)
            )
        };
        writeln!(
            out,
            "<g><title>{full}: {count}</title>\
             <text x=\"0\" y=\"{ty:.1}\" class=\"label\">{label}</text>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{ry:.1}\" width=\"{total_width:.1}\" height=\"16\" class=\"all\"/>\
             <rect x=\"{LABEL_WIDTH}\" y=\"{ry:.1}\" width=\"{violations_width:.1}\" height=\"16\" class=\"bad\"/>\
             <text x=\"{cx:.1}\" y=\"{ty:.1}\" class=\"count\">{count}</text></g>",
            full = Esc(&bar.label),
            label = Esc(&label),
            count = Esc(&count),
            ty = y + 16.0,
            ry = y + 4.0,
            cx = LABEL_WIDTH + total_width + 4.0,
        )?;
    }
    writeln!(out, "</svg></figure>")
}
