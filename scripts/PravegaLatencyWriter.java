///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT

import edgebuffer.cli.Cli;
import edgebuffer.workload.StreamOptions;
import edgebuffer.workload.StandaloneWriter;
import edgebuffer.workload.VideoFeeds;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pravega-latency-writer", mixinStandardHelpOptions = true,
        description = "One video writer: H.264 frames (GStreamer live, replay or the shipped clip) into a Pravega stream, "
                + "each stamped with its capture time in gstreamer-pravega's framing.")
class PravegaLatencyWriter implements Callable<Integer> {

    @Mixin
    StreamOptions target;

    @Option(names = "--create", description = "Create the scope and stream first.")
    boolean create;

    @Option(names = "--video-width", defaultValue = "1280") int width;
    @Option(names = "--video-height", defaultValue = "720") int height;
    @Option(names = "--video-fps", defaultValue = "30") int fps;
    @Option(names = "--video-bitrate", defaultValue = "20000", description = "kbit/s (default: ${DEFAULT-VALUE}).") int bitrate;
    @Option(names = "--video-source", defaultValue = "auto", description = "live, replay, clip or auto (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--writer-inflight-mb", defaultValue = "8",
            description = "Unacknowledged MB in flight before frames are dropped (default: ${DEFAULT-VALUE}).")
    int inflightMb;

    @Option(names = "--duration", defaultValue = "0", description = "Seconds to write; 0 = until stopped (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Override
    public Integer call() throws Exception {
        StandaloneWriter.run(target.controller, target.benchmarkStream(), create,
                VideoFeeds.of(source, width, height, fps, bitrate, System.out), (long) inflightMb << 20,
                Duration.ofSeconds(seconds), System.out);
        return 0;
    }

    public static void main(String... args) {
        System.exit(Cli.run(new PravegaLatencyWriter(), args));
    }
}
