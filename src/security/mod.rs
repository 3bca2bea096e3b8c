//! Accounts at risk: passwords that services send in clear, logins from
//! abroad or from listed addresses, changes that may hand an account over;
//! the IP lists a user supplies.

mod iplist;
mod login;
mod password;

pub use iplist::IpList;
pub use password::PasswordCriterion;

pub(crate) use iplist::ips_in;

pub(crate) use login::{account_change, login_details};
pub(crate) use password::{exposed_password, subject_may_hold_password};
