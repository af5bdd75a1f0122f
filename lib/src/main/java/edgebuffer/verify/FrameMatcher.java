package edgebuffer.verify;

import edgebuffer.workload.FrameEvent;
import edgebuffer.workload.WrittenFrames;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the events read back from a stream, in order, with what its writer sent: the check shared
 * by the read-back through Pravega and the read of long-term storage's raw chunks.
 */
final class FrameMatcher {

    private final String where;
    private final WrittenFrames sent;
    private final List<String> problems = new ArrayList<>();
    private int position;
    private long verified;

    FrameMatcher(String where, WrittenFrames sent) {
        this.where = where;
        this.sent = sent;
    }

    boolean wantsMore() {
        return position < sent.size() && problems.isEmpty();
    }

    /** Takes the next event read; false (and a problem noted) when it is not the frame sent at that position. */
    boolean next(ByteBuffer event) {
        if (FrameEvent.checksum(event) != sent.checksum(position)) {
            problems.add(where + ": frame " + position + " differs from what was written");
            return false;
        }
        if (sent.acked(position)) {
            verified++;
        }
        position++;
        return true;
    }

    void problem(String message) {
        problems.add(where + ": " + message);
    }

    IntegrityReport report() {
        if (problems.isEmpty()) {
            long missing = 0;
            for (int i = position; i < sent.size(); i++) {
                if (sent.acked(i)) {
                    missing++;
                }
            }
            if (missing > 0) {
                problems.add(where + ": " + missing + " acknowledged frames missing from frame " + position + " on");
            }
        }
        long acked = sent.ackedCount();
        return new IntegrityReport(acked, verified, acked - verified, List.copyOf(problems));
    }
}
