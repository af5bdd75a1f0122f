package edgebuffer.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Records chart operations in order. Helm needs a real API server, which tests do not have; the
 * order and the values of the releases are what the setup steps decide, and that is tested here.
 */
final class RecordingCharts implements Charts {

    final List<String> calls = new ArrayList<>();
    final List<ChartRelease> installed = new ArrayList<>();

    @Override
    public void install(ChartRelease release) {
        calls.add("install " + release.name() + " " + release.chartRef() + " " + release.version() + " -n " + release.namespace());
        installed.add(release);
    }

    @Override
    public void uninstall(String releaseName, String namespace) {
        calls.add("uninstall " + releaseName + " -n " + namespace);
    }
}
