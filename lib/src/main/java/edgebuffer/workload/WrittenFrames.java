package edgebuffer.workload;

import java.util.Arrays;

/**
 * The frames one writer sent, in order: checksum and whether Pravega acknowledged it.
 * Appended by the source thread, acknowledged from client threads.
 */
public final class WrittenFrames {

    /** Pravega's event framing before each event body in the segment: type code and length. */
    public static final int EVENT_FRAMING_BYTES = 8;

    private long[] checksums = new long[1024];
    private int[] sizes = new int[1024];
    private boolean[] acked = new boolean[1024];
    private int size;

    public synchronized int add(long checksum, int eventBytes) {
        if (size == checksums.length) {
            checksums = Arrays.copyOf(checksums, size * 2);
            sizes = Arrays.copyOf(sizes, size * 2);
            acked = Arrays.copyOf(acked, size * 2);
        }
        checksums[size] = checksum;
        sizes[size] = eventBytes;
        return size++;
    }

    public synchronized void markAcked(int index) {
        acked[index] = true;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized long checksum(int index) {
        return checksums[index];
    }

    public synchronized boolean acked(int index) {
        return acked[index];
    }

    /** Bytes the acknowledged frames take in the segment, framing included. */
    public synchronized long ackedSegmentBytes() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (acked[i]) {
                n += EVENT_FRAMING_BYTES + sizes[i];
            }
        }
        return n;
    }

    public synchronized long ackedCount() {
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (acked[i]) {
                n++;
            }
        }
        return n;
    }
}
