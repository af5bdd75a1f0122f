package edgebuffer.tier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.pravega.client.ClientConfig;
import io.pravega.client.EventStreamClientFactory;
import io.pravega.client.admin.ReaderGroupManager;
import io.pravega.client.admin.StreamManager;
import io.pravega.client.stream.EventStreamReader;
import io.pravega.client.stream.EventStreamWriter;
import io.pravega.client.stream.EventWriterConfig;
import io.pravega.client.stream.ReaderConfig;
import io.pravega.client.stream.ReaderGroupConfig;
import io.pravega.client.stream.ScalingPolicy;
import io.pravega.client.stream.Stream;
import io.pravega.client.stream.StreamConfiguration;
import io.pravega.client.stream.impl.ByteBufferSerializer;
import io.pravega.local.InProcPravegaCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plug-in loads into a real in-process Pravega 0.13 (found through ServiceLoader by the name GEDS),
 * carries its storage traffic, throttles it with "tier full" while S3 is away, and drains afterwards.
 */
class GedsPravegaIntegrationTest {
    private static final int EVENT = 100 * 1024;
    private static final long CAPACITY = 8L << 20;

    @TempDir
    Path dir;
    private final List<String> propertiesSet = new ArrayList<>();
    private S3ProxyForTests s3;
    private InProcPravegaCluster pravega;

    @AfterEach
    void tearDown() throws Exception {
        if (pravega != null) {
            pravega.close();
        }
        if (s3 != null) {
            s3.close();
        }
        propertiesSet.forEach(System::clearProperty);
    }

