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

/** Installs the operators, ZooKeeper, BookKeeper, the GEDS metadata server and volume, then Pravega with GEDS. */
@Command(name = "pravega-geds-install", mixinStandardHelpOptions = true, description = "Installs the operators, ZooKeeper, BookKeeper, the GEDS metadata server and volume, then Pravega with GEDS.")
public class PravegaGedsInstall implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.pravegaInstall(cluster, PravegaSetup.Variant.GEDS);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new PravegaGedsInstall(), args));
    }
}
