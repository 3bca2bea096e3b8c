//! Lists of IP addresses a user supplies (a national CERT's botnet list,
//! addresses seen in attacks): one address or CIDR block per line, `#` or
//! `;` comments. Stored as sorted, merged ranges over one 128-bit space
//! (IPv4 as IPv4-mapped IPv6), so a lookup is one binary search, whatever
//! the list's length.

use std::net::{IpAddr, Ipv6Addr};
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};

/// A list of IP addresses and blocks, merged and sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IpList {
    /// Disjoint inclusive ranges, sorted by start.
    ranges: Vec<(u128, u128)>,
    /// How many entries the sources held.
    entries: usize,
}

impl IpList {
    /// An empty list.
    pub fn new() -> IpList {
        IpList::default()
    }

    /// Adds the entries of a list's text; `origin` names it in errors
    /// (`botnet.txt line 12: …`).
    pub fn add_text(&mut self, text: &str, origin: &str) -> Result<()> {
        let mut added = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let entry = line.split(['#', ';']).next().unwrap_or_default().trim();
            if entry.is_empty() {
                continue;
            }
            let range = parse_entry(entry).ok_or_else(|| {
                Error::new(
                    ErrorKind::Policy,
                    format!(
                        "{origin} line {}: `{}` is not an IP address or CIDR block",
                        number + 1,
                        entry.chars().take(60).collect::<String>()
                    ),
                )
            })?;
            added.push(range);
        }
        self.entries += added.len();
        self.ranges.extend(added);
        self.merge();
        Ok(())
    }

    fn merge(&mut self) {
        self.ranges.sort_unstable();
        let mut merged: Vec<(u128, u128)> = Vec::with_capacity(self.ranges.len());
        for &(start, end) in &self.ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1.saturating_add(1) => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        self.ranges = merged;
    }

    /// Adds every entry of another list.
    pub fn extend(&mut self, other: &IpList) {
        self.entries += other.entries;
        self.ranges.extend(other.ranges.iter().copied());
        self.merge();
    }

    /// Adds a list file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read IP list {}", path.display()),
            )
            .with_source(e)
        })?;
        self.add_text(&text, &path.display().to_string())
    }

    /// True when `ip` is in the list.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let value = to_u128(ip);
        let index = self.ranges.partition_point(|&(start, _)| start <= value);
        index
            .checked_sub(1)
            .and_then(|i| self.ranges.get(i))
            .is_some_and(|&(_, end)| value <= end)
    }

    /// The number of entries read (before merging).
    pub fn len(&self) -> usize {
        self.entries
    }

    /// True when no entry was read.
    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }
}

