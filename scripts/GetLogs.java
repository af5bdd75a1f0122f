///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.cluster.ClusterCommands;
import edgebuffer.cluster.ClusterOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes timestamps.json and the segment store, controller, bookie and GEDS logs into a run folder. */
@Command(name = "get-logs", mixinStandardHelpOptions = true, description = "Writes timestamps.json and the segment store, controller, bookie and GEDS logs into a run folder.")
public class GetLogs implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--logs", defaultValue = "logs", description = "Folder that receives the run folder (default: ${DEFAULT-VALUE}).")
    Path logs;

    @Option(names = "--run-folder", description = "The run folder itself (default: <logs>/<yyyyMMdd-HHmmss>-<mode>).")
    Path runFolder;

    @Option(names = "--mode", defaultValue = "baseline", description = "baseline or geds, for the run folder's name (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--start", required = true, description = "Start Time (ISO-8601, e.g. 2026-12-04T20:30:00Z).")
    Instant start;

    @Option(names = "--pause", required = true, description = "Pause Time.")
    Instant pause;

    @Option(names = "--resume", required = true, description = "Resume Time.")
    Instant resume;

    @Option(names = "--end", required = true, description = "End Time.")
    Instant end;

    @Override
    public Integer call() {
        Path folder = runFolder != null ? runFolder
                : logs.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + mode);
        ClusterCommands.getLogs(cluster, folder, start, pause, resume, end);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(Cli.run(new GetLogs(), args));
    }
}
