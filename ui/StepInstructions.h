// What the operator does by hand in each of the six steps, as its page
// shows it (rich text): the six read together, in one place.
#pragma once

#include "core/Platform.h"

#include <QCoreApplication>
#include <QString>

namespace fss {

class StepInstructions
{
    Q_DECLARE_TR_FUNCTIONS(fss::StepInstructions)

public:
    // Empty for the pages that are not one of the six steps.
    static QString of(Step step);
};

} // namespace fss
