#pragma once

namespace fjord {

// QUndoCommand::id() of the mergeable layout commands (one place, so that ids never collide).
enum LayoutMergeId : int {
    MergeLayoutMove = 3001,     // a drag of a selection: one undo step per drag
    MergeLayoutProperty = 3002, // repeated edits of one inspector field
};

} // namespace fjord
