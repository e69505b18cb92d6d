#pragma once

namespace fjord {

// QUndoCommand::id() values of mergeable commands (one list so that ids never collide).
// Two consecutive commands merge only when their ids match and their own mergeWith() agrees.
enum CommandId : int {
    ChangeValueCommandId = 1000,
    // power, layout and other areas: start your own range at 2000, 3000, ...
};

} // namespace fjord
