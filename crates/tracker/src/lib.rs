//! The annotation tracker (placeholder; being written).
