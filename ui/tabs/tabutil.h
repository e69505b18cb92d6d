#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QDoubleSpinBox;
class QWidget;

namespace fjord {
class ProjectDocument;
struct StageResult;
} // namespace fjord

// Small helpers shared by the analysis tabs: presentation only (unit conversion at the edge,
// formatting with the user's locale), never a calculation of the model.
namespace fjord::ui::tabutil {

// The result of the document's current stage, or nullptr when there is none.
const StageResult *currentStage(const ProjectDocument *document);

QStringList monthNames();                                         // "Jan" … "Dec" in the user's locale
QList<double> scaled(const QList<double> &values, double factor); // unit conversion (W -> MW: 1e-6)
QList<double> slice(const QList<double> &values, int from, int count);
QList<double> sequence(int from, int count, double step = 1.0, double offset = 0.0);

// A spin box for a quantity: range, decimals and a unit suffix; emits valueChanged only when the
// user commits (Enter, focus out, arrows), so one edit is one undo step.
QDoubleSpinBox *quantitySpinBox(double min, double max, int decimals, const QString &unit,
                                QWidget *parent = nullptr);

QString number(double value, int decimals);           // locale-formatted
QString money(double value, const QString &currency); // locale-formatted, no decimals

} // namespace fjord::ui::tabutil
