#pragma once

#include "model/project.h"

class QComboBox;
class QDoubleSpinBox;
class QString;

// Editors shared by the pages of the Layout inspector.
namespace fjord::ui {

// A spin box for a quantity: range, decimals and the unit as suffix; commits on Enter or focus out.
QDoubleSpinBox *quantitySpin(double lo, double hi, int decimals, const QString &suffix);
// True when the box holds another value than `modelValue` as the box shows it (rounded to its
// decimals): leaving a field untouched must not move an object by its rounding.
bool typedChange(const QDoubleSpinBox *box, double modelValue);
// The scenario's stages / the project's rack types, the current one chosen; "(mixed)" (data −1)
// first when the selection holds several values.
void fillStageBox(QComboBox *box, const Scenario &scenario, Id current, bool mixed);
void fillTypeBox(QComboBox *box, const Project &project, Id current, bool mixed);

} // namespace fjord::ui
