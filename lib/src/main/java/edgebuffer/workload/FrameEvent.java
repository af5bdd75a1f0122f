package edgebuffer.workload;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * One video frame as a Pravega event, in gstreamer-pravega's byte-stream framing.
 *
 * <p>gstreamer-pravega frames each buffer as {@code type_code(0) | length | flags | TAI timestamp |
 * payload}; its first two fields are exactly what Pravega's event writer puts before every event.
 * So writing {@code flags | TAI timestamp | payload} as an event of a one-segment stream leaves
 * bytes in the segment that gstreamer-pravega's {@code pravegasrc} can read, while we keep the
 * event writer's per-event acknowledgement.
 *
 * <p>Layout of the event body (big-endian): 4 bytes reserved + flags (bit 0 include in index,
 * bit 1 random access = key frame, bit 2 discontinuity), 8 bytes nanoseconds since 1970 TAI, payload.
 */
public record FrameEvent(byte[] payload, boolean keyFrame, boolean discontinuity, long captureEpochNanos) {

    /** TAI is 37 s ahead of UTC since 2017 (the original's reader subtracts the same 37 s). */
    public static final long TAI_MINUS_UTC_NANOS = 37_000_000_000L;
    public static final int HEADER_BYTES = 12;
    /** Pravega's largest atomic event is 8 MiB including its own 8-byte header. */
    public static final int MAX_PAYLOAD_BYTES = 8 * 1024 * 1024 - 8 - HEADER_BYTES;

    private static final int INCLUDE_IN_INDEX = 0b001;
    private static final int RANDOM_ACCESS = 0b010;
    private static final int DISCONTINUITY = 0b100;

    public ByteBuffer encode() {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("a frame of " + payload.length + " bytes exceeds Pravega's "
                    + MAX_PAYLOAD_BYTES + "-byte event limit; lower --video-bitrate or raise --video-fps");
        }
        int flags = (keyFrame ? INCLUDE_IN_INDEX | RANDOM_ACCESS : 0) | (discontinuity ? DISCONTINUITY : 0);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        buffer.putInt(flags);
        buffer.putLong(captureEpochNanos + TAI_MINUS_UTC_NANOS);
        buffer.put(payload);
        return buffer.flip();
    }

    public static FrameEvent decode(ByteBuffer event) {
        ByteBuffer b = event.duplicate();
        if (b.remaining() < HEADER_BYTES) {
            throw new IllegalArgumentException("event of " + b.remaining() + " bytes is shorter than the frame header");
        }
        int flags = b.getInt();
        long captureUtc = b.getLong() - TAI_MINUS_UTC_NANOS;
        byte[] payload = new byte[b.remaining()];
        b.get(payload);
        return new FrameEvent(payload, (flags & RANDOM_ACCESS) != 0, (flags & DISCONTINUITY) != 0, captureUtc);
    }

    /** Checksum of the whole encoded event (header included, so replayed frames still differ). */
    public static long checksum(ByteBuffer encoded) {
        CRC32 crc = new CRC32();
        crc.update(encoded.duplicate());
        return crc.getValue();
    }
}
