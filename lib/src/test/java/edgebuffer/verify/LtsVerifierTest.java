package edgebuffer.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.FrameEvent;
import edgebuffer.workload.WrittenFrames;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LTS check on chunk files laid out as Pravega names them, with overlaps, gaps and damage. */
class LtsVerifierTest {

    private static final BenchmarkStream STREAM = new BenchmarkStream("benchmark1", "latency");

    @TempDir
    Path root;

    private final WrittenFrames sent = new WrittenFrames();
    private byte[] segment;

    @BeforeEach
    void tenFramesWrittenAndAcknowledged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 10; i++) {
            byte[] payload = new byte[100 + i];
            Arrays.fill(payload, (byte) i);
            ByteBuffer event = new FrameEvent(payload, i == 0, i == 0, 1_000L * i).encode();
            int index = sent.add(FrameEvent.checksum(event), event.remaining());
            sent.markAcked(index);
            ByteBuffer framing = ByteBuffer.allocate(8).putInt(0).putInt(event.remaining()).flip();
            bytes.write(framing.array());
            bytes.write(event.array(), 0, event.remaining());
        }
        segment = bytes.toByteArray();
        Files.createDirectories(root.resolve("benchmark1/latency"));
    }

    @Test
    void everyFrameIsFoundWhenChunksCoverTheSegmentEvenWithOverlaps() throws Exception {
        chunk(0, 500);
        chunk(300, 900);                       // overlaps the first: same bytes, skipped
        chunk(900, segment.length);
        attributeIndex();                      // not data: ignored
        IntegrityReport report = verify();
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(10, report.eventsVerified());
    }

    @Test
    void aGapLosesTheFramesAfterIt() throws Exception {
        chunk(0, 400);
        chunk(600, segment.length);
        IntegrityReport report = verify();
        assertFalse(report.ok());
        assertTrue(report.eventsLost() > 0);
        assertTrue(report.problems().get(0).contains("missing"), report.problems().toString());
    }

    @Test
    void aDamagedByteIsNamedAsTheFrameItBelongsTo() throws Exception {
        segment[8 + 12 + 5] ^= 1;              // inside the first frame's payload
        chunk(0, segment.length);
        IntegrityReport report = verify();
        assertFalse(report.ok());
        assertTrue(report.problems().get(0).contains("frame 0 differs"), report.problems().toString());
    }

    private IntegrityReport verify() throws Exception {
        return LtsVerifier.verify(new DirectoryChunkSource(root), STREAM, sent, Duration.ZERO);
    }

    private void chunk(int from, int to) throws Exception {
        Files.write(root.resolve("benchmark1/latency/0.#epoch.0.E-1-O-" + from + "." + UUID.randomUUID()),
                Arrays.copyOfRange(segment, from, to));
    }

    private void attributeIndex() throws Exception {
        Files.write(root.resolve("benchmark1/latency/0.#epoch.0$attributes.index.E-1-O-0." + UUID.randomUUID()), new byte[] {1, 2, 3});
    }
}
