//! Route targets: read parameters, create resources and actions, lay out components.

pub mod customer;
pub mod not_found;
pub mod root;
pub mod tech;
