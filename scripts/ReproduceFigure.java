///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT
//JAVA_OPTIONS -Xmx3g -XX:MaxDirectMemorySize=4g -Djava.awt.headless=true

import edgebuffer.analysis.AnalysisCommands;
import edgebuffer.analysis.FigureReproduction;
import edgebuffer.experiment.ExperimentOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import edgebuffer.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reproduce-figure", mixinStandardHelpOptions = true,
        description = {"Runs the experiment on baseline Pravega, then with GEDS under it (same options),",
                "analyses both runs and puts the ingestion figure into media/."})
class ReproduceFigure implements Callable<Integer> {

    @Mixin
    ExperimentOptions options;

    @Option(names = "--figure", paramLabel = "PNG", defaultValue = FigureReproduction.DEFAULT_FIGURE,
            description = "Where the figure goes (default: ${DEFAULT-VALUE}).")
    Path figure;

    public Integer call() throws Exception {
        AnalysisCommands.reproduceFigure(options, figure, System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new ReproduceFigure(), args));
    }
}
