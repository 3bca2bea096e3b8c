//! What both examples build a detector from: the policy file, extra
//! catalogs, and the command-line additions to the policy.

use std::path::PathBuf;

use govmail_audit::{Catalog, Detector, Policy};

/// The detector's sources, as command-line options (flattened into each
/// example's own options; the milter reads them again on SIGHUP).
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct DetectorSources {
    /// Policy file (TOML): official domains, categories in scope, approved
    /// services, trusted authentication servers, limits. See the README.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,

    /// Extra catalog file (TOML) adding or replacing services; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) catalog: Vec<PathBuf>,

    /// Add an official domain (with its subdomains); repeatable.
    #[arg(long, value_name = "DOMAIN")]
    pub(crate) official_domain: Vec<String>,

    /// Trust Authentication-Results from this authserv-id; repeatable.
    #[arg(long, value_name = "ID")]
    pub(crate) trusted_authserv: Vec<String>,

    /// IP list (one address or CIDR block a line, `#` comments), such as a
    /// CERT's botnet list: a login from a listed address puts the account
    /// at risk; repeatable, added to the policy's `security.ip_lists`.
    #[arg(long, value_name = "FILE")]
    pub(crate) ip_list: Vec<PathBuf>,
}

impl DetectorSources {
    /// Reads the files and builds the detector; errors name the file.
    pub(crate) fn build(&self) -> Result<Detector, String> {
        let mut policy = match &self.config {
            Some(path) => Policy::from_file(path).map_err(|e| e.to_string())?,
            None => Policy::default(),
        };
        policy
            .official
            .domains
            .extend(self.official_domain.iter().cloned());
        policy
            .authentication
            .trusted_authserv_ids
            .extend(self.trusted_authserv.iter().cloned());
        policy
            .security
            .ip_lists
            .extend(self.ip_list.iter().cloned());
        let mut catalog = Catalog::builtin().map_err(|e| e.to_string())?;
        for path in &self.catalog {
            catalog.add_file(path).map_err(|e| e.to_string())?;
        }
        Detector::new(policy, catalog).map_err(|e| e.to_string())
    }
}
