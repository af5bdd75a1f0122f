package edgebuffer.workload;

import java.net.URI;
import picocli.CommandLine.Option;

/** Which stream a single writer or reader works on: the options every pod's command line carries. */
public class StreamOptions {

    @Option(names = "--controller", defaultValue = "${PRAVEGA_CONTROLLER_URI:-tcp://127.0.0.1:9090}",
            description = "Pravega controller URI (default: ${DEFAULT-VALUE}; env PRAVEGA_CONTROLLER_URI).")
    public URI controller;

    @Option(names = "--scope", required = true, description = "Scope, e.g. benchmark1234.")
    public String scope;

    @Option(names = "--stream", defaultValue = BenchmarkStream.STREAM_NAME, description = "Stream (default: ${DEFAULT-VALUE}).")
    public String stream;

    public BenchmarkStream benchmarkStream() {
        return new BenchmarkStream(scope, stream);
    }
}
