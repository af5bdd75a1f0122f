///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -Xmx3g -XX:MaxDirectMemorySize=4g -Djava.awt.headless=true
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.experiment.EmbeddedExperiment;
import edgebuffer.experiment.ExperimentOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run-experiment", mixinStandardHelpOptions = true,
        description = {"Runs the experiment: warm-up, long-term storage outage, cool-down, integrity check.",
                "Embedded by default: real Pravega in this JVM on a real S3 server process.",
                "Exit code 0 when every acknowledged frame was read back intact, 2 when some were lost."})
class RunExperiment implements Callable<Integer> {

    @Mixin
    ExperimentOptions options;

    @Override
    public Integer call() throws Exception {
        return EmbeddedExperiment.run(options).integrityOk() ? 0 : 2;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new RunExperiment(), args));
    }
}