fn to_u128(ip: IpAddr) -> u128 {
    match ip {
        IpAddr::V4(v4) => u128::from(v4.to_ipv6_mapped()),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

/// `203.0.113.7`, `203.0.113.0/24`, `2001:db8::/32` → an inclusive range.
fn parse_entry(entry: &str) -> Option<(u128, u128)> {
    let (address, prefix) = match entry.split_once('/') {
        Some((address, prefix)) => (address.trim(), Some(prefix.trim().parse::<u32>().ok()?)),
        None => (entry, None),
    };
    let ip: IpAddr = address.parse().ok()?;
    let (value, bits) = match ip {
        IpAddr::V4(v4) => (u128::from(v4.to_ipv6_mapped()), 32 + 96),
        IpAddr::V6(v6) => (u128::from(v6), 128),
    };
    let prefix = match (prefix, ip) {
        (Some(p), IpAddr::V4(_)) if p <= 32 => p + 96,
        (Some(p), IpAddr::V6(_)) if p <= 128 => p,
        (Some(_), _) => return None,
        (None, _) => bits,
    };
    let host_bits = 128 - prefix;
    let mask = if host_bits >= 128 {
        u128::MAX
    } else {
        (1u128 << host_bits) - 1
    };
    Some((value & !mask, value | mask))
}

/// The IP addresses written in `text` (IPv4 dotted quads, IPv6 with `:`),
/// for login alerts and `Received` headers.
pub(crate) fn ips_in(text: &str) -> Vec<IpAddr> {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '.' || c == ':'))
        .filter(|token| token.len() >= 7)
        .filter_map(|token| {
            let token = token.trim_matches(|c| c == '.' || c == ':');
            token.parse::<IpAddr>().ok().or_else(|| {
                // `[2001:db8::1]:443` splits cleanly; `::ffff:1.2.3.4` parses.
                token.parse::<Ipv6Addr>().ok().map(IpAddr::V6)
            })
        })
        .filter(|ip| !ip.is_loopback() && !ip.is_unspecified())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse()
            .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn addresses_blocks_and_comments() -> Result<()> {
        let mut list = IpList::new();
        list.add_text(
            "# botnet list\n203.0.113.7\n198.51.100.0/24 ; a block\n\n2001:db8::/32\n",
            "list.txt",
        )?;
        assert_eq!(list.len(), 3);
        assert!(list.contains(ip("203.0.113.7")));
        assert!(!list.contains(ip("203.0.113.8")));
        assert!(list.contains(ip("198.51.100.255")));
        assert!(!list.contains(ip("198.51.101.0")));
        assert!(list.contains(ip("2001:db8:1::5")));
        assert!(!list.contains(ip("2001:db9::1")));
        Ok(())
    }

    #[test]
    fn a_bad_line_is_named() {
        let mut list = IpList::new();
        let error = list
            .add_text("10.0.0.1\n10.0.0.300\n", "botnet.txt")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("botnet.txt line 2"), "{error}");
        assert!(list.add_text("10.0.0.0/33", "x").is_err());
    }

    /// The issue asks for under a second (about 0.09 s in a debug build
    /// here); asserted as a ratio to the least any loader must do, parsing
    /// each line with the standard library and sorting, timed in the same
    /// test, because a loaded machine moves absolute times.
    #[test]
    fn a_100000_entry_list_loads_within_a_ratio_of_parsing_and_sorting() -> Result<()> {
        let mut text = String::new();
        for i in 0..100_000u32 {
            let [a, b, c, d] = (0x0b00_0000 + i * 7).to_be_bytes();
            text.push_str(&format!("{a}.{b}.{c}.{d}\n"));
        }
        let baseline = || {
            let started = std::time::Instant::now();
            let mut parsed: Vec<IpAddr> = text.lines().filter_map(|l| l.parse().ok()).collect();
            parsed.sort_unstable();
            (started.elapsed(), parsed.len())
        };
        let load = || -> Result<(std::time::Duration, IpList)> {
            let started = std::time::Instant::now();
            let mut list = IpList::new();
            list.add_text(&text, "big.txt")?;
            Ok((started.elapsed(), list))
        };
        // Best of three each, alternately, so both see the same machine.
        let (mut best_load, mut best_baseline) =
            (std::time::Duration::MAX, std::time::Duration::MAX);
        let mut list = IpList::new();
        for _ in 0..3 {
            let (took, parsed) = baseline();
            assert_eq!(parsed, 100_000);
            best_baseline = best_baseline.min(took);
            let (took, loaded) = load()?;
            best_load = best_load.min(took);
            list = loaded;
        }
        let ratio = best_load.as_secs_f64() / best_baseline.as_secs_f64().max(1e-9);
        // Measured: 2.2 in release, 7.5 in a debug build, where our code is
        // unoptimised and the standard library's parser is not.
        let limit = if cfg!(debug_assertions) { 15.0 } else { 5.0 };
        eprintln!("IP list of 100,000: {best_load:?}, {ratio:.2} times parsing and sorting");
        assert!(
            ratio < limit,
            "loaded in {best_load:?}, {ratio:.1} times parsing and sorting ({best_baseline:?}), over {limit}"
        );
        assert_eq!(list.len(), 100_000);
        assert!(list.contains(ip("11.0.0.7")));
        assert!(!list.contains(ip("11.0.0.8")));
        Ok(())
    }

    #[test]
    fn ips_in_text() {
        assert_eq!(
            ips_in("IP: 203.0.113.9 (Lagos, Nigeria), 2001:db8::7."),
            vec![ip("203.0.113.9"), ip("2001:db8::7")]
        );
        assert!(ips_in("version 1.2.3 at 10:30").is_empty());
    }
}
