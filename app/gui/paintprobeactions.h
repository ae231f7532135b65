#pragma once

#include "paintprobe.h"

namespace Annals {

class MainWindow;

/// What the benchmark does in the main window: the scripted inputs of PaintProbe.
class PaintProbeActions
{
public:
    /// Watches the dashboard's charts and scripts a year click, an arrow step, a range change
    /// and (when ANNALS_PAINT_PROBE_OPEN names a project) opening a project.
    static void attach(PaintProbe *probe, MainWindow *window);
};

} // namespace Annals
