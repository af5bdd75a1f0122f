package edgebuffer.stack;

import edgebuffer.cli.Logging;
import edgebuffer.tier.TierSnapshot;
import edgebuffer.verify.ChunkSource;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.pravega.client.ClientConfig;
import io.pravega.client.admin.StreamManager;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything on one machine: a real S3 server in its own process and real Pravega in this JVM,
 * whose long-term storage is that S3 server, directly or through the GEDS tier.
 * {@link #ltsDown()} stops the S3 server (connections refused), {@link #ltsUp()} starts it again.
 */
public final class EmbeddedStack implements Stack {

    /** Matches the original's segment-store settings that are not about size. */
    private static final int CACHE_MAX_AGE_SECONDS = 600;
    private static final int CONTAINERS = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String READY_PROBE_SCOPE = "edgebuffer-ready";
    private static final int FLUSH_AFTER_MILLIS = 5_000;

    private final LtsBinding binding;
    private final long cacheBytes;
    private final Path runFolder;
    private final S3Server s3;
    private EmbeddedPravega pravega;
    private final Thread shutdownHook = new Thread(this::close, "embedded-stack-shutdown");

    public EmbeddedStack(LtsBinding binding, long cacheBytes, Path runFolder) {
        this.binding = binding;
        this.cacheBytes = cacheBytes;
        this.runFolder = runFolder.toAbsolutePath();
        this.s3 = new S3Server(this.runFolder.resolve("s3-data"), this.runFolder.resolve("logs").resolve("s3-server.log"));
    }

    /** Starts S3, creates the bucket, then starts Pravega on it. Ctrl-C stops both; so does a failed start. */
    public EmbeddedStack start() throws Exception {
        try {
            startAll();
            return this;
        } catch (Exception e) {
            // the caller's try-with-resources never sees a stack whose start failed: stop what did start
            close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Files.createDirectories(runFolder.resolve("logs"));
        Logging.toFile(runFolder.resolve("logs").resolve("pravega.log"));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        s3.start();
        createBucket();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pravegaservice.cache.size.max", Long.toString(cacheBytes));
        settings.put("pravegaservice.cache.time.seconds.max", Integer.toString(CACHE_MAX_AGE_SECONDS));
        // Pravega flushes to LTS on size (4 MB) or after this long: a shorter wait than its 30 s
        // default lets the integrity check find the last acknowledged bytes in LTS sooner; during
        // an outage nothing flushes either way, so the experiment itself is unaffected.
        settings.put("writer.flush.threshold.milliseconds", Integer.toString(FLUSH_AFTER_MILLIS));
        settings.putAll(binding.segmentStoreSettings(s3, runFolder));
        pravega = new EmbeddedPravega(settings, CONTAINERS);
        pravega.start();
        awaitReady();
    }

    /**
     * Pravega's client retries for a long time when the segment store cannot start (for example when
     * its long-term storage refuses its system journal): fail with a pointer to the log instead of hanging.
     */
    private void awaitReady() throws Exception {
        CompletableFuture<Void> probe = CompletableFuture.runAsync(() -> {
            try (StreamManager manager = StreamManager.create(ClientConfig.builder().controllerURI(controllerUri()).build())) {
                manager.createScope(READY_PROBE_SCOPE);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "pravega-ready-probe");
            t.setDaemon(true);
            t.start();
        });
        try {
            probe.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Pravega did not become ready within " + READY_TIMEOUT.toSeconds()
                    + " s; see " + runFolder.resolve("logs").resolve("pravega.log"), e);
        }
    }

    private void createBucket() throws Exception {
        MinioClient client = MinioClient.builder().endpoint(s3.endpoint().toString())
                .credentials(s3.accessKey(), s3.secretKey()).build();
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(binding.bucket()).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(binding.bucket()).build());
        }
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public URI controllerUri() {
        return pravega.controllerUri();
    }

    @Override
    public void ltsDown() throws InterruptedException {
        s3.stop();
    }

    @Override
    public void ltsUp() throws Exception {
        s3.start();
    }

    @Override
    public Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("pravega", io.pravega.local.InProcPravegaCluster.class.getPackage().getImplementationVersion() != null
                ? io.pravega.local.InProcPravegaCluster.class.getPackage().getImplementationVersion() : "0.13.0");
        v.put("s3proxy", S3Server.S3PROXY_VERSION);
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ltsDataDir", s3.dataDir().toString());
        d.put("lts", Map.of("endpoint", s3.endpoint().toString(), "bucket", binding.bucket()));
        d.putAll(binding.describe());
        return d;
    }

    @Override
    public Optional<TierSnapshot> tier() {
        return binding.tier();
    }

    @Override
    public OptionalLong cacheBytes() {
        return OptionalLong.of(cacheBytes);
    }

    @Override
    public OptionalLong tierCapacityBytes() {
        return binding.tierCapacityBytes();
    }

    @Override
    public Optional<ChunkSource> longTermStorage() {
        return Optional.of(binding.chunks(s3, runFolder));
    }

    @Override
    public synchronized void close() {
        if (pravega != null) {
            pravega.close();
            pravega = null;
        }
        s3.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }
}