    @Test
    void pravegaRunsOnTheTierThrottlesWhenItIsFullAndDrainsAfterS3Returns() throws Exception {
        quietPravegaLogs();
        ListAppender<ILoggingEvent> writerLog = capture("io.pravega.segmentstore.server.writer");
        s3 = new S3ProxyForTests(dir);
        s3.start();
        s3.createBucket();
        GedsConfig config = GedsConfig.builder()
                .with(GedsConfig.LOCAL_DIR, dir.resolve("geds").toString())
                .with(GedsConfig.CAPACITY_BYTES, CAPACITY)
                .with(GedsConfig.SYSTEM_RESERVE_BYTES, 2L << 20)
                .with(GedsConfig.POLICY, GedsPolicy.EAGER.key())
                .with(GedsConfig.S3_ENDPOINT, s3.endpoint())
                .with(GedsConfig.S3_BUCKET, S3ProxyForTests.BUCKET)
                .with(GedsConfig.S3_PREFIX, "pravega/")
                .with(GedsConfig.S3_ACCESS_KEY, s3.accessKey())
                .with(GedsConfig.S3_SECRET_KEY, s3.secretKey())
                .with(GedsConfig.UPLOAD_BACKOFF_MAX_MS, 500L)
                .build();
        config.asPravegaProperties().forEach(this::setProperty);
        setProperty("writer.flush.threshold.milliseconds", "500");
        setProperty("writer.error.sleep.milliseconds", "300");
        startPravega();
        // start() returns before the segment container (and so its storage) is up
        awaitTrue(() -> GedsTier.current().isPresent(), Duration.ofSeconds(30), "Pravega loaded the GEDS storage");

        ClientConfig client = ClientConfig.builder().controllerURI(URI.create(pravega.getControllerURI())).build();
        try (StreamManager streams = StreamManager.create(client)) {
            streams.createScope("tier");
            streams.createStream("tier", "video", StreamConfiguration.builder().scalingPolicy(ScalingPolicy.fixed(1)).build());
        }
        Random random = new Random(7);
        List<byte[]> sent = new ArrayList<>();
        try (EventStreamClientFactory factory = EventStreamClientFactory.withScope("tier", client);
             EventStreamWriter<ByteBuffer> writer = factory.createEventWriter("video", new ByteBufferSerializer(),
                     EventWriterConfig.builder().build())) {
            send(writer, random, sent, 20);
            awaitTrue(() -> userBytesInTier() >= 20L * EVENT, Duration.ofSeconds(20), "events flushed into the tier");
            awaitTrue(() -> s3UserBytes() >= 20L * EVENT, Duration.ofSeconds(20), "and uploaded to S3");

            s3.stop(); // outage: the tier fills (8 MB, 6 MB for user data) and refuses, Pravega keeps acking from its cache
            send(writer, random, sent, 100);
            awaitTrue(() -> writerLog.list.stream().anyMatch(GedsPravegaIntegrationTest::isTierFull),
                    Duration.ofSeconds(20), "Pravega's storage writer met 'GEDS tier full'");
            TierSnapshot full = GedsTier.current().orElseThrow();
            // refused because the next flush (up to 4 MB) no longer fits under the 6 MB left for user data
            assertTrue(full.localBytes() > (2L << 20) && full.localBytes() <= CAPACITY, full.toString());
            assertTrue(full.pendingUploadBytes() > 0 && full.uploadErrors() > 0, full.toString());

            s3.start();
            awaitTrue(() -> s3UserBytes() >= 120L * EVENT, Duration.ofSeconds(40), "backlog drained to S3 by itself");
        }
        List<byte[]> received = readAll(client, sent.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), received.get(i), "event " + i);
        }
        pravega.close();
        pravega = null;
        assertTrue(GedsTier.current().isEmpty(), "the tier closes with the last container that used it");
    }

    private void send(EventStreamWriter<ByteBuffer> writer, Random random, List<byte[]> sent, int count) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] event = new byte[EVENT];
            random.nextBytes(event);
            sent.add(event);
            acks.add(writer.writeEvent(ByteBuffer.wrap(event)));
        }
        writer.flush();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
    }

    private List<byte[]> readAll(ClientConfig client, int count) {
        List<byte[]> received = new ArrayList<>();
        try (ReaderGroupManager groups = ReaderGroupManager.withScope("tier", client);
             EventStreamClientFactory factory = EventStreamClientFactory.withScope("tier", client)) {
            groups.createReaderGroup("check", ReaderGroupConfig.builder().stream(Stream.of("tier", "video")).build());
            try (EventStreamReader<ByteBuffer> reader = factory.createReader("r", "check", new ByteBufferSerializer(),
                    ReaderConfig.builder().build())) {
                while (received.size() < count) {
                    ByteBuffer event = reader.readNextEvent(10_000).getEvent();
                    if (event == null) {
                        break;
                    }
                    byte[] bytes = new byte[event.remaining()];
                    event.get(bytes);
                    received.add(bytes);
                }
            }
        }
        assertEquals(count, received.size(), "every event read back");
        return received;
    }

    /** Bytes of the test stream's chunks in the tier's local directory. */
    private long userBytesInTier() {
        Path streamDir = dir.resolve("geds/data/tier/video");
        if (!Files.isDirectory(streamDir)) {
            return 0;
        }
        try (var files = Files.walk(streamDir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (Exception e) {
            return 0; // a chunk evicted while walking: ask again
        }
    }

    private long s3UserBytes() {
        try (var client = s3.client()) {
            return client.listObjectsV2Paginator(b -> b.bucket(S3ProxyForTests.BUCKET).prefix("pravega/tier/video/"))
                    .contents().stream().mapToLong(o -> o.size()).sum();
        } catch (RuntimeException e) {
            return 0; // S3 still starting
        }
    }

    private static boolean isTierFull(ILoggingEvent event) {
        String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                : ThrowableProxyUtil.asString(event.getThrowableProxy()));
        return text.contains("GEDS tier full");
    }

    private void startPravega() throws Exception {
        int zk = freePort();
        int controller = freePort();
        int segmentStore = freePort();
        pravega = InProcPravegaCluster.builder()
                .isInProcZK(true).secureZK(false).zkUrl("localhost:" + zk).zkPort(zk)
                .isInMemStorage(true)
                .isInProcController(true).controllerCount(1)
                .isInProcSegmentStore(true).segmentStoreCount(1).containerCount(1)
                .restServerPort(freePort()).enableRestServer(false)
                .enableAuth(false).enableTls(false).tlsProtocolVersion(new String[]{"TLSv1.2", "TLSv1.3"})
                .enableMetrics(false).enableInfluxDB(false).enablePrometheus(false)
                .enableAdminGateway(false).adminGatewayPort(freePort())
                .replyWithStackTraceOnError(true)
                .build();
        pravega.setControllerPorts(new int[]{controller});
        pravega.setSegmentStorePorts(new int[]{segmentStore});
        pravega.start();
    }

    private void setProperty(String key, String value) {
        System.setProperty(key, value);
        propertiesSet.add(key);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void quietPravegaLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("edgebuffer.tier")).setLevel(Level.INFO);
    }

    private static ListAppender<ILoggingEvent> capture(String loggerName) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(loggerName)).addAppender(appender);
        return appender;
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what + "; tier " + GedsTier.current());
            }
            Thread.sleep(100);
        }
    }
}
