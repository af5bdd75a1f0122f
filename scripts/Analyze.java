///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT
//JAVA_OPTIONS -Djava.awt.headless=true

import edgebuffer.analysis.AnalysisCommands;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import edgebuffer.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Figures (ingestion, latency, GEDS tier fill) and a Markdown summary table for run folders.")
class Analyze implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR",
            description = "Run folders (logs/<run-id>), or a folder holding run folders (e.g. logs).")
    List<Path> runs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: analysis/ beside the first run folder, e.g. logs/analysis).")
    Path out;

    public Integer call() {
        AnalysisCommands.analyze(runs, out, System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new Analyze(), args));
    }
}
