package edgebuffer.workload.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository's {@code media/} folder, where the shipped clip lives. Scripts run from the
 * repository root and Maven tests from {@code lib/}, so the working directory and its parents are
 * searched; {@code -Dedgebuffer.media=DIR} or {@code EDGEBUFFER_MEDIA=DIR} names it explicitly.
 */
public final class MediaFolder {

    public static final String PROPERTY = "edgebuffer.media";
    public static final String ENV = "EDGEBUFFER_MEDIA";

    private MediaFolder() {
    }

    /** The media folder, or empty if none was configured or found. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path media = dir.resolve("media");
            if (Files.isDirectory(media) && Files.exists(dir.resolve("jbang-catalog.json"))) {
                return Optional.of(media);
            }
        }
        return Optional.empty();
    }
}
