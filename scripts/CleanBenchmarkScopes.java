///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Deletes every scope starting with benchmark and its latency streams, through the Pravega client. Run on a cluster node. */
@Command(name = "clean-benchmark-scopes", mixinStandardHelpOptions = true, description = "Deletes every scope starting with benchmark and its latency streams, through the Pravega client. Run on a cluster node.")
public class CleanBenchmarkScopes implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--controller", description = "Controller URI reachable from here (default: the controller service's cluster IP).")
    String controller;

    @Override
    public Integer call() {
        ClusterCommands.cleanBenchmarkScopes(cluster, controller);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new CleanBenchmarkScopes(), args));
    }
}
