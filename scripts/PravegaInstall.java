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

/** Installs cert-manager, the ZooKeeper, BookKeeper and Pravega operators, then ZooKeeper, BookKeeper and baseline Pravega (S3 long-term storage). */
@Command(name = "pravega-install", mixinStandardHelpOptions = true, description = "Installs cert-manager, the ZooKeeper, BookKeeper and Pravega operators, then ZooKeeper, BookKeeper and baseline Pravega (S3 long-term storage).")
public class PravegaInstall implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.pravegaInstall(cluster, PravegaSetup.Variant.BASELINE);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new PravegaInstall(), args));
    }
}
