///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cli.UserError;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Takes long-term storage away for N seconds: scales the MinIO StatefulSet to 0, prints the time, waits, scales it back and waits until it is ready. */
@Command(name = "pause-tenant", mixinStandardHelpOptions = true, description = "Takes long-term storage away for N seconds: scales the MinIO StatefulSet to 0, prints the time, waits, scales it back and waits until it is ready.")
public class PauseTenant implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(index = "0", paramLabel = "SECONDS", description = "How long the tenant stays away.")
    long seconds;

    @Override
    public Integer call() throws Exception {
        if (seconds < 0) {
            throw new UserError("SECONDS must be 0 or more, not " + seconds);
        }
        ClusterCommands.pauseTenant(cluster, seconds);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new PauseTenant(), args));
    }
}
