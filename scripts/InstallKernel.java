///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.analysis.AnalysisCommands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import edgebuffer.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "install-kernel", mixinStandardHelpOptions = true,
        description = {"Installs the Rapaio Java kernel (from Maven Central) as Jupyter kernel 'edgebuffer-java'",
                "for the notebooks in notebooks/. Needs Jupyter: apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client jupyter-core"})
class InstallKernel implements Callable<Integer> {

    @Option(names = "--kernels-dir", paramLabel = "DIR",
            description = "Jupyter kernels folder (default: <jupyter --data-dir>/kernels).")
    Path kernelsDir;

    public Integer call() {
        AnalysisCommands.installKernel(kernelsDir, System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new InstallKernel(), args));
    }
}
