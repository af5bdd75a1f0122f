///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT
//DEPS com.marcnuri.helm-java:helm-java:0.0.21

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import edgebuffer.cluster.PravegaSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Uninstalls Pravega, ZooKeeper, BookKeeper, GEDS and the operators, empties tier-2-baseline and installs again. */
@Command(name = "reinstall-pravega", mixinStandardHelpOptions = true, description = "Uninstalls Pravega, ZooKeeper, BookKeeper, GEDS and the operators, empties tier-2-baseline and installs again.")
public class ReinstallPravega implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--geds", description = "Install Pravega with GEDS instead of baseline.")
    boolean geds;

    @Override
    public Integer call() {
        ClusterCommands.reinstallPravega(cluster, geds ? PravegaSetup.Variant.GEDS : PravegaSetup.Variant.BASELINE);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new ReinstallPravega(), args));
    }
}
