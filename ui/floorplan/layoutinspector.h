#pragma once

#include "model/document/changeevent.h"
#include "model/powernode.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace fjord {
class ProjectDocument;
struct Row;
struct Scenario;
struct LayoutDelta;
} // namespace fjord

namespace fjord::ui {

// The editor of halls, rows and racks (shown in the main window's Inspector dock): the properties of the
// selected racks (one or many: name, type, stage, feeds; one: position and rotation), row (name, start,
// direction, rack count, pitch, hot-aisle side, type and stage of its racks, default A/B feeds of racks it
// adds) or hall (name, corner, rotation, size, floor load limit, cooling system, stage), with units. Every
// edit is one undoable command; a refused value is reset and the reason shown in red.
class LayoutInspector : public QWidget {
    Q_OBJECT
public:
    explicit LayoutInspector(ProjectDocument *document, QWidget *parent = nullptr);

    // For tests: the editors by name.
    QLineEdit *rackName() const { return m_rackName; }
    QComboBox *rackType() const { return m_rackType; }
    QComboBox *rackStage() const { return m_rackStage; }
    QLabel *rackFeeds() const { return m_rackFeeds; }
    QDoubleSpinBox *rackX() const { return m_rackX; }
    QDoubleSpinBox *rackY() const { return m_rackY; }
    QDoubleSpinBox *rackRotation() const { return m_rackRotation; }
    QDoubleSpinBox *hallX() const { return m_hallX; }
    QDoubleSpinBox *hallY() const { return m_hallY; }
    QDoubleSpinBox *hallRotation() const { return m_hallRotation; }
    QDoubleSpinBox *rowRotation() const { return m_rowRotation; }
    QLineEdit *hallName() const { return m_hallName; }
    QDoubleSpinBox *hallWidth() const { return m_hallWidth; }
    QDoubleSpinBox *hallDepth() const { return m_hallDepth; }
    QDoubleSpinBox *hallFloorLoad() const { return m_hallFloorLoad; }
    QComboBox *hallCooling() const { return m_hallCooling; }
    QLineEdit *rowName() const { return m_rowName; }
    QDoubleSpinBox *rowX() const { return m_rowX; }
    QDoubleSpinBox *rowY() const { return m_rowY; }
    QSpinBox *rowCount() const { return m_rowCount; }
    QDoubleSpinBox *rowPitch() const { return m_rowPitch; }
    QComboBox *rowHotAisle() const { return m_rowHotAisle; }
    QComboBox *rowType() const { return m_rowType; }
    QComboBox *rowStage() const { return m_rowStage; }
    QComboBox *rowFeedA() const { return m_rowFeedA; }
    QComboBox *rowFeedB() const { return m_rowFeedB; }
    QLabel *message() const { return m_message; }
    int currentPage() const; // 0 nothing, 1 racks, 2 hall, 3 row

signals:
    void statusMessage(const QString &message);

private:
    void refresh();
    void onChanged(const ChangeEvent &event);
    QList<Id> selectedRacks() const;
    Id selectedHall() const;
    Id selectedRow() const;
    QWidget *buildRowPage();
    void refreshRow(const Row &row);
    void push(const LayoutDelta &delta, const QString &text, const QString &error);
    void editRacks(int field); // 0 name, 1 type, 2 stage, 3 x, 4 y, 5 rotation
    void
    editHall(int field); // 0 name, 1 width, 2 depth, 3 floor load, 4 cooling, 5 stage, 6 x, 7 y, 8 rotation
    enum class RowField { Name, X, Y, Rotation, Count, Pitch, HotAisle, Type, Stage, FeedA, FeedB };
    void editRow(RowField field);
    void fillFeedBox(QComboBox *box, const Scenario &scenario, Id current, FeedSide side);
    void applyRowFeeds(); // the row's default feeds to every rack of it, one undo step

    ProjectDocument *m_document;
    bool m_updating = false;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_idleHint; // the page when no hall, row or rack can be edited
    QLabel *m_message;
    QLineEdit *m_rackName;
    QComboBox *m_rackType;
    QComboBox *m_rackStage;
    QLabel *m_rackFeeds;
    QDoubleSpinBox *m_rackX;
    QDoubleSpinBox *m_rackY;
    QDoubleSpinBox *m_rackRotation;
    QDoubleSpinBox *m_hallX;
    QDoubleSpinBox *m_hallY;
    QDoubleSpinBox *m_hallRotation;
    QDoubleSpinBox *m_rowRotation;
    QLabel *m_rackFigures;
    QLineEdit *m_hallName;
    QDoubleSpinBox *m_hallWidth;
    QDoubleSpinBox *m_hallDepth;
    QDoubleSpinBox *m_hallFloorLoad;
    QComboBox *m_hallCooling;
    QComboBox *m_hallStage;
    QLabel *m_hallFigures;
    QLineEdit *m_rowName;
    QDoubleSpinBox *m_rowX;
    QDoubleSpinBox *m_rowY;
    QSpinBox *m_rowCount;
    QDoubleSpinBox *m_rowPitch;
    QComboBox *m_rowHotAisle;
    QComboBox *m_rowType;
    QComboBox *m_rowStage;
    QComboBox *m_rowFeedA;
    QComboBox *m_rowFeedB;
    QPushButton *m_applyRowFeeds;
    QLabel *m_rowFigures;
};

} // namespace fjord::ui
