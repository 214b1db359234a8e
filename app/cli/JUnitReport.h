// `check --junit FILE`: the verdicts as JUnit XML, so that a CI system which
// runs `check` nightly shows each check as a test: one <testcase> per check
// (named by its id, grouped by its step), a <failure> with the message, the
// platform's code and the page that fixes it, <skipped> for a check that
// could not run. Written atomically; holds no secret (a verdict never does).
#pragma once

#include "core/setup/SetupChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fss {

class JUnitReport
{
    Q_DECLARE_TR_FUNCTIONS(JUnitReport)

public:
    // The XML of `results`, as a suite named after the profile (or App ID).
    static QByteArray toXml(const QList<CheckResult> &results, const QString &suiteName, const QDateTime &when);
    // Writes it to `path`; a translated error, empty on success.
    static QString write(const QString &path, const QList<CheckResult> &results, const QString &suiteName);
};

} // namespace fss
