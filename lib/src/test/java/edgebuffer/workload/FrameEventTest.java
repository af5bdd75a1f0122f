package edgebuffer.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class FrameEventTest {

    @Test
    void roundTripKeepsPayloadFlagsAndCaptureTime() {
        FrameEvent frame = new FrameEvent(new byte[] {0, 0, 0, 1, 0x65, 7}, true, false, 1_764_880_201_123_456_789L);
        FrameEvent back = FrameEvent.decode(frame.encode());
        assertArrayEquals(frame.payload(), back.payload());
        assertTrue(back.keyFrame());
        assertEquals(frame.captureEpochNanos(), back.captureEpochNanos());
    }

    @Test
    void layoutIsGstreamerPravegasHeaderAfterPravegasOwnTypeAndLength() {
        ByteBuffer encoded = new FrameEvent(new byte[] {9}, true, true, 1_000L).encode();
        assertEquals(FrameEvent.HEADER_BYTES + 1, encoded.remaining());
        assertEquals(0b111, encoded.getInt(0), "index, random-access and discontinuity bits");
        assertEquals(1_000L + 37_000_000_000L, encoded.getLong(4), "timestamp is TAI nanoseconds");
        assertEquals(9, encoded.get(12));
    }

    @Test
    void checksumDiffersWhenOnlyTheTimestampDiffers() {
        byte[] same = {1, 2, 3};
        assertNotEquals(FrameEvent.checksum(new FrameEvent(same, false, false, 1).encode()),
                FrameEvent.checksum(new FrameEvent(same, false, false, 2).encode()));
    }

    @Test
    void oversizedFrameIsRefusedWithAHint() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new FrameEvent(new byte[FrameEvent.MAX_PAYLOAD_BYTES + 1], false, false, 0).encode());
        assertTrue(e.getMessage().contains("--video-bitrate"));
    }
}
