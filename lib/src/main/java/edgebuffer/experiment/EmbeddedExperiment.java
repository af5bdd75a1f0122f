package edgebuffer.experiment;

import edgebuffer.stack.EmbeddedStack;
import edgebuffer.stack.LtsBinding;
import edgebuffer.stack.S3Binding;
import edgebuffer.workload.FrameFeed;
import edgebuffer.workload.LocalWorkload;
import java.io.PrintStream;

/** The whole experiment on one machine: the embedded stack, in-process writers and readers, one timeline. */
public final class EmbeddedExperiment {

    private EmbeddedExperiment() {
    }

    public static RunOutcome run(ExperimentOptions options) throws Exception {
        return run(options, VideoFeeds.forOptions(options, System.out), System.out);
    }

    public static RunOutcome run(ExperimentOptions options, FrameFeed feed, PrintStream out) throws Exception {
        options.validate();
        RunFolder folder = RunFolder.create(options.logs, options.mode());
        out.println("Run folder: " + folder.path());
        out.println("Starting the embedded stack (S3 server, ZooKeeper, Pravega controller and segment store) ...");
        try (EmbeddedStack stack = new EmbeddedStack(binding(options), (long) options.cacheMb << 20, folder.path()).start();
             LocalWorkload workload = new LocalWorkload(options.writers, options.readersPerStream,
                     (long) options.writerInflightMb << 20, feed).readerLogsIn(folder.readersDir())) {
            return new Experiment(options, stack, workload, folder, out).run();
        }
    }

    private static LtsBinding binding(ExperimentOptions options) {
        return new S3Binding();
    }
}
