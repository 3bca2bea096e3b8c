//! Integration tests: one test binary, one module per topic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
