// The language of the user interface: the system's, unless the operator
// chose one on the Welcome page (kept in the settings). Translations are
// Qt Linguist files compiled into the program (:/i18n), and Qt's own from
// the system (buttons of dialogs, the wizard's Next and Back).
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace fss::Language {

// "en" or "zh_CN" when chosen; empty for the system's language.
QString setting();
void setSetting(const QString &code);

// The locale to show: the setting's, or the system's.
QLocale chosen();

// Replaces the translators of `app` with those for `locale`. True when the
// program has a translation for it (English needs none).
bool install(QCoreApplication &app, const QLocale &locale);

// Whether the user interface is in Chinese now.
bool isChinese();

} // namespace fss::Language
