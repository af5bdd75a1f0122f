package edgebuffer.workload;

import edgebuffer.cli.UserError;
import edgebuffer.workload.video.VideoSource;
import edgebuffer.workload.video.VideoSources;
import edgebuffer.workload.video.VideoSpec;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/** Feeds each writer from its own video source (live GStreamer, replay or the shipped clip). */
public final class VideoFeeds {

    private VideoFeeds() {
    }

    /**
     * @param mode {@code live}, {@code replay}, {@code clip} or {@code auto}
     * @param out  where the source's one-line description is printed once
     */
    public static FrameFeed of(String mode, int width, int height, int fps, int bitrateKbps, PrintStream out) {
        VideoSpec spec;
        try {
            spec = new VideoSpec(width, height, fps, bitrateKbps);
            VideoSources.Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        AtomicBoolean described = new AtomicBoolean();
        return (writerIndex, writer) -> {
            VideoSource source;
            try {
                source = VideoSources.create(mode, spec);
            } catch (RuntimeException e) {
                throw new UserError(e.getMessage(), e);
            }
            if (described.compareAndSet(false, true)) {
                out.println("Video: " + source.description());
            }
            source.start((frame, captureEpochNanos) -> writer.offer(frame.data(), frame.keyFrame(), captureEpochNanos));
            return source;
        };
    }
}
