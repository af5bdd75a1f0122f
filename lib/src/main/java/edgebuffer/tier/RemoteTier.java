package edgebuffer.tier;

import io.pravega.common.util.ConfigurationException;
import io.pravega.segmentstore.storage.chunklayer.ChunkHandle;
import io.pravega.segmentstore.storage.chunklayer.ChunkStorageException;
import io.pravega.storage.s3.S3ChunkStorage;
import io.pravega.storage.s3.S3StorageConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tier's S3 side. It reuses Pravega's own {@link S3ChunkStorage} (AWS SDK v2, which Pravega already
 * brings) rather than minio-java: the objects then have exactly the layout, the immutability rules and the
 * error mapping (missing object = {@code ChunkNotFoundException}) of the baseline S3 run, and no second
 * S3 client stack is added to the segment store. The client is built here rather than by Pravega's factory
 * for two reasons: path-style addressing (an IP endpoint such as S3Proxy's cannot take virtual-host
 * bucket names) and short timeouts with a single SDK retry, because the tier retries uploads itself and
 * an outage must not hold Pravega's storage threads.
 */
final class RemoteTier implements AutoCloseable {
    private final S3ChunkStorage storage;
    private final ExecutorService executor;

    RemoteTier(GedsConfig config) {
        S3StorageConfig s3Config = S3StorageConfig.builder()
                .with(S3StorageConfig.CONFIGURI, config.s3Endpoint())
                .with(S3StorageConfig.OVERRIDE_CONFIGURI, true)
                .with(S3StorageConfig.REGION, config.s3Region())
                .with(S3StorageConfig.BUCKET, config.s3Bucket())
                .with(S3StorageConfig.PREFIX, config.s3Prefix().isEmpty() ? "/" : config.s3Prefix())
                .with(S3StorageConfig.ACCESS_KEY, config.s3AccessKey())
                .with(S3StorageConfig.SECRET_KEY, config.s3SecretKey())
                .build();
        URI endpoint;
        try {
            endpoint = URI.create(config.s3Endpoint());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("geds.s3.endpoint is not a URL: " + config.s3Endpoint());
        }
        S3Client client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(config.s3Region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(config.s3AccessKey(), config.s3SecretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryPolicy(RetryPolicy.builder().numRetries(1).build())
                        .apiCallAttemptTimeout(Duration.ofSeconds(20))
                        .apiCallTimeout(Duration.ofSeconds(45))
                        .build())
                .build();
        AtomicInteger threadCount = new AtomicInteger();
        // Its own threads: the tier calls it from Pravega's storage threads and waits for the answer.
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "geds-s3-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.storage = new S3ChunkStorage(client, s3Config, executor, true);
    }

    /** One PUT of the whole chunk; S3 objects are immutable, so a chunk is uploaded once it is complete. */
    void put(String name, byte[] content) throws ChunkStorageException {
        await(storage.createWithContent(name, content.length, new ByteArrayInputStream(content)));
    }

    int read(String name, long offset, int length, byte[] buffer, int bufferOffset) throws ChunkStorageException {
        return await(storage.read(ChunkHandle.readHandle(name), offset, length, buffer, bufferOffset));
    }

    /** Throws ChunkNotFoundException when S3 has no such chunk. */
    long length(String name) throws ChunkStorageException {
        return await(storage.getInfo(name)).getLength();
    }

    boolean exists(String name) throws ChunkStorageException {
        return await(storage.exists(name));
    }

    void delete(String name) throws ChunkStorageException {
        await(storage.delete(ChunkHandle.writeHandle(name)));
    }

    private static <T> T await(CompletableFuture<T> future) throws ChunkStorageException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkStorageException("", "interrupted while waiting for S3", e);
        } catch (ExecutionException e) {
            throw asChunkStorageException(e.getCause());
        }
    }

    private static ChunkStorageException asChunkStorageException(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ChunkStorageException chunkStorageException) {
            return chunkStorageException;
        }
        return new ChunkStorageException("", "S3 request failed: " + cause, cause);
    }

    @Override
    public void close() {
        storage.close();
        executor.shutdownNow();
    }
}
