//! What the Debian package ships besides the commands: the default policy
//! and the systemd units (`contrib/`).

use govmail_audit::Policy;

use crate::common::root;

fn contrib(name: &str) -> String {
    std::fs::read_to_string(root().join("contrib").join(name)).unwrap()
}

/// The file as shipped (every setting commented out) is the built-in
/// default policy.
#[test]
fn the_shipped_policy_is_the_default_policy() {
    let shipped = Policy::from_toml(&contrib("policy.toml"), "contrib/policy.toml").unwrap();
    assert_eq!(shipped, Policy::default());
}

/// Every commented setting (`#key = value`, `#[section]`) states the
/// default: uncommenting them all still gives the default policy, so the
/// comments cannot drift from the code.
#[test]
fn the_shipped_policys_commented_settings_state_the_defaults() {
    let text = contrib("policy.toml");
    let mut uncommented = String::new();
    let mut settings = 0;
    for line in text.lines() {
        let setting = line.strip_prefix('#').filter(|rest| {
            rest.starts_with('[') || rest.starts_with(|c: char| c.is_ascii_lowercase())
        });
        match setting {
            Some(rest) => {
                settings += 1;
                uncommented.push_str(rest);
            }
            None => uncommented.push_str(line),
        }
        uncommented.push('\n');
    }
    assert!(settings >= 15, "only {settings} settings found");
    let policy = Policy::from_toml(&uncommented, "contrib/policy.toml (uncommented)").unwrap();
    assert_eq!(policy, Policy::default());
}

/// The units run the commands where the package puts them, with the
/// package's policy.
#[test]
fn the_systemd_units_name_the_packaged_paths() {
    let milter = contrib("govmail-milter.service");
    assert!(milter.contains("ExecStart=/usr/sbin/govmail-milter"));
    let scan = contrib("govmail-audit-scan.service");
    assert!(scan.contains("ExecStart=/usr/bin/govmail-audit"));
    for unit in [&milter, &scan] {
        assert!(unit.contains("--config /etc/govmail-audit/policy.toml"));
    }
    assert!(contrib("govmail-audit-scan.timer").contains("OnCalendar="));
}
