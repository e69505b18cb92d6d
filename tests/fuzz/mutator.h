#pragma once
// Seeded mutations of text inputs for the fuzz tests: what a damaged, hand-edited or foreign file
// looks like to a parser. Deterministic for a seed, so that a failure can be replayed.

#include <QByteArray>
#include <QList>

#include <random>

namespace fjord::fuzz {

class Mutator {
public:
    explicit Mutator(unsigned seed) : m_rng(seed) {}

    // One to three mutations of `input`: byte flips, a garbage field, a line removed, doubled
    // or swapped, a truncation, a NUL, a separator swap, or an enormous line.
    QByteArray mutate(const QByteArray &input)
    {
        QByteArray out = input;
        const int n = 1 + pick(3);
        for (int i = 0; i < n && !out.isEmpty(); ++i)
            mutateOnce(out);
        return out;
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

private:
    void mutateOnce(QByteArray &b)
    {
        switch (pick(9)) {
        case 0: // flip a byte
            b[pick(int(b.size()))] = char(pick(256));
            break;
        case 1: { // a field replaced by garbage
            static const QByteArray garbage[] = {"",
                                                 "nan",
                                                 "inf",
                                                 "-inf",
                                                 "1e400",
                                                 "-",
                                                 "abc",
                                                 "99999999999999999999",
                                                 "0x1F",
                                                 "\"",
                                                 "\"unterminated",
                                                 ",,,,",
                                                 "-0",
                                                 "1,5",
                                                 "９"};
            const int at = pick(int(b.size()));
            const int from = int(b.lastIndexOf(',', at)) + 1;
            int to = int(b.indexOf(',', at));
            if (to < 0)
                to = int(b.size());
            b.replace(from, std::max(0, to - from), garbage[pick(int(std::size(garbage)))]);
            break;
        }
        case 2: { // a line removed
            QList<QByteArray> lines = b.split('\n');
            lines.removeAt(pick(int(lines.size())));
            b = lines.join('\n');
            break;
        }
        case 3: { // a line doubled
            QList<QByteArray> lines = b.split('\n');
            const int i = pick(int(lines.size()));
            lines.insert(i, lines.at(i));
            b = lines.join('\n');
            break;
        }
        case 4: { // two lines swapped
            QList<QByteArray> lines = b.split('\n');
            lines.swapItemsAt(pick(int(lines.size())), pick(int(lines.size())));
            b = lines.join('\n');
            break;
        }
        case 5: // truncated
            b.truncate(pick(int(b.size())));
            break;
        case 6: // a NUL byte
            b.insert(pick(int(b.size())), '\0');
            break;
        case 7: // separators swapped (a spreadsheet's semicolons, or tabs)
            b.replace(',', pick(2) ? ";" : "\t");
            break;
        default: // an enormous line
            b.insert(pick(int(b.size())), QByteArray(100000, 'x'));
            break;
        }
    }

    std::mt19937 m_rng;
};

// Iterations per input: a quick run in ctest; FJORD_FUZZ_ITERATIONS for a long one.
int iterations(int quick);
unsigned seed();

} // namespace fjord::fuzz
