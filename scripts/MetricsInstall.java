///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Installs InfluxDB (influxdb-service:8086, where Pravega reports metrics) and Grafana. */
@Command(name = "metrics-install", mixinStandardHelpOptions = true, description = "Installs InfluxDB (influxdb-service:8086, where Pravega reports metrics) and Grafana.")
public class MetricsInstall implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        ClusterCommands.metricsInstall(cluster);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new MetricsInstall(), args));
    }
}
