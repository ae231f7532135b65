// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: writes the example project shipped in share/doc/annals, the embedded
// dataset with two annotations, so that the example always opens in the version it ships with.
#include "projectloader.h"
#include "projectserializer.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: annals_make_example_project OUTPUT.annals\n";
        return 2;
    }
    Annals::Result<Annals::Project> project = Annals::ProjectLoader::embeddedProject();
    if (!project) {
        err << project.error().toString() << '\n';
        return 1;
    }
    // Periods of the national five-year plans: dates, not figures.
    Annals::Annotation thirteenth;
    thirteenth.firstYear = 2016;
    thirteenth.lastYear = 2020;
    thirteenth.label = QStringLiteral("13th Five-Year Plan 十三五");
    thirteenth.note = QStringLiteral("The 13th Five-Year Plan for Economic and Social "
                                     "Development, 2016–2020.");
    Annals::Annotation fourteenth = thirteenth;
    fourteenth.firstYear = 2021;
    fourteenth.lastYear = 2025;
    fourteenth.label = QStringLiteral("14th Five-Year Plan 十四五");
    fourteenth.note = QStringLiteral("The 14th Five-Year Plan for Economic and Social "
                                     "Development, 2021–2025.");
    project.value().annotations = {thirteenth, fourteenth};
    const Annals::Result<void> written
        = Annals::ProjectSerializer::writeFile(project.value(), app.arguments().at(1));
    if (!written) {
        err << written.error().toString() << '\n';
        return 1;
    }
    return 0;
}
