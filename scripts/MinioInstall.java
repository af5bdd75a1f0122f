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
import picocli.CommandLine.Option;

/** Installs DirectPV, the MinIO operator, the tenant, the access key Pravega uses and the buckets tier-2-baseline and tier-2-geds. */
@Command(name = "minio-install", mixinStandardHelpOptions = true, description = "Installs DirectPV, the MinIO operator, the tenant, the access key Pravega uses and the buckets tier-2-baseline and tier-2-geds.")
public class MinioInstall implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--directpv", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Install DirectPV and initialise the workers' raw drives first (default: ${DEFAULT-VALUE}; --no-directpv when the storage class exists).")
    boolean directPv;

    @Override
    public Integer call() {
        ClusterCommands.minioInstall(cluster, directPv);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new MinioInstall(), args));
    }
}
