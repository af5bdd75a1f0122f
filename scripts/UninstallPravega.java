///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT
//DEPS com.marcnuri.helm-java:helm-java:0.0.21

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Removes Pravega, BookKeeper, ZooKeeper, their operators, the GEDS metadata server and the geds-cache volume. */
@Command(name = "uninstall-pravega", mixinStandardHelpOptions = true, description = "Removes Pravega, BookKeeper, ZooKeeper, their operators, the GEDS metadata server and the geds-cache volume.")
public class UninstallPravega implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.uninstallPravega(cluster);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new UninstallPravega(), args));
    }
}
