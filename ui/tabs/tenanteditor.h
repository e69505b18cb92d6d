#pragma once

#include "model/ids.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fjord {
class ProjectDocument;
struct Tenant;
} // namespace fjord

namespace fjord::ui {

class QuantityEdit;

// The current scenario's tenants (METHOD §8.2): a table (name, class, contract, price, start, term,
// MW allocated in the current stage), Add and Remove, the project's start-up/research target, and
// form() for the selected tenant, which the owner places (a separate widget so that the wide table
// can span the tab). Every edit pushes one undoable command; the form follows the model after undo.
class TenantEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Class, Contract, Price, Start, Term, AllocatedMw, ColumnCount };

    explicit TenantEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QWidget *form() const { return m_form; }
    Id currentTenantId() const; // NoId when none is selected
    void selectTenant(Id id);

private:
    void refresh();       // table and fields
    void refreshTable();  // rows from the model and the current stage's allocation
    void refreshFields(); // form of the selected tenant
    void edit(const std::function<void(Tenant &)> &change);
    void addTenant();
    void removeTenant();

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QWidget *m_form;
    QPushButton *m_add;
    QPushButton *m_remove;
    QuantityEdit *m_target;
    QLineEdit *m_name;
    QComboBox *m_class;
    QComboBox *m_contract;
    QuantityEdit *m_price;
    QLabel *m_utilisationLabel;
    QuantityEdit *m_utilisation;
    QDateEdit *m_start;
    QSpinBox *m_term;
    QuantityEdit *m_escalation;
    QuantityEdit *m_relet;
    QSpinBox *m_vacancy;
    QLineEdit *m_notes;
    QList<QWidget *> m_fields;
};

} // namespace fjord::ui
