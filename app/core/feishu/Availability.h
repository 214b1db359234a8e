// Who is meant to sign in, against who may use the app: the availability
// range (可用范围) of a released version (docs/platforms.md A §3, §7).
// Set it up in Feishu plans the change from it, and the `availability`
// check (step 6) compares with it.
#pragma once

#include "core/feishu/FeishuClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fss {

struct AvailabilityIntent
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityIntent)

public:
    bool toAll = true;        // everyone in the organisation
    QStringList departments;  // otherwise the members of these (open department ids)

    // Whether a version with this range lets in everyone meant.
    bool coveredBy(const AppVisibility &visibility) const;
    // The v7 config body that sets it: {"visibility": {…}}.
    QJsonObject configBody() const;
    // Translated: "everyone in the organisation", "the departments od-1, od-2".
    QString describe() const;
    // Translated: who can sign in with a version of this range.
    static QString describe(const AppVisibility &visibility);
};

} // namespace fss
