//! Sender authentication: trusted `Authentication-Results` and DKIM
//! signatures aligned with the From domain.
//!
//! DKIM cannot be re-verified offline (keys rotate, no network), so a
//! signature's presence is weaker than a trusted receiving server's result.
//! A receiving server strips `Authentication-Results` headers that claim its
//! own authserv-id (RFC 8601 §5), so a trusted one was written by it.

use crate::domain::{Domains, normalize_domain};
use crate::verdict::Authentication;

/// One method result of an `Authentication-Results` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MethodResult {
    pub(crate) method: String,
    pub(crate) result: String,
    /// Domains named by the result's properties (`header.d`, `header.i`,
    /// `header.from`, `smtp.mailfrom`), normalised.
    pub(crate) domains: Vec<String>,
}

/// A parsed `Authentication-Results` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AuthResults {
    pub(crate) authserv_id: String,
    pub(crate) results: Vec<MethodResult>,
}

/// Parses `authserv-id [version]; method=result prop=value …; …`.
pub(crate) fn parse_auth_results(value: &str) -> Option<AuthResults> {
    let value = strip_comments(value);
    let mut sections = value.split(';');
    let authserv_id = sections
        .next()?
        .split_whitespace()
        .next()?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let mut results = Vec::new();
    for section in sections {
        let mut tokens = section.split_whitespace();
        let Some((method, result)) = tokens.next().and_then(|t| t.split_once('=')) else {
            continue;
        };
        let domains = tokens
            .filter_map(|token| token.split_once('='))
            .filter(|(key, _)| {
                matches!(
                    key.to_ascii_lowercase().as_str(),
                    "header.d" | "header.i" | "header.from" | "smtp.mailfrom"
                )
            })
            .filter_map(|(_, v)| {
                let v = v.trim_matches('"');
                let host = v.rsplit_once('@').map_or(v, |(_, d)| d);
                normalize_domain(host)
            })
            .collect();
        results.push(MethodResult {
            method: method.trim().to_ascii_lowercase(),
            result: result.trim().to_ascii_lowercase(),
            domains,
        });
    }
    Some(AuthResults {
        authserv_id,
        results,
    })
}

fn strip_comments(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The `d=` domain of a `DKIM-Signature` header.
pub(crate) fn dkim_signing_domain(value: &str) -> Option<String> {
    value.split(';').find_map(|tag| {
        let (name, domain) = tag.split_once('=')?;
        (name.trim() == "d")
            .then(|| normalize_domain(domain.trim()))
            .flatten()
    })
}

/// What the message's headers say about the From domain.
pub(crate) struct AuthInput<'a> {
    /// `Authentication-Results` written by trusted servers.
    pub(crate) trusted_results: &'a [AuthResults],
    /// `d=` of every `DKIM-Signature`.
    pub(crate) dkim_domains: &'a [String],
    /// Registrable domains of the envelope (Return-Path) and Message-ID.
    pub(crate) envelope_domains: &'a [String],
    /// True when the mail was received before authentication data could be
    /// expected (see `AuthenticationPolicy::expected_from_year`).
    pub(crate) before_authentication_era: bool,
}

