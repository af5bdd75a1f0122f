package edgebuffer.stack;

import edgebuffer.tier.TierSnapshot;
import edgebuffer.verify.ChunkSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the embedded Pravega reaches long-term storage: straight to S3 (baseline) or through the
 * GEDS tier. Gives the segment-store keys that select and configure the storage binding.
 */
public interface LtsBinding {

    /** run.json's {@code mode}. */
    String mode();

    /** Bucket this binding writes to (created before Pravega starts: Pravega does not create it). */
    String bucket();

    /** Segment-store keys for this binding, given the running S3 server and the run folder. */
    Map<String, String> segmentStoreSettings(S3Server s3, Path runFolder);

    /** The chunks this binding leaves in long-term storage, read without Pravega (for the integrity check). */
    ChunkSource chunks(S3Server s3, Path runFolder);

    /** Extra run.json entries (for example {@code tier}). */
    default Map<String, Object> describe() {
        return Map.of();
    }

    /** The tier's local capacity when there is a tier. */
    default OptionalLong tierCapacityBytes() {
        return OptionalLong.empty();
    }

    /** The tier's counters when there is one. */
    default Optional<TierSnapshot> tier() {
        return Optional.empty();
    }
}
