//! The whiteboard drawing model (placeholder; being written).
