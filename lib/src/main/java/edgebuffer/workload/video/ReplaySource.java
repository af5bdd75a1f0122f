package edgebuffer.workload.video;

/**
 * Frames encoded once by GStreamer (two seconds' worth, GOP-aligned, shared by every replay source
 * of the same spec in this JVM), re-sent in a loop at the spec's fps with fresh capture times.
 * This is what makes several 20 Mbit/s writers possible on two cores, where live x264 cannot keep up.
 */
public final class ReplaySource extends LoopingClipSource {

    private final String description;

    /** Encodes (or reuses) the frames now, so that start() is immediate; needs GStreamer. */
    public ReplaySource(VideoSpec spec) {
        this(spec, ClipCache.encoded(spec));
    }

    private ReplaySource(VideoSpec spec, FrameEncoder.Result encoded) {
        super("replay", encoded.clip(), spec.fps());
        EncodedClip clip = encoded.clip();
        this.description = String.format(
                "replay of %d frames encoded by GStreamer x264 at %dx%d %d kbit/s (%.1f MB/s), re-sent at %d fps"
                        + " with fresh capture times",
                clip.frames().size(), spec.width(), spec.height(), spec.bitrateKbps(),
                clip.bytesPerSecond() / (double) (1 << 20), spec.fps());
    }

    @Override
    public String description() {
        return description;
    }
}
