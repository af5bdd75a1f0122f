///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Copies the latency log out of every latency-reader pod as <pod>-latency.log. */
@Command(name = "download-logs", mixinStandardHelpOptions = true, description = "Copies the latency log out of every latency-reader pod as <pod>-latency.log.")
public class DownloadLogs implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--output-dir", defaultValue = ".", description = "Folder for the logs (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Override
    public Integer call() {
        ClusterCommands.downloadLogs(cluster, outputDir);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new DownloadLogs(), args));
    }
}
