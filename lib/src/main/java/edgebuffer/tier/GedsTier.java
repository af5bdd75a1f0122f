package edgebuffer.tier;

import io.pravega.segmentstore.storage.chunklayer.ChunkAlreadyExistsException;
import io.pravega.segmentstore.storage.chunklayer.ChunkNotFoundException;
import io.pravega.segmentstore.storage.chunklayer.ChunkStorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * One GEDS tier: a bounded local disk in front of S3, shared by every Pravega container of the process
 * that uses the same local directory (capacity is that of one volume, as in the original experiment).
 *
 * <p>Every chunk is immutable once written (the chunk storage declares no append), so every chunk is
 * "closed" in GEDS's sense from birth and may be uploaded at any time with one PUT. The tier keeps a
 * catalog of the chunks held locally; anything not in it is looked up in S3.
 *
 * <p>Capacity: user chunks may fill {@code capacity - system reserve}; Pravega's own metadata chunks
 * ({@code _system/...}) may use the reserve too, so that metadata and journal writes (which Pravega also
 * exempts from its own "storage full" safe mode) keep going while user data is throttled.
 *
 * <p>All catalog and accounting state is guarded by this object's monitor; disk and S3 I/O happen outside.
 */
public final class GedsTier implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GedsTier.class);
    private static final String SYSTEM_CHUNK_PREFIX = "_system/";
    private static final Map<Path, GedsTier> OPEN = new HashMap<>();

    private enum State { PENDING, QUEUED, UPLOADING, UPLOADED }

    /** A chunk with bytes on the local disk. */
    private static final class LocalChunk {
        final String name;
        final long length;
        long lastAccessNanos = System.nanoTime();
        State state = State.PENDING;
        boolean deleted;
        /** True if an earlier process may have uploaded it (found without marker at start). */
        boolean maybeRemote;

        LocalChunk(String name, long length) {
            this.name = name;
            this.length = length;
        }
    }

    private final GedsConfig config;
    private final LocalTier local;
    private final RemoteTier remote;
    private final Map<String, LocalChunk> catalog = new HashMap<>();
    private final LinkedBlockingDeque<LocalChunk> uploadQueue = new LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private int users;

    // Accounting, guarded by this.
    private long localBytes;
    private long pendingBytes;
    private long uploadedBytes;
    private long uploadErrors;
    private long backoffMillis;
    private long retryNotBeforeNanos;

    /** Opens a tier: scans the local directory and re-queues every chunk not yet in S3. */
    public static GedsTier open(GedsConfig config) throws IOException {
        return new GedsTier(config);
    }

    private GedsTier(GedsConfig config) throws IOException {
        this.config = config;
        this.local = new LocalTier(config.localDir());
        this.remote = new RemoteTier(config);
        recover();
        for (int i = 0; i < config.uploadThreads(); i++) {
            startThread("geds-upload-" + i, this::uploadLoop);
        }
        if (config.policy() == GedsPolicy.SPILL) {
            startThread("geds-spill-monitor", this::monitorLoop);
        }
        log.info("GEDS tier open: {}", config);
    }

    /**
     * The tier for this configuration's local directory, opened on first use and shared by every
     * container; each acquire is matched by one {@link #release()}.
     */
    static GedsTier acquire(GedsConfig config) throws IOException {
        synchronized (OPEN) {
            GedsTier tier = OPEN.get(config.localDir());
            if (tier == null) {
                tier = open(config);
                OPEN.put(config.localDir(), tier);
            }
            tier.users++;
            return tier;
        }
    }

    void release() {
        synchronized (OPEN) {
            if (--users <= 0) {
                OPEN.remove(config.localDir(), this);
                close();
            }
        }
    }

    /**
     * The live tier's counters for the experiment's tier.csv, summed over every open tier of this JVM
     * (normally one, shared by all containers); empty when Pravega runs without the GEDS tier.
     */
    public static Optional<TierSnapshot> current() {
        List<GedsTier> tiers;
        synchronized (OPEN) {
            tiers = new ArrayList<>(OPEN.values());
        }
        return tiers.stream().map(GedsTier::snapshot).reduce((a, b) -> new TierSnapshot(
                a.capacityBytes() + b.capacityBytes(), a.localBytes() + b.localBytes(),
                a.pendingUploadBytes() + b.pendingUploadBytes(), a.uploadedBytes() + b.uploadedBytes(),
                a.uploadErrors() + b.uploadErrors()));
    }

    public synchronized TierSnapshot snapshot() {
        return new TierSnapshot(config.capacityBytes(), localBytes, pendingBytes, uploadedBytes, uploadErrors);
    }

    private void recover() throws IOException {
        int pending = 0;
        for (LocalTier.StoredChunk stored : local.scan()) {
            LocalChunk chunk = new LocalChunk(stored.name(), stored.length());
            synchronized (this) {
                catalog.put(chunk.name, chunk);
                localBytes += chunk.length;
                if (stored.uploaded()) {
                    chunk.state = State.UPLOADED;
                } else {
                    chunk.maybeRemote = true;
                    pendingBytes += chunk.length;
                    pending++;
                    if (config.policy() == GedsPolicy.EAGER) {
                        enqueue(chunk);
                    }
                }
            }
        }
        if (!catalog.isEmpty()) {
            log.info("GEDS tier recovered {} local chunks ({} bytes), {} not yet in S3", catalog.size(), localBytes, pending);
        }
    }

    // ---- chunk operations (called from Pravega's storage threads) ----

    void write(String name, int length, InputStream data) throws ChunkStorageException {
        synchronized (this) {
            if (catalog.containsKey(name)) {
                throw new ChunkAlreadyExistsException(name, "chunk already exists in the GEDS tier");
            }
            reserve(name, length);
        }
        try {
            local.write(name, length, data);
        } catch (IOException e) {
            synchronized (this) {
                localBytes -= length;
            }
            if (e instanceof FileAlreadyExistsException) {
                throw new ChunkAlreadyExistsException(name, "chunk already exists in the GEDS tier", e);
            }
            throw new ChunkStorageException(name, "GEDS local write failed: " + e.getMessage(), e);
        }
        synchronized (this) {
            LocalChunk chunk = new LocalChunk(name, length);
            catalog.put(name, chunk);
            pendingBytes += length;
            if (config.policy() == GedsPolicy.EAGER) {
                enqueue(chunk);
            }
        }
    }

    /** Makes room for a write or refuses it; evicts least recently used cached copies first. */
    private void reserve(String name, long length) throws GedsTierFullException {
        long limit = name.startsWith(SYSTEM_CHUNK_PREFIX)
                ? config.capacityBytes() : config.capacityBytes() - config.systemReserveBytes();
        if (localBytes + length > limit) {
            List<LocalChunk> cached = catalog.values().stream()
                    .filter(c -> c.state == State.UPLOADED)
                    .sorted(Comparator.comparingLong(c -> c.lastAccessNanos))
                    .toList();
            for (LocalChunk victim : cached) {
                if (localBytes + length <= limit) {
                    break;
                }
                evict(victim);
            }
        }
        if (localBytes + length > limit) {
            throw new GedsTierFullException(String.format(
                    "GEDS tier full: %d of %d local bytes in use, %d of them waiting for upload to S3; "
                            + "no room for %d more bytes of chunk %s until uploads free space",
                    localBytes, limit, pendingBytes, length, name));
        }
        localBytes += length;
    }

    /** Drops the local copy of an uploaded chunk; S3 keeps it. Caller holds the monitor. */
    private void evict(LocalChunk chunk) {
        try {
            local.delete(chunk.name);
        } catch (IOException e) {
            log.warn("GEDS tier could not evict {}: {}", chunk.name, e.toString());
            return;
        }
        catalog.remove(chunk.name);
        localBytes -= chunk.length;
    }

    int read(String name, long offset, int length, byte[] buffer, int bufferOffset) throws ChunkStorageException {
        if (touch(name)) {
            try {
                return local.read(name, offset, length, buffer, bufferOffset);
            } catch (IOException e) {
                if (!LocalTier.isMissing(e)) {
                    throw new ChunkStorageException(name, "GEDS local read failed: " + e.getMessage(), e);
                }
                // evicted or deleted meanwhile: S3 has it or nobody has
            }
        }
        return remote.read(name, offset, length, buffer, bufferOffset);
    }

    private synchronized boolean touch(String name) {
        LocalChunk chunk = catalog.get(name);
        if (chunk != null) {
            chunk.lastAccessNanos = System.nanoTime();
        }
        return chunk != null;
    }

    long length(String name) throws ChunkStorageException {
        synchronized (this) {
            LocalChunk chunk = catalog.get(name);
            if (chunk != null) {
                return chunk.length;
            }
        }
        return remote.length(name);
    }

    boolean exists(String name) throws ChunkStorageException {
        synchronized (this) {
            if (catalog.containsKey(name)) {
                return true;
            }
        }
        return remote.exists(name);
    }

    /**
     * Removes the chunk from both tiers and cancels its upload. The local copy goes at once (so the
     * space comes back even while S3 is away); if S3 may hold the chunk and cannot be reached, this
     * throws and Pravega's garbage collector retries the delete, which then finds it in S3 only.
     */
    void delete(String name) throws ChunkStorageException {
        LocalChunk chunk;
        boolean deleteRemote;
        synchronized (this) {
            chunk = catalog.remove(name);
            if (chunk == null) {
                deleteRemote = true;
            } else {
                chunk.deleted = true;
                uploadQueue.remove(chunk);
                localBytes -= chunk.length;
                if (chunk.state != State.UPLOADED) {
                    pendingBytes -= chunk.length;
                }
                // An upload in flight cleans up after itself when it sees the chunk deleted.
                deleteRemote = chunk.state == State.UPLOADED || (chunk.maybeRemote && chunk.state != State.UPLOADING);
            }
        }
        if (chunk != null) {
            try {
                local.delete(name);
            } catch (IOException e) {
                throw new ChunkStorageException(name, "GEDS local delete failed: " + e.getMessage(), e);
            }
        }
        if (deleteRemote) {
            try {
                remote.delete(name);
            } catch (ChunkNotFoundException e) {
                if (chunk == null) {
                    throw e;
                }
            }
        }
    }

    // ---- background work ----

    private void startThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Caller holds the monitor. */
    private void enqueue(LocalChunk chunk) {
        chunk.state = State.QUEUED;
        uploadQueue.addLast(chunk);
    }

    private void uploadLoop() {
        while (running) {
            LocalChunk chunk;
            try {
                waitForBackoff();
                chunk = uploadQueue.take();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (chunk.deleted || chunk.state != State.QUEUED) {
                    continue;
                }
                chunk.state = State.UPLOADING;
            }
            upload(chunk);
        }
    }

    private void upload(LocalChunk chunk) {
        try {
            remote.put(chunk.name, local.readAll(chunk.name));
            local.markUploaded(chunk.name);
        } catch (IOException | RuntimeException e) {
            boolean deleted;
            boolean firstFailure;
            synchronized (this) {
                deleted = chunk.deleted;
                firstFailure = backoffMillis == 0;
                if (!deleted) {
                    uploadErrors++;
                    backoffMillis = backoffMillis == 0 ? config.uploadBackoffMin().toMillis()
                            : Math.min(backoffMillis * 2, config.uploadBackoffMax().toMillis());
                    retryNotBeforeNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoffMillis);
                    chunk.state = State.QUEUED;
                    uploadQueue.addFirst(chunk);
                }
            }
            // One warning per outage, not one per retry: an outage of minutes would otherwise flood the log.
            if (!deleted && firstFailure) {
                log.warn("GEDS upload of {} failed, retrying with backoff up to {} ms until S3 answers: {}",
                        chunk.name, config.uploadBackoffMax().toMillis(), e.toString());
            } else if (!deleted) {
                log.debug("GEDS upload of {} failed again: {}", chunk.name, e.toString());
            }
            return;
        }
        boolean deletedMeanwhile;
        synchronized (this) {
            if (backoffMillis != 0) {
                log.info("GEDS uploads succeed again; {} bytes still waiting", pendingBytes - chunk.length);
            }
            backoffMillis = 0;
            deletedMeanwhile = chunk.deleted;
            if (!deletedMeanwhile) {
                chunk.state = State.UPLOADED;
                pendingBytes -= chunk.length;
                uploadedBytes += chunk.length;
                if (config.policy() == GedsPolicy.SPILL) {
                    evict(chunk); // spilling moves the chunk: GEDS keeps no local copy of what it relocated
                }
            }
        }
        if (deletedMeanwhile) {
            try {
                local.removeMarker(chunk.name);
                remote.delete(chunk.name);
            } catch (IOException e) {
                log.warn("GEDS could not remove {} from S3 after it was deleted during upload: {}", chunk.name, e.toString());
            }
        }
    }

    private void waitForBackoff() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                waitNanos = retryNotBeforeNanos - System.nanoTime();
            }
            if (waitNanos <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    private void monitorLoop() {
        while (running) {
            try {
                Thread.sleep(config.monitorInterval().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            spillIfNeeded();
        }
    }

    /** GEDS's monitor: past spill fraction x capacity, queue least recently used chunks until below it. */
    synchronized void spillIfNeeded() {
        long threshold = (long) (config.spillFraction() * config.capacityBytes());
        long inFlight = 0;
        for (LocalChunk chunk : catalog.values()) {
            if (chunk.state == State.QUEUED || chunk.state == State.UPLOADING) {
                inFlight += chunk.length;
            }
        }
        long excess = localBytes - inFlight - threshold;
        if (excess <= 0) {
            return;
        }
        List<LocalChunk> candidates = catalog.values().stream()
                .filter(c -> c.state == State.PENDING)
                .sorted(Comparator.comparingLong(c -> c.lastAccessNanos))
                .toList();
        for (LocalChunk chunk : candidates) {
            if (excess <= 0) {
                break;
            }
            enqueue(chunk);
            excess -= chunk.length;
        }
    }

    /** Stops the background threads; touches nothing on disk, so closing is the same as a crash for recovery. */
    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        remote.close();
        log.info("GEDS tier closed: {}", snapshot());
    }
}
