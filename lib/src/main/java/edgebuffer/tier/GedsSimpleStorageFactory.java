package edgebuffer.tier;

import io.pravega.segmentstore.storage.SimpleStorageFactory;
import io.pravega.segmentstore.storage.Storage;
import io.pravega.segmentstore.storage.chunklayer.ChunkStorage;
import io.pravega.segmentstore.storage.chunklayer.ChunkedSegmentStorage;
import io.pravega.segmentstore.storage.chunklayer.ChunkedSegmentStorageConfig;
import io.pravega.segmentstore.storage.metadata.ChunkMetadataStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ScheduledExecutorService;

/** Creates, per segment container, a {@link ChunkedSegmentStorage} over the GEDS tier (as Pravega's S3 factory does). */
public final class GedsSimpleStorageFactory implements SimpleStorageFactory {
    private final ChunkedSegmentStorageConfig chunkedSegmentStorageConfig;
    private final GedsConfig config;
    private final ScheduledExecutorService executor;

    public GedsSimpleStorageFactory(ChunkedSegmentStorageConfig chunkedSegmentStorageConfig, GedsConfig config,
                                    ScheduledExecutorService executor) {
        this.chunkedSegmentStorageConfig = chunkedSegmentStorageConfig;
        this.config = config;
        this.executor = executor;
    }

    @Override
    public Storage createStorageAdapter(int containerId, ChunkMetadataStore metadataStore) {
        return new ChunkedSegmentStorage(containerId, createChunkStorage(), metadataStore, executor,
                chunkedSegmentStorageConfig);
    }

    @Override
    public Storage createStorageAdapter() {
        throw new UnsupportedOperationException("SimpleStorageFactory requires ChunkMetadataStore");
    }

    /** Each chunk storage holds one use of the shared tier; ChunkedSegmentStorage.close() releases it. */
    @Override
    public ChunkStorage createChunkStorage() {
        try {
            return new TieredChunkStorage(GedsTier.acquire(config), executor, true);
        } catch (IOException e) {
            throw new UncheckedIOException("GEDS tier cannot open its local directory " + config.localDir(), e);
        }
    }

    @Override
    public ChunkedSegmentStorageConfig getChunkedSegmentStorageConfig() {
        return chunkedSegmentStorageConfig;
    }

    @Override
    public ScheduledExecutorService getExecutor() {
        return executor;
    }
}
