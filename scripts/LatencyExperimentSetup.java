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

/** Writes one Pod manifest per writer (own scope benchmark<id>, stream latency) and per reader into a folder. */
@Command(name = "latency-experiment-setup", mixinStandardHelpOptions = true, description = "Writes one Pod manifest per writer (own scope benchmark<id>, stream latency) and per reader into a folder.")
public class LatencyExperimentSetup implements Callable<Integer> {
    @Mixin
    BenchmarkOptions benchmark;

    @Option(names = "--writer-delay", defaultValue = "0", description = "Seconds a writer waits before starting (default: ${DEFAULT-VALUE}).")
    int writerDelay;

    @Option(names = "--output-dir", defaultValue = "manifests", description = "Folder for the manifests (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Override
    public Integer call() {
        ClusterCommands.writeManifests(benchmark, writerDelay, outputDir);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new LatencyExperimentSetup(), args));
    }
}
