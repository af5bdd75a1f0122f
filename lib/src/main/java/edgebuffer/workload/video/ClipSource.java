package edgebuffer.workload.video;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Replays a clip shipped in {@code media/} (see {@link ClipFile}) for machines without GStreamer.
 * A clip made for exactly the requested spec ({@link ClipFile#fileNameFor}) is preferred; otherwise
 * the default clip is used, still paced at the requested fps, and description() says that size and
 * bitrate are the clip's.
 */
public final class ClipSource extends LoopingClipSource {

    /** The clip shipped with the toolkit, made by {@code make-clip} with the default spec. */
    public static final String DEFAULT_CLIP = ClipFile.fileNameFor(VideoSpec.DEFAULT);

    private final String description;

    /**
     * @param requested what the user asked for (fps is honoured, size and bitrate only if a matching clip exists)
     * @param why       why a clip is used instead of GStreamer, for description(), or null
     */
    public ClipSource(VideoSpec requested, String why) {
        this(requested, why, findClip(requested));
    }

    /** Replays a given clip file at the requested fps. */
    public ClipSource(VideoSpec requested, String why, Path clipFile) {
        this(requested, why, clipFile, load(clipFile));
    }

    private ClipSource(VideoSpec requested, String why, Path clipFile, EncodedClip clip) {
        super("clip", clip, requested.fps());
        VideoSpec encodedAt = clip.spec();
        StringBuilder text = new StringBuilder(String.format("shipped clip %s (%d frames, %dx%d %d kbit/s) sent at %d fps",
                displayPath(clipFile), clip.frames().size(), encodedAt.width(), encodedAt.height(),
                encodedAt.bitrateKbps(), requested.fps()));
        if (why != null) {
            text.append(", ").append(why);
        }
        if (encodedAt.width() != requested.width() || encodedAt.height() != requested.height()
                || encodedAt.bitrateKbps() != requested.bitrateKbps()) {
            text.append("; size and bitrate are the clip's, not the requested ").append(requested.width()).append('x')
                    .append(requested.height()).append(' ').append(requested.bitrateKbps()).append(" kbit/s");
        }
        this.description = text.toString();
    }

    /** The clip for {@code spec} if one was made, else the default clip; a one-line error if neither is found. */
    static Path findClip(VideoSpec spec) {
        Optional<Path> media = MediaFolder.locate();
        if (media.isEmpty()) {
            throw new IllegalStateException("media/ folder with the shipped clip not found: run from the repository root"
                    + " or set -D" + MediaFolder.PROPERTY + "=DIR (or " + MediaFolder.ENV + ")");
        }
        Path exact = media.get().resolve(ClipFile.fileNameFor(spec));
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        Path fallback = media.get().resolve(DEFAULT_CLIP);
        if (Files.isRegularFile(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("no clip in " + media.get() + ": expected " + DEFAULT_CLIP
                + " (restore it from git or run make-clip on a machine with GStreamer)");
    }

    private static EncodedClip load(Path clipFile) {
        try {
            return ClipCache.loaded(clipFile);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("media")
                ? "media/" + absolute.getFileName()
                : absolute.toString();
    }

    @Override
    public String description() {
        return description;
    }
}
