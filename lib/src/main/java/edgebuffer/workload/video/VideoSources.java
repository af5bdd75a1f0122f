package edgebuffer.workload.video;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Creates the video source a writer asked for by mode name. */
public final class VideoSources {

    /** The modes a user can name (e.g. {@code --video-source auto}). */
    public enum Mode {
        /** Encode in real time with GStreamer (about half a core per 720p writer). */
        LIVE,
        /** Encode 2 s once with GStreamer, then re-send at the fps: keeps several writers real time on two cores. */
        REPLAY,
        /** The clip shipped in media/, no GStreamer needed. */
        CLIP,
        /** REPLAY when GStreamer is installed, else CLIP. */
        AUTO;

        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a user-given mode; unknown names give a one-line error listing the valid ones. */
        public static Mode parse(String text) {
            String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            for (Mode mode : values()) {
                if (mode.optionValue().equals(wanted)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown video source '" + text + "': use one of " + validNames());
        }

        public static String validNames() {
            return Arrays.stream(values()).map(Mode::optionValue).collect(Collectors.joining(", "));
        }
    }

    private VideoSources() {
    }

    /**
     * A ready-to-start source. Errors are one line: IllegalArgumentException for a bad mode,
     * {@link GstUnavailableException} when live/replay is asked for without GStreamer,
     * IllegalStateException when the clip cannot be found or read.
     */
    public static VideoSource create(String mode, VideoSpec spec) {
        return create(Mode.parse(mode), spec);
    }

    public static VideoSource create(Mode mode, VideoSpec spec) {
        switch (mode) {
            case LIVE:
                requireGst(mode);
                return new LiveGstSource(spec);
            case REPLAY:
                requireGst(mode);
                return new ReplaySource(spec);
            case CLIP:
                return new ClipSource(spec, null);
            case AUTO:
                Optional<String> missing = GstRuntime.unavailableReason();
                return missing.isEmpty() ? new ReplaySource(spec) : new ClipSource(spec, "used because " + missing.get());
            default:
                throw new IllegalArgumentException("unknown video source " + mode);
        }
    }

    private static void requireGst(Mode mode) {
        GstRuntime.unavailableReason().ifPresent(reason -> {
            throw new GstUnavailableException(reason + " (or use video source " + Mode.CLIP.optionValue() + " or "
                    + Mode.AUTO.optionValue() + " instead of " + mode.optionValue() + ")");
        });
    }
}
