package edgebuffer.workload.video;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Encodes a clip with GStreamer and writes it as a {@link ClipFile}: what {@code make-clip} runs. */
public final class ClipMaker {

    /** Default clip length: two GOPs at 30 fps, under 5 MB at 720p 20 Mbit/s. */
    public static final double DEFAULT_SECONDS = 2.0;

    private static final double MB = 1 << 20;

    private ClipMaker() {
    }

    /** Encodes about {@code seconds} (rounded up to whole GOPs) and writes it to {@code output}. */
    public static FrameEncoder.Result make(VideoSpec spec, double seconds, Path output) throws IOException {
        FrameEncoder.Result result = FrameEncoder.encode(spec, FrameEncoder.gopAlignedFrameCount(spec, seconds));
        ClipFile.write(result.clip(), output);
        return result;
    }

    /** Where a clip for {@code spec} goes by default: the repository's media/ folder (or ./media). */
    public static Path defaultOutput(VideoSpec spec) {
        return MediaFolder.locate().orElse(Path.of("media")).resolve(ClipFile.fileNameFor(spec));
    }

    /**
     * The command line's whole job: bad input or missing GStreamer is one line on {@code err} and exit
     * code 2 or 1; success prints what was written. {@code output} null means {@link #defaultOutput}.
     */
    public static int run(int width, int height, int fps, int bitrateKbps, double seconds, Path output,
                          PrintStream out, PrintStream err) {
        VideoSpec spec;
        try {
            spec = new VideoSpec(width, height, fps, bitrateKbps);
            FrameEncoder.gopAlignedFrameCount(spec, seconds);
        } catch (IllegalArgumentException e) {
            err.println("make-clip: " + e.getMessage());
            return 2;
        }
        Path target = output != null ? output : defaultOutput(spec);
        try {
            FrameEncoder.Result result = make(spec, seconds, target);
            EncodedClip clip = result.clip();
            out.printf("wrote %s: %d frames of %s, %.1f MB, %.2f MB/s at %d fps (encode: %s)%n",
                    target, clip.frames().size(), spec.label(), clip.totalBytes() / MB, clip.bytesPerSecond() / MB,
                    spec.fps(), result.stats());
            return 0;
        } catch (IOException e) {
            err.println("make-clip: cannot write " + target + ": " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println("make-clip: " + e.getMessage());
            return 1;
        }
    }
}
