///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import edgebuffer.cluster.PravegaSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Switches the cluster to baseline Pravega from empty storage: clusters and GEDS removed, both buckets emptied, ZooKeeper, BookKeeper and baseline Pravega again. */
@Command(name = "reset-baseline", mixinStandardHelpOptions = true, description = "Switches the cluster to baseline Pravega from empty storage: clusters and GEDS removed, both buckets emptied, ZooKeeper, BookKeeper and baseline Pravega again.")
public class ResetBaseline implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.reset(cluster, PravegaSetup.Variant.BASELINE);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new ResetBaseline(), args));
    }
}
