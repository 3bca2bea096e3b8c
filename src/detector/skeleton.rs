//! Confusable skeletons: text reduced to what a reader sees, so that a brand
//! written with tricks (`Fаcebook` with a Cyrillic `а`, `Iog in`, `Amaz0n`,
//! `F.e.d.E.x`, zero-width characters between letters) matches its plain
//! name.
//!
//! A small table rather than the full Unicode confusables data
//! (`unicode-security`): what matters here is Latin look-alikes in
//! Cyrillic and Greek, digits for letters and spacing tricks, which UTS #39
//! skeletons do not undo (they keep case distinctions, spaces and dots) and
//! which must then be folded like the rest of the detector's text.

use crate::text::fold;

/// Cyrillic and Greek letters drawn like Latin ones (lowercase after
/// folding).
const LOOKALIKES: &[(char, char)] = &[
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('ё', 'e'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
    ('і', 'i'),
    ('ї', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('ԁ', 'd'),
    ('ԛ', 'q'),
    ('ԝ', 'w'),
    ('ӏ', 'l'),
    ('ү', 'y'),
    ('ɡ', 'g'),
    ('ı', 'i'),
    ('α', 'a'),
    ('β', 'b'),
    ('ε', 'e'),
    ('η', 'n'),
    ('ι', 'i'),
    ('κ', 'k'),
    ('ν', 'v'),
    ('ο', 'o'),
    ('ρ', 'p'),
    ('τ', 't'),
    ('υ', 'u'),
    ('χ', 'x'),
    ('ϲ', 'c'),
];

/// Characters that draw nothing: zero-width spaces and joiners, soft
/// hyphens, variation selectors, tag characters.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E01EF}')
}

/// Digits and signs read as letters inside a word that has letters.
fn digit_as_letter(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '|' => 'l',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        c => c,
    }
}

/// The skeleton of `text`: folded (lowercase, no diacritics), look-alikes
/// mapped to Latin, invisible characters dropped, digits read as letters in
/// words that mix them, runs of single letters split by dots, spaces, dashes
/// or underscores joined, and `i` drawn as `l` (`I` and `l` look the same in
/// most fonts). Apply it to both sides of a comparison.
pub(crate) fn skeleton(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| {
            // `I` before folding, since folding makes it `i`.
            if c == 'I' {
                return 'l';
            }
            if c.is_ascii() {
                return c;
            }
            let lower = c.to_lowercase().next().unwrap_or(c);
            LOOKALIKES
                .iter()
                .find(|(from, _)| *from == lower)
                .map_or(c, |&(_, to)| to)
        })
        .collect();
    let folded = fold(&visible);
    let mut words: Vec<String> = folded
        .split(' ')
        .map(|word| {
            let core = word.trim_matches(|c: char| !c.is_alphanumeric());
            let mixed = core.chars().any(|c| c.is_ascii_lowercase())
                && core
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '@' || c == '$' || c == '|');
            if mixed {
                word.chars().map(digit_as_letter).collect()
            } else {
                word.to_string()
            }
        })
        .collect();
    words.retain(|w| !w.is_empty());
    join_spaced_letters(&words.join(" ")).replace('i', "l")
}

/// `f.e.d.e.x`, `a m a z o n`, `p-a-y-p-a-l`: three or more single letters
/// separated by one separator each become one word.
fn join_spaced_letters(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars.get(i - 1).is_some_and(|c| c.is_alphanumeric());
        if starts_word && chars.get(i).is_some_and(char::is_ascii_alphabetic) {
            // Collect letter (sep letter)* where each letter stands alone.
            let mut run = vec![i];
            let mut j = i;
            loop {
                let sep = chars.get(j + 1);
                let next = chars.get(j + 2);
                let after = chars.get(j + 3);
                let single = next.is_some_and(char::is_ascii_alphabetic)
                    && !after.is_some_and(|c| c.is_alphanumeric());
                if sep.is_some_and(|c| matches!(c, ' ' | '.' | '-' | '_')) && single {
                    j += 2;
                    run.push(j);
                } else {
                    break;
                }
            }
            let first_alone = !chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
            if run.len() >= 3 && first_alone {
                out.extend(run.iter().filter_map(|&k| chars.get(k)));
                i = j + 1;
                continue;
            }
        }
        if let Some(&c) = chars.get(i) {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// Levenshtein distance, bounded: `None` when above `max`.
pub(crate) fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution =
                previous.get(j).copied().unwrap_or(usize::MAX) + usize::from(ca != cb);
            let deletion = previous
                .get(j + 1)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let insertion = current
                .get(j)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = substitution.min(deletion).min(insertion);
            }
        }
        previous = current;
    }
    previous.last().copied().filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tricks_reduce_to_the_plain_name() {
        let plain = skeleton("Facebook");
        assert_eq!(skeleton("Fаcebооk"), plain, "Cyrillic а and о");
        assert_eq!(skeleton("F\u{200B}a\u{200C}cebook"), plain, "zero-width");
        assert_eq!(skeleton("F.a.c.e.b.o.o.k"), plain, "dots");
        assert_eq!(skeleton("F a c e b o o k"), plain, "spaces");
        assert_eq!(skeleton("Faceb00k"), plain, "digits");
        assert_eq!(skeleton("Co\u{E0139}i\u{E0139}nbase"), skeleton("Coinbase"));
        assert_eq!(
            skeleton("Someone tried to Iog in"),
            skeleton("someone tried to log in")
        );
        assert_eq!(skeleton("User lD"), skeleton("user id"));
        assert_eq!(skeleton("Lеԁgеr"), skeleton("Ledger"), "Cyrillic е and ԁ");
        assert_eq!(skeleton("ΡayΡal"), skeleton("PayPal"), "Greek Ρ");
        // Vietnamese is folded as elsewhere.
        assert_eq!(skeleton("Bộ Công an"), skeleton("bo cong an"));
        // Plain numbers and words stay.
        assert_eq!(skeleton("Order 12345 of 3 items"), "order 12345 of 3 ltems");
        assert_eq!(skeleton("a b"), "a b", "two letters are not a run");
    }

    #[test]
    fn bounded_edit_distance() {
        assert_eq!(edit_distance_within("paypal", "paypa1", 1), Some(1));
        assert_eq!(edit_distance_within("microsoft", "rnicrosoft", 2), Some(2));
        assert_eq!(edit_distance_within("google", "example", 2), None);
    }
}
