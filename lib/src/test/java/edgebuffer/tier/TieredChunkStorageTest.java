package edgebuffer.tier;

import io.pravega.segmentstore.storage.chunklayer.ChunkHandle;
import io.pravega.segmentstore.storage.chunklayer.ChunkNotFoundException;
import io.pravega.segmentstore.storage.chunklayer.ChunkStorageFullException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tier's semantics against a real S3 server (S3Proxy in its own JVM); an outage is that server stopped. */
class TieredChunkStorageTest {
    private static final int CHUNK = 64 * 1024;

    @TempDir
    static Path s3Dir;
    private static S3ProxyForTests s3;
    private static boolean s3Up;

    @TempDir
    Path localDir;
    private String prefix;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<GedsTier> tiers = new ArrayList<>();
    private final Random random = new Random(42);

    @BeforeAll
    static void startS3() throws Exception {
        s3 = new S3ProxyForTests(s3Dir);
        s3.start();
        s3Up = true;
        s3.createBucket();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void prefixPerTest(TestInfo info) {
        prefix = info.getTestMethod().orElseThrow().getName() + "/";
    }

    @AfterEach
    void cleanUp() throws Exception {
        tiers.forEach(GedsTier::close);
        executor.shutdownNow();
        if (!s3Up) {
            s3UpAgain();
        }
    }

    @Test
    void writeIsOnLocalDiskWhenItReturnsAndReadsBack() throws Exception {
        TieredChunkStorage storage = storage(tier(GedsPolicy.SPILL, 100 * CHUNK, "local"));
        byte[] content = bytes(CHUNK + 123);

        storage.createWithContent("s/t/0.E-1-O-0.a", content.length, new ByteArrayInputStream(content)).get();

        // complete on disk, in its final place, with nothing half-written left behind
        assertArrayEquals(content, Files.readAllBytes(localDir.resolve("local/data/s/t/0.E-1-O-0.a")));
        try (var tmp = Files.list(localDir.resolve("local/tmp"))) {
            assertEquals(0, tmp.count());
        }
        assertArrayEquals(content, read(storage, "s/t/0.E-1-O-0.a", 0, content.length));
        assertArrayEquals(Arrays.copyOfRange(content, 1000, 1100), read(storage, "s/t/0.E-1-O-0.a", 1000, 100));
        assertEquals(content.length, storage.getInfo("s/t/0.E-1-O-0.a").get().getLength());
        // spill policy far below its threshold: the chunk stays local only, waiting
        assertEquals(new TierSnapshot(100 * CHUNK, content.length, content.length, 0, 0), storage.snapshot());
        assertTrue(s3.keys().stream().noneMatch(k -> k.startsWith(prefix)));
    }

    @Test
    void tierFullWhileS3IsAwayThenRoomComesBackAfterS3Returns() throws Exception {
        GedsTier tier = tier(GedsPolicy.EAGER, 4 * CHUNK, "full");
        TieredChunkStorage storage = storage(tier);
        s3Down();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            written.add(write(storage, "seg/c" + i, CHUNK));
        }

        ExecutionException refused = assertThrows(ExecutionException.class, () -> write(storage, "seg/c4", CHUNK));
        assertInstanceOf(GedsTierFullException.class, refused.getCause());
        assertInstanceOf(ChunkStorageFullException.class, refused.getCause(), "Pravega's own 'storage full' type");
        assertTrue(refused.getCause().getMessage().contains("GEDS tier full"), refused.getCause().getMessage());
        assertFalse(Files.exists(localDir.resolve("full/data/seg/c4")), "a refused write leaves no trace");
        TierSnapshot full = tier.snapshot();
        assertEquals(4L * CHUNK, full.localBytes());
        assertEquals(4L * CHUNK, full.pendingUploadBytes());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(written.get(i), read(storage, "seg/c" + i, 0, CHUNK), "nothing lost or corrupted");
        }

