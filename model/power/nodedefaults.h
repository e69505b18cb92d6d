#pragma once

#include "model/powernode.h"

namespace fjord {

// What a planner gets when adding a node of a kind: a rating and voltage typical of that kind, never
// 0 kVA (an instant error) and never the parent's voltage (a transformer below a 22 kV grid connection
// steps down to 400 V). Ratings follow the sample's chain (DOMAIN.md §3): grid connection 10 MVA at
// 22 kV; transformer 10 MVA to 400 V; UPS block 1.25 MVA; switchboard 4000 A; busway 5000 A; PDU
// 400 A, all at 400 V line-to-line, three-phase. Losses are the METHOD §2 defaults per kind.
PowerNode defaultPowerNode(PowerNodeKind kind);

// What a new node below `parent` usually is: one level further down the chain (a grid connection
// at the top when there is no parent).
PowerNodeKind childKindOf(const PowerNode *parent);

} // namespace fjord
