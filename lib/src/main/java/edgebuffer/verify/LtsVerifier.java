package edgebuffer.verify;

import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.WrittenFrames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Checks a stream in long-term storage itself, without Pravega: rebuilds its segment from the
 * chunk objects and walks the events (Pravega's framing: type code 0, length, body) against what
 * the writer sent. This is the proof that what was acknowledged during the outage reached LTS.
 */
public final class LtsVerifier {

    private static final int EVENT_TYPE_CODE = 0;
    private static final Duration POLL = Duration.ofSeconds(2);

    private LtsVerifier() {
    }

    /**
     * @param flushWait how long to wait for Pravega to move the last acknowledged bytes to LTS
     *                  (it flushes on size or on its time threshold)
     */
    public static IntegrityReport verify(ChunkSource lts, BenchmarkStream stream, WrittenFrames sent, Duration flushWait)
            throws IOException, InterruptedException {
        FrameMatcher matcher = new FrameMatcher("long-term storage " + stream.qualifiedName(), sent);
        long expected = sent.ackedSegmentBytes();
        long deadline = System.nanoTime() + flushWait.toNanos();
        LtsSegment segment = LtsSegment.list(lts, stream.scope(), stream.stream());
        while (segment.contiguousLength() < expected && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            segment = LtsSegment.list(lts, stream.scope(), stream.stream());
        }
        ByteBuffer bytes = ByteBuffer.wrap(segment.read());
        while (matcher.wantsMore() && bytes.remaining() >= WrittenFrames.EVENT_FRAMING_BYTES) {
            int type = bytes.getInt();
            int length = bytes.getInt();
            if (type != EVENT_TYPE_CODE || length < 0) {
                matcher.problem("unreadable event at segment offset " + (bytes.position() - WrittenFrames.EVENT_FRAMING_BYTES));
                break;
            }
            if (length > bytes.remaining()) {
                break; // the segment ends (or has a gap) inside this event: the rest counts as missing
            }
            ByteBuffer body = bytes.slice(bytes.position(), length);
            bytes.position(bytes.position() + length);
            if (!matcher.next(body)) {
                break;
            }
        }
        return matcher.report();
    }
}