        s3UpAgain();
        awaitTrue(() -> tier.snapshot().pendingUploadBytes() == 0, "backlog drained after S3 returned");
        assertFalse(storage.exists("seg/c4").get(), "the refused chunk is nowhere");
        byte[] last = write(storage, "seg/c4", CHUNK); // room comes from evicting uploaded copies
        written.add(last);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(written.get(i), read(storage, "seg/c" + i, 0, CHUNK));
        }
        assertTrue(tier.snapshot().localBytes() <= 4L * CHUNK);
    }

    @Test
    void uploadsRetryWithBackoffWhileS3IsAwayAndDrainByThemselvesAfterwards() throws Exception {
        GedsTier tier = tier(GedsPolicy.EAGER, 100 * CHUNK, "retry");
        TieredChunkStorage storage = storage(tier);
        s3Down();
        for (int i = 0; i < 3; i++) {
            write(storage, "seg/r" + i, CHUNK);
        }
        awaitTrue(() -> tier.snapshot().uploadErrors() >= 2, "upload attempts fail and are retried");
        assertEquals(3L * CHUNK, tier.snapshot().pendingUploadBytes());

        s3UpAgain();
        awaitTrue(() -> tier.snapshot().pendingUploadBytes() == 0, "backlog drained");
        assertEquals(List.of("retry/seg/r0", "retry/seg/r1", "retry/seg/r2"), keys());
        assertEquals(3L * CHUNK, tier.snapshot().uploadedBytes());
    }

    @Test
    void readsExistsAndSizeAnswerTheSameWhicheverTierHoldsTheChunk() throws Exception {
        TieredChunkStorage localOnly = storage(tier(GedsPolicy.SPILL, 100 * CHUNK, "l"));
        TieredChunkStorage both = storage(tier(GedsPolicy.EAGER, 100 * CHUNK, "b"));
        GedsTier spillEverything = tier(GedsPolicy.SPILL, 100 * CHUNK, "r", 0.001);
        TieredChunkStorage remoteOnly = storage(spillEverything);
        byte[] content = bytes(CHUNK + 7);
        for (TieredChunkStorage storage : List.of(localOnly, both, remoteOnly)) {
            storage.createWithContent("seg/x", content.length, new ByteArrayInputStream(content)).get();
        }
        awaitTrue(() -> keys().size() == 2, "eager and spilled chunks uploaded");
        awaitTrue(() -> spillEverything.snapshot().localBytes() == 0, "spilled chunk moved off local disk");

        assertTrue(Files.exists(localDir.resolve("l/data/seg/x")));
        assertTrue(Files.exists(localDir.resolve("b/data/seg/x")));
        assertFalse(Files.exists(localDir.resolve("r/data/seg/x")));
        for (TieredChunkStorage storage : List.of(localOnly, both, remoteOnly)) {
            assertTrue(storage.exists("seg/x").get());
            assertEquals(content.length, storage.getInfo("seg/x").get().getLength());
            assertArrayEquals(content, read(storage, "seg/x", 0, content.length));
            assertArrayEquals(Arrays.copyOfRange(content, CHUNK - 5, CHUNK + 7), read(storage, "seg/x", CHUNK - 5, 12));
            assertFalse(storage.exists("seg/none").get());
            ExecutionException missing = assertThrows(ExecutionException.class, () -> storage.getInfo("seg/none").get());
            assertInstanceOf(ChunkNotFoundException.class, missing.getCause());
        }
    }

    /** Pravega truncates a segment on this storage (no truncation support) by deleting whole chunks: this delete. */
    @Test
    void deleteRemovesFromBothTiersAndCancelsAPendingUpload() throws Exception {
        GedsTier tier = tier(GedsPolicy.EAGER, 100 * CHUNK, "del");
        TieredChunkStorage storage = storage(tier);
        write(storage, "seg/uploaded", CHUNK);
        awaitTrue(() -> keys().contains("del/seg/uploaded"), "uploaded");
        storage.delete(ChunkHandle.writeHandle("seg/uploaded")).get();
        assertFalse(Files.exists(localDir.resolve("del/data/seg/uploaded")));
        assertFalse(keys().contains("del/seg/uploaded"));
        assertFalse(storage.exists("seg/uploaded").get());

        s3Down();
        write(storage, "seg/waiting", CHUNK);
        awaitTrue(() -> tier.snapshot().uploadErrors() > 0, "its upload is being retried");
        storage.delete(ChunkHandle.writeHandle("seg/waiting")).get();
        assertFalse(Files.exists(localDir.resolve("del/data/seg/waiting")));
        assertEquals(0, tier.snapshot().pendingUploadBytes());
        assertEquals(0, tier.snapshot().localBytes());
        s3UpAgain();
        write(storage, "seg/after", CHUNK);
        awaitTrue(() -> keys().contains("del/seg/after"), "the queue runs again");
        assertEquals(List.of("del/seg/after"), keys(), "the cancelled chunk never reached S3");
    }

    @Test
    void restartFindsEveryLocalChunkAndUploadsEachExactlyOnce() throws Exception {
        GedsTier before = tier(GedsPolicy.EAGER, 100 * CHUNK, "restart");
        TieredChunkStorage storage = storage(before);
        s3Down();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            written.add(write(storage, "seg/k" + i, CHUNK + i));
        }
        before.close(); // as a kill: nothing is written at close

        s3UpAgain();
        GedsTier after = tier(GedsPolicy.EAGER, 100 * CHUNK, "restart");
        assertEquals(3L * CHUNK + 3, after.snapshot().localBytes(), "every local chunk found again");
        awaitTrue(() -> after.snapshot().pendingUploadBytes() == 0, "recovered chunks uploaded");
        assertEquals(3L * CHUNK + 3, after.snapshot().uploadedBytes(), "each uploaded once");
        assertEquals(List.of("restart/seg/k0", "restart/seg/k1", "restart/seg/k2"), keys(), "under its own name only");
        after.close();

        GedsTier again = tier(GedsPolicy.EAGER, 100 * CHUNK, "restart");
        assertEquals(0, again.snapshot().pendingUploadBytes(), "uploaded chunks are not queued again");
        TieredChunkStorage reopened = storage(again);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(written.get(i), read(reopened, "seg/k" + i, 0, CHUNK + i));
        }
        Thread.sleep(300);
        assertEquals(0, again.snapshot().uploadedBytes());
    }

    @Test
    void spillUploadsLeastRecentlyUsedChunksOnlyPastTheSpillFraction() throws Exception {
        GedsTier tier = tier(GedsPolicy.SPILL, 10 * CHUNK, "spill", 0.5);
        TieredChunkStorage storage = storage(tier);
        for (int i = 0; i < 4; i++) {
            write(storage, "seg/s" + i, CHUNK);
        }
        Thread.sleep(400); // several monitor rounds
        assertEquals(List.of(), keys(), "below 50% nothing moves");

        read(storage, "seg/s0", 0, 10); // s0 becomes most recently used
        for (int i = 4; i < 7; i++) {
            write(storage, "seg/s" + i, CHUNK);
        }
        awaitTrue(() -> tier.snapshot().localBytes() <= 5L * CHUNK, "spilled back to the threshold");
        assertEquals(List.of("spill/seg/s1", "spill/seg/s2"), keys(), "the two least recently used moved");
        assertEquals(5L * CHUNK, tier.snapshot().localBytes());
        assertEquals(5L * CHUNK, tier.snapshot().pendingUploadBytes(), "the rest stays local only");
    }

    @Test
    void eagerUploadsAtOnceAndKeepsLocalCopiesOnlyAsAnEvictableCache() throws Exception {
        GedsTier tier = tier(GedsPolicy.EAGER, 4 * CHUNK, "eager");
        TieredChunkStorage storage = storage(tier);
        for (int i = 0; i < 3; i++) {
            write(storage, "seg/e" + i, CHUNK);
        }
        awaitTrue(() -> tier.snapshot().pendingUploadBytes() == 0, "uploaded at once");
        assertEquals(3L * CHUNK, tier.snapshot().localBytes(), "copies kept as cache");

        read(storage, "seg/e0", 0, 10); // e1 is now least recently used
        write(storage, "seg/e3", CHUNK);
        write(storage, "seg/e4", CHUNK);
        assertFalse(Files.exists(localDir.resolve("eager/data/seg/e1")), "least recently used copy evicted");
        assertTrue(Files.exists(localDir.resolve("eager/data/seg/e0")));
        assertTrue(tier.snapshot().localBytes() <= 4L * CHUNK);
        assertTrue(storage.exists("seg/e1").get(), "still in S3");
    }

    // ---- helpers ----

    private GedsTier tier(GedsPolicy policy, long capacity, String dir) throws Exception {
        return tier(policy, capacity, dir, 0.7);
    }

    private GedsTier tier(GedsPolicy policy, long capacity, String dir, double spillFraction) throws Exception {
        GedsConfig config = GedsConfig.builder()
                .with(GedsConfig.LOCAL_DIR, localDir.resolve(dir).toString())
                .with(GedsConfig.CAPACITY_BYTES, capacity)
                .with(GedsConfig.POLICY, policy.key())
                .with(GedsConfig.SPILL_FRACTION, spillFraction)
                .with(GedsConfig.SYSTEM_RESERVE_BYTES, 0L)
                .with(GedsConfig.S3_ENDPOINT, s3.endpoint())
                .with(GedsConfig.S3_BUCKET, S3ProxyForTests.BUCKET)
                .with(GedsConfig.S3_PREFIX, prefix + dir + "/")
                .with(GedsConfig.S3_ACCESS_KEY, s3.accessKey())
                .with(GedsConfig.S3_SECRET_KEY, s3.secretKey())
                .with(GedsConfig.UPLOAD_BACKOFF_MIN_MS, 50L)
                .with(GedsConfig.UPLOAD_BACKOFF_MAX_MS, 400L)
                .with(GedsConfig.MONITOR_INTERVAL_MS, 50L)
                .build();
        GedsTier tier = GedsTier.open(config);
        tiers.add(tier);
        return tier;
    }

    private TieredChunkStorage storage(GedsTier tier) {
        return new TieredChunkStorage(tier, executor);
    }

    private byte[] bytes(int length) {
        byte[] content = new byte[length];
        random.nextBytes(content);
        return content;
    }

    private byte[] write(TieredChunkStorage storage, String name, int length) throws Exception {
        byte[] content = bytes(length);
        storage.createWithContent(name, length, new ByteArrayInputStream(content)).get();
        return content;
    }

    private static byte[] read(TieredChunkStorage storage, String name, long offset, int length) throws Exception {
        byte[] buffer = new byte[length];
        int n = storage.read(ChunkHandle.readHandle(name), offset, length, buffer, 0).get();
        assertEquals(length, n);
        return buffer;
    }

    /** This test's S3 keys without the per-test prefix: "<tier dir>/<chunk name>". */
    private List<String> keys() {
        return s3.keys().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }


    private static void s3Down() throws InterruptedException {
        s3.stop();
        s3Up = false;
    }

    private static void s3UpAgain() throws Exception {
        s3.start();
        s3Up = true;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(25);
        }
    }
}
