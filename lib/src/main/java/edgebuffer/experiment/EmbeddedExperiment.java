package edgebuffer.experiment;

import edgebuffer.stack.EmbeddedStack;
import edgebuffer.stack.GedsBinding;
import edgebuffer.stack.LtsBinding;
import edgebuffer.stack.S3Binding;
import edgebuffer.workload.FrameFeed;
import edgebuffer.workload.LocalWorkload;
import edgebuffer.workload.VideoFeeds;
import java.io.PrintStream;

/** The whole experiment on one machine: the embedded stack, in-process writers and readers, one timeline. */
public final class EmbeddedExperiment {

    private EmbeddedExperiment() {
    }

    public static RunOutcome run(ExperimentOptions options) throws Exception {
        return run(options, null, System.out);
    }

    /** @param feed where frames come from; null for the video source the options name */
    public static RunOutcome run(ExperimentOptions options, FrameFeed feed, PrintStream out) throws Exception {
        if (feed == null) {
            feed = VideoFeeds.of(options.videoSource, options.videoWidth, options.videoHeight, options.videoFps,
                    options.videoBitrateKbps, out);
        }
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
        return options.geds ? new GedsBinding((long) options.gedsCapacityMb << 20, options.gedsPolicy) : new S3Binding();
    }
}
