///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.BenchmarkOptions;
import edgebuffer.cluster.ClusterCommands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Creates the writer and reader pods, lets them run, downloads the reader logs and deletes the pods. */
@Command(name = "latency-benchmark-runner", mixinStandardHelpOptions = true, description = "Creates the writer and reader pods, lets them run, downloads the reader logs and deletes the pods.")
public class LatencyBenchmarkRunner implements Callable<Integer> {
    @Mixin
    BenchmarkOptions benchmark;

    @Option(names = "--experiment-time", defaultValue = "600", description = "Seconds the pods run (default: ${DEFAULT-VALUE}).")
    long experimentTime;

    @Option(names = "--output-dir", defaultValue = "reader-logs", description = "Folder for the reader logs (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Override
    public Integer call() throws Exception {
        ClusterCommands.benchmark(benchmark, experimentTime, outputDir);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new LatencyBenchmarkRunner(), args));
    }
}
