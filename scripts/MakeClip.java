///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.github.edgebuffer:edgebuffer:0.1.0-SNAPSHOT
//DEPS info.picocli:picocli:4.7.7

import edgebuffer.workload.video.ClipMaker;
import edgebuffer.workload.video.VideoSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import edgebuffer.cli.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "make-clip", mixinStandardHelpOptions = true,
        description = "Encode a short H.264 test clip with GStreamer into media/, for machines without GStreamer.")
public class MakeClip implements Callable<Integer> {

    @Option(names = "--video-width", description = "Frame width in pixels (default: ${DEFAULT-VALUE})")
    int width = VideoSpec.DEFAULT.width();

    @Option(names = "--video-height", description = "Frame height in pixels (default: ${DEFAULT-VALUE})")
    int height = VideoSpec.DEFAULT.height();

    @Option(names = "--video-fps", description = "Frames per second (default: ${DEFAULT-VALUE})")
    int fps = VideoSpec.DEFAULT.fps();

    @Option(names = "--video-bitrate", description = "x264 bitrate in kbit/s (default: ${DEFAULT-VALUE})")
    int bitrate = VideoSpec.DEFAULT.bitrateKbps();

    @Option(names = "--seconds", description = "Clip length, rounded up to whole 30-frame GOPs (default: ${DEFAULT-VALUE})")
    double seconds = ClipMaker.DEFAULT_SECONDS;

    @Option(names = "--output", description = "Clip file (default: media/clip-WxH-FPSfps-KBPSkbps.ebclip)")
    Path output;

    @Override
    public Integer call() {
        return ClipMaker.run(width, height, fps, bitrate, seconds, output, System.out, System.err);
    }

    public static void main(String... args) {
        System.exit(Cli.run(new MakeClip(), args));
    }
}
