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

/** Switches the cluster to Pravega with GEDS from empty storage: clusters removed, both buckets emptied, GEDS volume and metadata server, ZooKeeper, BookKeeper and GEDS Pravega again. */
@Command(name = "reset-geds", mixinStandardHelpOptions = true, description = "Switches the cluster to Pravega with GEDS from empty storage: clusters removed, both buckets emptied, GEDS volume and metadata server, ZooKeeper, BookKeeper and GEDS Pravega again.")
public class ResetGeds implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.reset(cluster, PravegaSetup.Variant.GEDS);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new ResetGeds(), args));
    }
}
