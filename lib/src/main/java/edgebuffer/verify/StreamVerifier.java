package edgebuffer.verify;

import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.FrameEvent;
import edgebuffer.workload.HeadReader;
import edgebuffer.workload.WrittenFrames;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a stream back from its first event and checks it against what its writer sent: every
 * acknowledged frame must be there, in order, with the same checksum.
 */
public final class StreamVerifier {

    /** A stream that delivers nothing for this long is taken to be at its end. */
    private static final long QUIET_MILLIS = 15_000;

    private StreamVerifier() {
    }

    public static IntegrityReport verify(URI controller, BenchmarkStream stream, WrittenFrames sent) {
        int expected = sent.size();
        long acked = sent.ackedCount();
        long verified = 0;
        List<String> problems = new ArrayList<>();
        try (HeadReader reader = new HeadReader(controller, stream, "verify")) {
            int position = 0;
            while (position < expected) {
                ByteBuffer event = reader.next(QUIET_MILLIS);
                if (event == null) {
                    break;
                }
                long checksum = FrameEvent.checksum(event);
                if (checksum != sent.checksum(position)) {
                    problems.add(stream.qualifiedName() + ": frame " + position + " differs from what was written");
                    break;
                }
                if (sent.acked(position)) {
                    verified++;
                }
                position++;
            }
            if (position < expected && problems.isEmpty()) {
                long missingAcked = countAckedFrom(sent, position);
                if (missingAcked > 0) {
                    problems.add(stream.qualifiedName() + ": " + missingAcked + " acknowledged frames missing from frame "
                            + position + " on");
                }
            }
        }
        return new IntegrityReport(acked, verified, acked - verified, problems);
    }

    private static long countAckedFrom(WrittenFrames sent, int from) {
        long n = 0;
        for (int i = from; i < sent.size(); i++) {
            if (sent.acked(i)) {
                n++;
            }
        }
        return n;
    }

    /** Adds up per-stream reports. */
    public static IntegrityReport combine(List<IntegrityReport> reports) {
        long acked = 0;
        long verified = 0;
        long lost = 0;
        List<String> problems = new ArrayList<>();
        for (IntegrityReport r : reports) {
            acked += r.eventsAcked();
            verified += r.eventsVerified();
            lost += r.eventsLost();
            problems.addAll(r.problems());
        }
        return new IntegrityReport(acked, verified, lost, problems);
    }
}
