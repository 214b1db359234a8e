#include "CertificateFile.h"

#include "core/transport/ApiTransport.h"

#include <QCoreApplication>
#include <QFile>

namespace fss {

CertificateFile CertificateFile::read(const QString &path)
{
    CertificateFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("fss::CertificateFile", "cannot read it: %1").arg(file.errorString());
        return result;
    }
    result.pem = file.readAll();
    result.certificates = ApiTransport::certificatesFromPem(result.pem, &result.error);
    return result;
}

} // namespace fss