/// Judges the From domain's authentication; returns the status and a signal.
/// `same_service` says whether a domain belongs to the same catalog service
/// as the From domain (`amazon.com` for mail from `amazon.co.uk`), which
/// counts as aligned besides the same registrable domain.
pub(crate) fn judge(
    domains: &Domains,
    from_domain: &str,
    same_service: &dyn Fn(&str) -> bool,
    input: &AuthInput<'_>,
) -> (Authentication, String) {
    let from_org = domains.registrable(from_domain);
    // A customer of a platform that the PSL's private section splits
    // (`project.firebaseapp.com`) is also backed by the platform's own
    // signature (`d=firebaseapp.com`): its organisational domain under the
    // ICANN section, as DMARC receivers compute it. Another customer's
    // signature (`other.firebaseapp.com`) does not count.
    let platform = Some(domains.icann_registrable(from_domain)).filter(|p| *p != from_org);
    let aligned =
        |d: &str| domains.registrable(d) == from_org || same_service(d) || platform == Some(d);
    if !input.trusted_results.is_empty() {
        for results in input.trusted_results {
            for r in &results.results {
                // An aligned SPF pass authenticates the From domain as DMARC
                // counts it, for servers that write no dmarc= result.
                let passes =
                    r.result == "pass" && matches!(r.method.as_str(), "dkim" | "dmarc" | "spf");
                if passes && r.domains.iter().any(|d| aligned(d)) {
                    return (
                        Authentication::Verified,
                        format!("{}=pass ({})", r.method, results.authserv_id),
                    );
                }
            }
        }
        let summary = input
            .trusted_results
            .iter()
            .flat_map(|r| r.results.iter())
            .filter(|r| matches!(r.method.as_str(), "dkim" | "dmarc" | "spf"))
            .map(|r| format!("{}={}", r.method, r.result))
            .collect::<Vec<_>>()
            .join(" ");
        return (
            Authentication::Failed,
            format!("no aligned pass: {summary}"),
        );
    }
    if input.dkim_domains.iter().any(|d| aligned(d)) {
        return (
            Authentication::Signed,
            format!("dkim signature d={from_org} (unverified)"),
        );
    }
    if !input.dkim_domains.is_empty() {
        return (
            Authentication::Missing,
            format!(
                "dkim signatures not aligned: {}",
                input.dkim_domains.join(" ")
            ),
        );
    }
    if input.envelope_domains.iter().any(|d| aligned(d)) {
        return (
            Authentication::Legacy,
            "no authentication data; envelope aligned".to_string(),
        );
    }
    if input.before_authentication_era {
        return (
            Authentication::Legacy,
            "no authentication data; sent before DKIM was common".to_string(),
        );
    }
    (
        Authentication::Missing,
        "no authentication data".to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_results() {
        let parsed = parse_auth_results(
            "mail.quangngai.gov.vn (amavisd); dkim=pass (2048-bit key) header.d=facebookmail.com header.s=s1 header.b=abc;\r\n spf=pass smtp.mailfrom=bounce@facebookmail.com; dmarc=fail header.from=Facebookmail.com",
        );
        let parsed = parsed.unwrap_or_else(|| AuthResults {
            authserv_id: String::new(),
            results: Vec::new(),
        });
        assert_eq!(parsed.authserv_id, "mail.quangngai.gov.vn");
        let methods: Vec<_> = parsed
            .results
            .iter()
            .map(|r| (r.method.as_str(), r.result.as_str()))
            .collect();
        assert_eq!(
            methods,
            [("dkim", "pass"), ("spf", "pass"), ("dmarc", "fail")]
        );
        assert_eq!(
            parsed.results.first().map(|r| r.domains.clone()),
            Some(vec!["facebookmail.com".to_string()])
        );
        assert_eq!(
            parsed.results.get(2).map(|r| r.domains.clone()),
            Some(vec!["facebookmail.com".to_string()])
        );
    }

    #[test]
    fn dkim_domain() {
        assert_eq!(
            dkim_signing_domain(
                "v=1; a=rsa-sha256; c=relaxed/relaxed; d=Mail.Instagram.com; s=x; b=abc"
            ),
            Some("mail.instagram.com".into())
        );
        assert_eq!(dkim_signing_domain("v=1; s=x"), None);
    }

    #[test]
    fn judgement() -> crate::Result<()> {
        let domains = Domains::pinned()?;
        let pass = parse_auth_results("mx.gov.vn; dkim=pass header.i=@facebookmail.com")
            .into_iter()
            .collect::<Vec<_>>();
        let fail = parse_auth_results("mx.gov.vn; dkim=fail header.d=facebookmail.com; dmarc=fail")
            .into_iter()
            .collect::<Vec<_>>();
        let signed = vec!["facebookmail.com".to_string()];
        let none: Vec<String> = Vec::new();
        let judge_in = |results: &[AuthResults], dkim: &[String], env: &[String], old: bool| {
            let input = AuthInput {
                trusted_results: results,
                dkim_domains: dkim,
                envelope_domains: env,
                before_authentication_era: old,
            };
            let same_service = |d: &str| d == "facebook.com";
            judge(&domains, "priority.facebookmail.com", &same_service, &input).0
        };
        let judge_with = |results: &[AuthResults], dkim: &[String], env: &[String]| {
            judge_in(results, dkim, env, false)
        };
        assert_eq!(judge_in(&[], &none, &none, true), Authentication::Legacy);
        assert_eq!(judge_in(&fail, &none, &none, true), Authentication::Failed);
        assert_eq!(judge_with(&pass, &none, &none), Authentication::Verified);
        let spf_aligned =
            parse_auth_results("mx.gov.vn; dkim=pass header.d=sendgrid.net; spf=pass smtp.mailfrom=bounce@em12.facebookmail.com")
                .into_iter()
                .collect::<Vec<_>>();
        assert_eq!(
            judge_with(&spf_aligned, &none, &none),
            Authentication::Verified
        );
        assert_eq!(judge_with(&fail, &signed, &none), Authentication::Failed);
        assert_eq!(judge_with(&[], &signed, &none), Authentication::Signed);
        assert_eq!(
            judge_with(&[], &["sendgrid.info".to_string()], &none),
            Authentication::Missing
        );
        assert_eq!(judge_with(&[], &none, &signed), Authentication::Legacy);
        assert_eq!(judge_with(&[], &none, &none), Authentication::Missing);
        assert_eq!(
            judge_with(&[], &["facebook.com".to_string()], &none),
            Authentication::Signed
        );
        Ok(())
    }

    #[test]
    fn platform_customers_align_with_the_platform_only() -> crate::Result<()> {
        let domains = Domains::pinned()?;
        let judge_results = |results: &str| {
            let results: Vec<AuthResults> = parse_auth_results(results).into_iter().collect();
            let input = AuthInput {
                trusted_results: &results,
                dkim_domains: &[],
                envelope_domains: &[],
                before_authentication_era: false,
            };
            judge(&domains, "app-9f1c.firebaseapp.com", &|_| false, &input).0
        };
        // The platform's own signature, or DMARC computed at its
        // organisational domain, backs its customer.
        assert_eq!(
            judge_results("mx.gov.vn; dkim=pass header.d=firebaseapp.com"),
            Authentication::Verified
        );
        assert_eq!(
            judge_results("mx.gov.vn; dmarc=pass header.from=firebaseapp.com"),
            Authentication::Verified
        );
        assert_eq!(
            judge_results("mx.gov.vn; dkim=pass header.d=app-9f1c.firebaseapp.com"),
            Authentication::Verified
        );
        // Another customer of the platform does not.
        assert_eq!(
            judge_results("mx.gov.vn; dkim=pass header.d=other-app.firebaseapp.com"),
            Authentication::Failed
        );
        Ok(())
    }
}
