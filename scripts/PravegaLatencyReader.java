///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.workload.StreamOptions;
import edgebuffer.workload.StandaloneReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pravega-latency-reader", mixinStandardHelpOptions = true,
        description = "Tails a stream from its first event and appends absolute_time(s),experiment_time(s),e2e latency(ms) "
                + "per frame to a latency log, as the original reader pods did.")
class PravegaLatencyReader implements Callable<Integer> {

    @Mixin
    StreamOptions target;

    @Option(names = "--log", defaultValue = "latency-log.log", description = "Latency log file (default: ${DEFAULT-VALUE}).")
    Path log;

    @Option(names = "--experiment-start", description = "ISO-8601 instant experiment_time counts from (default: now).")
    Instant start;

    @Option(names = "--duration", defaultValue = "0", description = "Seconds to read; 0 = until stopped (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Override
    public Integer call() throws Exception {
        StandaloneReader.run(target.controller, target.benchmarkStream(), log, start == null ? Instant.now() : start,
                Duration.ofSeconds(seconds), System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new PravegaLatencyReader(), args));
    }
}
