#pragma once

#include <QListWidget>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The Overview's top risks: the investor report's risk register (assessRisks, fixed rules) for the
// current scenario, highest level first, each with its figures in the tooltip.
class TopRisksList : public QListWidget {
    Q_OBJECT
public:
    static constexpr int Shown = 6;

    explicit TopRisksList(QWidget *parent = nullptr);

    void refresh(const ProjectDocument &document);
};

} // namespace fjord::ui
