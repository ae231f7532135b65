#pragma once

#include "paintprobe.h"

namespace Annals {

class MainWindow;
class ProjectDocument;

/// What the benchmark does in the main window: the scripted inputs of PaintProbe.
class PaintProbeActions
{
public:
    /// Watches the dashboard's charts and scripts a year click, an arrow step, a range change
    /// and (when ANNALS_PAINT_PROBE_OPEN names a project) opening a project.
    static void attach(PaintProbe *probe, MainWindow *window);
    /// With ANNALS_PAINT_PROBE_WARM_UP set: builds, shows, paints and closes a main window on
    /// \a document, then marks the phase "warm". The timed window that follows finds fonts,
    /// glyphs and styles loaded: its time after "warm" is Annals' own work, without the cost
    /// of using them the first time in the process.
    static void warmUpIfAsked(ProjectDocument *document);
};

} // namespace Annals
