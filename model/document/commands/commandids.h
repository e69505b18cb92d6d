#pragma once

namespace fjord {

// QUndoCommand::id() values of every mergeable command: one list, so that ids never collide.
// Two consecutive commands merge only when their ids match and their own mergeWith() agrees.
enum CommandId : int {
    NoMerge = -1,                // a command that never merges (QUndoCommand's default)
    ChangeValueCommandId = 1000, // repeated edits of one field (ChangeValueCommand's merge key)
    MergeLayoutMove = 3001,      // a drag of a selection on the plan: one undo step per drag
    MergeStageDrag = 5001,       // a drag of a stage along the Expansion tab's time axis
};

} // namespace fjord
