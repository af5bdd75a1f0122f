package edgebuffer.tier;

import io.pravega.segmentstore.storage.chunklayer.BaseChunkStorage;
import io.pravega.segmentstore.storage.chunklayer.ChunkHandle;
import io.pravega.segmentstore.storage.chunklayer.ChunkInfo;
import io.pravega.segmentstore.storage.chunklayer.ChunkNotFoundException;
import io.pravega.segmentstore.storage.chunklayer.ChunkStorageException;
import io.pravega.segmentstore.storage.chunklayer.ConcatArgument;

import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pravega's view of the GEDS tier: a chunk storage whose chunks live on local disk first and in S3 behind
 * (see {@link GedsTier}). One instance per segment container, all sharing the tier of their directory.
 *
 * <p>Declared capabilities, and why:
 * <ul>
 *   <li>{@code supportsAppend = false}: S3 objects are immutable, so appending to a chunk that is already
 *       uploaded would mean re-uploading the whole object on every append (quadratic traffic under the
 *       eager policy) or downloading it first (impossible during an outage). Without append, Pravega writes
 *       every flush as a new chunk with {@code createWithContent}, as it does on its own S3 storage: every
 *       chunk is sealed at birth, an upload never races a write, and the chunk layout equals the baseline
 *       S3 run's, so the comparison measures the tier rather than a different chunk pattern.</li>
 *   <li>{@code supportsConcat = false}: a concat could span a local and a remote chunk; Pravega then merges
 *       segments by joining chunk lists in its metadata, which moves no data.</li>
 *   <li>{@code supportsTruncation = false}: as on S3; Pravega truncates segments by deleting whole chunks,
 *       which removes them from both tiers.</li>
 * </ul>
 */
public final class TieredChunkStorage extends BaseChunkStorage {
    private final GedsTier tier;
    private final boolean releaseTierOnClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A storage over a tier that the caller owns and closes. */
    public TieredChunkStorage(GedsTier tier, Executor executor) {
        this(tier, executor, false);
    }

    TieredChunkStorage(GedsTier tier, Executor executor, boolean releaseTierOnClose) {
        super(executor);
        this.tier = tier;
        this.releaseTierOnClose = releaseTierOnClose;
    }

    /** This tier's counters (shared by every container using the same local directory). */
    public TierSnapshot snapshot() {
        return tier.snapshot();
    }

    @Override
    public boolean supportsTruncation() {
        return false;
    }

    @Override
    public boolean supportsAppend() {
        return false;
    }

    @Override
    public boolean supportsConcat() {
        return false;
    }

    @Override
    protected ChunkInfo doGetInfo(String chunkName) throws ChunkStorageException {
        return ChunkInfo.builder().name(chunkName).length(tier.length(chunkName)).build();
    }

    @Override
    protected ChunkHandle doCreate(String chunkName) {
        throw new UnsupportedOperationException("GEDS tier chunks are immutable: create them with content");
    }

    @Override
    protected ChunkHandle doCreateWithContent(String chunkName, int size, InputStream data) throws ChunkStorageException {
        tier.write(chunkName, size, data);
        return ChunkHandle.writeHandle(chunkName);
    }

    @Override
    protected boolean checkExists(String chunkName) throws ChunkStorageException {
        return tier.exists(chunkName);
    }

    @Override
    protected void doDelete(ChunkHandle handle) throws ChunkStorageException {
        tier.delete(handle.getChunkName());
    }

    @Override
    protected ChunkHandle doOpenRead(String chunkName) throws ChunkStorageException {
        requireExists(chunkName);
        return ChunkHandle.readHandle(chunkName);
    }

    @Override
    protected ChunkHandle doOpenWrite(String chunkName) throws ChunkStorageException {
        requireExists(chunkName);
        return ChunkHandle.writeHandle(chunkName);
    }

    private void requireExists(String chunkName) throws ChunkStorageException {
        if (!tier.exists(chunkName)) {
            throw new ChunkNotFoundException(chunkName, "not in the GEDS tier");
        }
    }

    @Override
    protected int doRead(ChunkHandle handle, long fromOffset, int length, byte[] buffer, int bufferOffset)
            throws ChunkStorageException {
        return tier.read(handle.getChunkName(), fromOffset, length, buffer, bufferOffset);
    }

    @Override
    protected int doWrite(ChunkHandle handle, long offset, int length, InputStream data) {
        throw new UnsupportedOperationException("GEDS tier chunks are immutable: no append");
    }

    @Override
    protected int doConcat(ConcatArgument[] chunks) {
        throw new UnsupportedOperationException("GEDS tier does not concatenate chunks");
    }

    /** Chunks are immutable already; nothing to change. */
    @Override
    protected void doSetReadOnly(ChunkHandle handle, boolean isReadOnly) {
    }

    @Override
    protected long doGetUsedSpace(OperationContext opContext) {
        return tier.snapshot().localBytes();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            super.close();
            if (releaseTierOnClose) {
                tier.release();
            }
        }
    }
}
