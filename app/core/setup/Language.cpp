#include "core/setup/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace fss::Language {

namespace {

const QString kKey = QStringLiteral("language");

QTranslator &ours()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qts()
{
    static QTranslator translator;
    return translator;
}

bool g_chinese = false;

} // namespace

QString setting()
{
    return QSettings().value(kKey).toString();
}

void setSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale chosen()
{
    const QString code = setting();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    QCoreApplication::removeTranslator(&ours());
    QCoreApplication::removeTranslator(&qts());
    g_chinese = false;
    // English is the source language; QTranslator::load would otherwise
    // pick the first of the system's other languages.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    if (!ours().load(locale, QStringLiteral("feishu-sso-setup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    app.installTranslator(&ours());
    if (qts().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qts());
    g_chinese = locale.language() == QLocale::Chinese;
    return true;
}

bool isChinese()
{
    return g_chinese;
}

} // namespace fss::Language
