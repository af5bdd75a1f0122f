package edgebuffer.stack;

import edgebuffer.tier.TierSnapshot;
import edgebuffer.verify.ChunkSource;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an experiment runs: a Pravega with long-term storage (LTS) that can be taken away and
 * given back. The experiment timeline only talks to this interface, so the same timeline drives
 * the embedded stack (everything in one JVM plus an S3 server process) and a Kubernetes cluster.
 */
public interface Stack extends AutoCloseable {

    /** "embedded" or "cluster": written to run.json as {@code stack}. */
    String kind();

    /** Controller URI that writers, readers and the integrity check connect to. */
    URI controllerUri();

    /** Makes long-term storage unreachable (the original's "scale MinIO to 0"). Returns when it is. */
    void ltsDown() throws Exception;

    /** Makes long-term storage reachable again. Returns when it answers requests. */
    void ltsUp() throws Exception;

    /** Component versions for run.json's {@code versions}. */
    Map<String, String> versions();

    /** Extra top-level run.json entries this stack knows about (for example {@code ltsDataDir}, {@code tier}). */
    Map<String, Object> describe();

    /** Pravega's cache size on this stack, when the stack sets it (the buffering prediction uses it). */
    default OptionalLong cacheBytes() {
        return OptionalLong.empty();
    }

    /** The GEDS tier's local capacity on this stack, when there is a tier and the stack knows its size. */
    default OptionalLong tierCapacityBytes() {
        return OptionalLong.empty();
    }

    /** The GEDS tier's counters right now, when a tier sits under Pravega; empty for a baseline stack. */
    default Optional<TierSnapshot> tier() {
        return Optional.empty();
    }

    /** Long-term storage's raw chunks, when this stack can read them without Pravega (for the integrity check). */
    default Optional<ChunkSource> longTermStorage() {
        return Optional.empty();
    }

    /** Stops everything the stack started; no process may survive it. */
    @Override
    void close();
}
