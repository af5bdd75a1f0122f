package edgebuffer.verify;

import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.HeadReader;
import edgebuffer.workload.WrittenFrames;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a stream back through Pravega from its first event and checks it against what its writer
 * sent: every acknowledged frame must be there, in order, with the same checksum.
 */
public final class StreamVerifier {

    /** A stream that delivers nothing for this long is taken to be at its end. */
    private static final long QUIET_MILLIS = 15_000;

    private StreamVerifier() {
    }

    public static IntegrityReport verify(URI controller, BenchmarkStream stream, WrittenFrames sent) {
        FrameMatcher matcher = new FrameMatcher(stream.qualifiedName(), sent);
        try (HeadReader reader = new HeadReader(controller, stream, "verify")) {
            while (matcher.wantsMore()) {
                ByteBuffer event = reader.next(QUIET_MILLIS);
                if (event == null || !matcher.next(event)) {
                    break;
                }
            }
        }
        return matcher.report();
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
