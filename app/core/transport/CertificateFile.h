// A certificate authority the operator trusts for a profile's hosts, read
// from a PEM file: by the Welcome page's "Trust a certificate…" and by
// `check --ca-cert FILE`, with the same verdicts.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/transport/Certificate.h"

namespace fss {

struct CertificateFile
{
    QByteArray pem;                       // the file as read, kept in the profile
    QList<Certificate> certificates;      // the usable ones in it
    QString error;                        // translated, without the path; empty when usable

    bool ok() const { return error.isEmpty(); }
    static CertificateFile read(const QString &path);
};

} // namespace fss
