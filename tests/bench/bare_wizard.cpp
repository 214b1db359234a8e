// The baseline of the start-up benchmark: a bare QWizard, built with the same
// compiler, flags and Qt as feishu-sso-setup, showing one page.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare wizard page.")));
    wizard.addPage(page);
    wizard.show();
    if (qEnvironmentVariableIsSet("FSS_QUIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
