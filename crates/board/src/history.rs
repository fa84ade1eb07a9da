//! One technician's undo and redo, as ops for everyone.

use crate::{Board, Op, ShapeId};

/// Something a user did that undo can take back.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// Drew this shape.
    Drew(ShapeId),
    /// Erased all of these shapes.
    Erased(Vec<ShapeId>),
}

impl Step {
    fn undo(&self) -> Op {
        match self {
            Step::Drew(id) => Op::Hide { ids: vec![*id] },
            Step::Erased(ids) => Op::Show { ids: ids.clone() },
        }
    }

    fn redo(&self) -> Op {
        match self {
            Step::Drew(id) => Op::Show { ids: vec![*id] },
            Step::Erased(ids) => Op::Hide { ids: ids.clone() },
        }
    }
}

/// Most steps undo remembers.
const DEPTH: usize = 200;

/// The undo and redo stacks of the page that draws.
#[derive(Clone, Debug, Default)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// Empty stacks.
    pub fn new() -> History {
        History::default()
    }

    fn push(&mut self, step: Step) {
        self.undone.clear();
        self.done.push(step);
        if self.done.len() > DEPTH {
            self.done.remove(0);
        }
    }

    /// A shape was drawn.
    pub fn drew(&mut self, id: ShapeId) {
        self.push(Step::Drew(id));
    }

    /// The op that erases everything visible on `board` (`None` when nothing is), remembered
    /// for undo.
    pub fn erase_all(&mut self, board: &Board) -> Option<Op> {
        let ids = board.visible_ids();
        if ids.is_empty() {
            return None;
        }
        self.push(Step::Erased(ids.clone()));
        Some(Op::Hide { ids })
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The op that undoes the last step.
    pub fn undo(&mut self) -> Option<Op> {
        let step = self.done.pop()?;
        let op = step.undo();
        self.undone.push(step);
        Some(op)
    }

    /// The op that redoes the last undone step.
    pub fn redo(&mut self) -> Option<Op> {
        let step = self.undone.pop()?;
        let op = step.redo();
        self.done.push(step);
        Some(op)
    }
}
