// A certificate authority the operator trusts, as the core keeps it: the
// certificate itself (DER) and what the wizard shows of it. Read from PEM by
// the network plugin (ApiTransport::certificatesFromPem), which alone
// knows Qt's TLS classes.
#pragma once

#include <QByteArray>
#include <QString>

namespace fss {

struct Certificate
{
    QByteArray der;
    QString subject;    // the subject's display name
    QByteArray sha256;  // the fingerprint, raw bytes

    bool operator==(const Certificate &other) const { return der == other.der; }
};

} // namespace fss
