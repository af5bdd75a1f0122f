package edgebuffer.tier;

import io.pravega.segmentstore.storage.chunklayer.ChunkStorageFullException;

/**
 * The local tier has no room and nothing can be evicted, because every local byte still waits for S3.
 *
 * <p>It extends Pravega's {@link ChunkStorageFullException}, the type Pravega's own file-system chunk
 * storage raises on "no space left on device": {@code ChunkedSegmentStorage} turns it into a
 * {@code StorageFullException}, which the segment store's StorageWriter does not count as critical
 * (only ServiceHalt / StorageNotPrimary / DataLogWriterNotPrimary are), so it logs, sleeps
 * {@code writer.error.sleep.milliseconds} and retries the same flush. The data stays in Pravega's cache
 * and durable log meanwhile, so ingestion throttles instead of failing, and resumes when room comes back.
 */
public final class GedsTierFullException extends ChunkStorageFullException {
    GedsTierFullException(String message) {
        super(message);
    }
}
