package edgebuffer.tier;

import io.pravega.segmentstore.storage.ConfigSetup;
import io.pravega.segmentstore.storage.StorageFactory;
import io.pravega.segmentstore.storage.StorageFactoryCreator;
import io.pravega.segmentstore.storage.StorageFactoryInfo;
import io.pravega.segmentstore.storage.StorageLayoutType;
import io.pravega.segmentstore.storage.chunklayer.ChunkedSegmentStorageConfig;

import java.util.concurrent.ScheduledExecutorService;

/**
 * Found by Pravega's StorageLoader through ServiceLoader
 * ({@code META-INF/services/io.pravega.segmentstore.storage.StorageFactoryCreator}); chosen when
 * {@code pravegaservice.storage.impl.name=GEDS} and {@code pravegaservice.storage.layout=CHUNKED_STORAGE}.
 */
public final class GedsStorageFactoryCreator implements StorageFactoryCreator {
    @Override
    public StorageFactory createFactory(StorageFactoryInfo info, ConfigSetup setup, ScheduledExecutorService executor) {
        if (!GedsConfig.STORAGE_NAME.equals(info.getName())) {
            throw new IllegalArgumentException("GedsStorageFactoryCreator creates only " + GedsConfig.STORAGE_NAME
                    + ", asked for " + info.getName());
        }
        if (info.getStorageLayoutType() != StorageLayoutType.CHUNKED_STORAGE) {
            throw new UnsupportedOperationException("the GEDS tier supports only CHUNKED_STORAGE");
        }
        return new GedsSimpleStorageFactory(setup.getConfig(ChunkedSegmentStorageConfig::builder),
                setup.getConfig(GedsConfig::builder), executor);
    }

    @Override
    public StorageFactoryInfo[] getStorageFactories() {
        return new StorageFactoryInfo[]{StorageFactoryInfo.builder()
                .name(GedsConfig.STORAGE_NAME)
                .storageLayoutType(StorageLayoutType.CHUNKED_STORAGE)
                .build()};
    }
}
