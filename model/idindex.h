#pragma once

#include "model/ids.h"

#include <QHash>

#include <algorithm>

#include <vector>

namespace fjord {

// Id -> position (int), for lookups in per-rack loops. Ids come from one project-wide counter, so
// they are usually small and dense: then a flat table answers with one load instead of a hash
// probe (the power analysis looks up every feed of every rack). Ids that are negative or too
// spread out for a table (hand-edited files) fall back to a QHash. Same answers either way.
class IdIndex {
public:
    // `ids[i]` gets position i; a repeated id keeps its last position (as QHash::insert).
    explicit IdIndex(const std::vector<Id> &ids)
    {
        Id largest = 0;
        bool dense = true;
        for (Id id : ids) {
            dense = dense && id > 0;
            largest = std::max(largest, id);
        }
        // A table at most 64 entries per id, plus a floor for small projects: ~KB, not MB.
        dense = dense && largest <= Id(64) * Id(ids.size()) + 4096;
        if (dense) {
            m_table.assign(size_t(largest) + 1, -1);
            for (int i = 0; i < int(ids.size()); ++i)
                m_table[size_t(ids[i])] = i;
        } else {
            m_hash.reserve(qsizetype(ids.size()));
            for (int i = 0; i < int(ids.size()); ++i)
                m_hash.insert(ids[i], i);
            m_useHash = true;
        }
    }

    // -1 when the id is not indexed.
    int value(Id id) const
    {
        if (m_useHash)
            return m_hash.value(id, -1);
        return id > 0 && id < Id(m_table.size()) ? m_table[size_t(id)] : -1;
    }

    void remove(Id id)
    {
        if (m_useHash)
            m_hash.remove(id);
        else if (id > 0 && id < Id(m_table.size()))
            m_table[size_t(id)] = -1;
    }

private:
    std::vector<int> m_table;
    QHash<Id, int> m_hash;
    bool m_useHash = false;
};

} // namespace fjord
