package edgebuffer.workload.video;

/**
 * What a video writer produces: frame size, frame rate and the encoder's target bitrate.
 * Invalid values are rejected with a one-line message naming the option to change, because
 * these come straight from the command line ({@code --video-width} etc.).
 *
 * @param width       pixels, even (H.264 4:2:0 needs even sizes), 16..7680
 * @param height      pixels, even, 16..4320
 * @param fps         frames per second, 1..120
 * @param bitrateKbps x264's target bitrate in kbit/s, 100..200000
 */
public record VideoSpec(int width, int height, int fps, int bitrateKbps) {

    /** The toolkit's default: 720p at 30 fps, 20 Mbit/s (the original used 1080p at 20 Mbit/s). */
    public static final VideoSpec DEFAULT = new VideoSpec(1280, 720, 30, 20000);

    public VideoSpec {
        requireEvenInRange("--video-width", width, 16, 7680);
        requireEvenInRange("--video-height", height, 16, 4320);
        if (fps < 1 || fps > 120) {
            throw new IllegalArgumentException("--video-fps must be between 1 and 120, got " + fps);
        }
        if (bitrateKbps < 100 || bitrateKbps > 200_000) {
            throw new IllegalArgumentException(
                    "--video-bitrate (kbit/s) must be between 100 and 200000, got " + bitrateKbps);
        }
    }

    private static void requireEvenInRange(String option, int value, int min, int max) {
        if (value < min || value > max || value % 2 != 0) {
            throw new IllegalArgumentException(
                    option + " must be an even number between " + min + " and " + max + ", got " + value);
        }
    }

    /** The byte rate the encoder aims at (bitrate / 8); the real rate depends on the content. */
    public long targetBytesPerSecond() {
        return bitrateKbps * 1000L / 8;
    }

    /** Nanoseconds between two frames. */
    public long framePeriodNanos() {
        return 1_000_000_000L / fps;
    }

    /** Short form for descriptions and logs: {@code 1280x720@30 20000 kbit/s}. */
    public String label() {
        return width + "x" + height + "@" + fps + " " + bitrateKbps + " kbit/s";
    }
}
