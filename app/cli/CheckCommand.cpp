#include "cli/CheckCommand.h"

#include "cli/JUnitReport.h"
#include "core/setup/SetupChecks.h"
#include "core/setup/SetupSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fss {

namespace {

// Columns a terminal gives the text: two for East Asian wide and full-width
// characters (Chinese, the full-width punctuation “（）：”), one otherwise
// (the ranges of Markus Kuhn's wcwidth, which the locale-dependent wcwidth()
// only applies in a UTF-8 locale).
int displayWidth(QStringView text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const bool wide = c >= 0x1100
            && (c <= 0x115f || c == 0x2329 || c == 0x232a || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f)
                || (c >= 0x20000 && c <= 0x3fffd));
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

void CheckCommand::start()
{
    openSession([this](SetupSession *session) { runChecks(session); });
}

void CheckCommand::runChecks(SetupSession *session)
{
    m_checks = session->newChecks(this);
    m_caveat = platformCaveat(session->profile().platform);
    m_suiteName = session->profile().name.isEmpty() ? session->profile().appId : session->profile().name;
    connect(m_checks, &SetupChecks::finished, this, &CheckCommand::report);
    m_checks->run();
}

void CheckCommand::report()
{
    const QList<CheckResult> &results = m_checks->results();
    const bool ok = m_checks->allPassed();
    const QString &caveat = m_caveat;
    if (m_command.json) {
        QJsonArray checks;
        for (const CheckResult &r : results) {
            QJsonObject o{{QStringLiteral("id"), r.id.toString()},
                          {QStringLiteral("step"), int(r.step)},
                          {QStringLiteral("title"), r.title},
                          {QStringLiteral("status"), CheckResult::statusName(r.status)},
                          {QStringLiteral("message"), r.message},
                          {QStringLiteral("code"), r.code}};
            if (!r.fixUrl.isEmpty())
                o.insert(QStringLiteral("fix_url"), r.fixUrl.toString());
            if (!r.missingScopes.isEmpty())
                o.insert(QStringLiteral("missing_scopes"), QJsonArray::fromStringList(r.missingScopes));
            if (!r.source.isEmpty())
                o.insert(QStringLiteral("source"), r.source);
            // What a failing check found before (the profile's history).
            if (r.lastPassAt.isValid())
                o.insert(QStringLiteral("last_pass"), QJsonObject{{QStringLiteral("at"), r.lastPassAt.toUTC().toString(Qt::ISODate)},
                                                                  {QStringLiteral("said"), r.lastPassSaw}});
            if (r.failingSince.isValid())
                o.insert(QStringLiteral("failing_since"), r.failingSince.toUTC().toString(Qt::ISODate));
            checks.append(o);
        }
        QJsonObject report{{QStringLiteral("ok"), ok}, {QStringLiteral("checks"), checks}};
        if (!caveat.isEmpty())
            report.insert(QStringLiteral("notes"), QJsonArray{caveat});
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        // Columns as wide as their widest cell, counted in terminal columns
        // so that a Chinese table lines up too.
        const auto markOf = [](CheckResult::Status status) {
            switch (status) {
            case CheckResult::Status::Pass:
                return tr("PASS");
            case CheckResult::Status::Fail:
                return tr("FAIL");
            case CheckResult::Status::Skip:
                return tr("SKIP");
            case CheckResult::Status::Pending:
                break;
            }
            return QStringLiteral("?");
        };
        int markWidth = 0;
        int stepWidth = 0;
        for (const CheckResult &r : results) {
            markWidth = std::max(markWidth, displayWidth(markOf(r.status)));
            stepWidth = std::max(stepWidth, displayWidth(stepLabel(r.step)));
        }
        const QString indent(markWidth + 2, QLatin1Char(' '));
        for (const CheckResult &r : results) {
            m_out << padded(markOf(r.status), markWidth + 2) << padded(stepLabel(r.step), stepWidth + 2) << r.title << '\n';
            m_out << indent << r.message;
            if (!r.code.isEmpty())
                m_out << QStringLiteral(" [%1]").arg(r.code);
            m_out << '\n';
            if (!r.fixUrl.isEmpty() && r.status != CheckResult::Status::Pass)
                m_out << indent << tr("Fix it here: %1").arg(r.fixUrl.toString()) << '\n';
        }
        if (!caveat.isEmpty())
            m_out << tr("Note: %1").arg(caveat) << '\n';
        m_out << tr("%1 passed, %2 failed, %3 skipped.")
                     .arg(m_checks->count(CheckResult::Status::Pass))
                     .arg(m_checks->count(CheckResult::Status::Fail))
                     .arg(m_checks->count(CheckResult::Status::Skip))
              << Qt::endl;
    }
    m_out.flush();
    if (!m_command.junitFile.isEmpty()) {
        const QString error = JUnitReport::write(m_command.junitFile, results, m_suiteName);
        if (!error.isEmpty())
            return finishLater(exitBadInput, error);
    }
    emit finished(ok ? exitPassed : exitFailed);
}

} // namespace fss
