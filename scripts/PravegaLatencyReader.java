///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.StandaloneReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pravega-latency-reader", mixinStandardHelpOptions = true,
        description = "Tails a stream from its first event and appends absolute_time(s),experiment_time(s),e2e latency(ms) "
                + "per frame to a latency log, as the original reader pods did.")
class PravegaLatencyReader implements Callable<Integer> {

    @Option(names = "--controller", defaultValue = "${PRAVEGA_CONTROLLER_URI:-tcp://127.0.0.1:9090}",
            description = "Pravega controller URI (default: ${DEFAULT-VALUE}).")
    URI controller;

    @Option(names = "--scope", required = true, description = "Scope, e.g. benchmark1234.")
    String scope;

    @Option(names = "--stream", defaultValue = "latency", description = "Stream (default: ${DEFAULT-VALUE}).")
    String stream;

    @Option(names = "--log", defaultValue = "latency-log.log", description = "Latency log file (default: ${DEFAULT-VALUE}).")
    Path log;

    @Option(names = "--experiment-start", description = "ISO-8601 instant experiment_time counts from (default: now).")
    Instant start;

    @Option(names = "--duration", defaultValue = "0", description = "Seconds to read; 0 = until stopped (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Override
    public Integer call() throws Exception {
        StandaloneReader.run(controller, new BenchmarkStream(scope, stream), log, start == null ? Instant.now() : start,
                Duration.ofSeconds(seconds), System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new PravegaLatencyReader(), args));
    }
}
