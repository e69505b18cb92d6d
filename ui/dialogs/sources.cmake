target_sources(fjordplan_ui PRIVATE
    dialogs/netboximportdialog.h dialogs/netboximportdialog.cpp
    dialogs/netboxactions.h dialogs/netboxactions.cpp
    dialogs/newprojectdialog.h dialogs/newprojectdialog.cpp
    dialogs/aboutbox.h dialogs/aboutbox.cpp
    dialogs/settingsdialog.h dialogs/settingsdialog.cpp
    dialogs/userguide.h dialogs/userguide.cpp
    dialogs/shortcutsdialog.h dialogs/shortcutsdialog.cpp
    dialogs/serverconnectiondialog.h dialogs/serverconnectiondialog.cpp
    dialogs/serveractions.h dialogs/serveractions.cpp
    dialogs/serverhistorydialog.h dialogs/serverhistorydialog.cpp
)
