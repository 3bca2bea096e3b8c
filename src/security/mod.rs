//! Accounts at risk: passwords that services send in clear.

mod password;

pub use password::PasswordCriterion;
pub(crate) use password::exposed_password;
