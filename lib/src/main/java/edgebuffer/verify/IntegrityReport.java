package edgebuffer.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of reading every stream back: every acknowledged frame must be there, in order, intact.
 *
 * @param eventsAcked             frames the writers saw acknowledged
 * @param eventsVerified          acknowledged frames read back through Pravega with the same content, in order
 * @param eventsLost              acknowledged frames missing or corrupt
 * @param problems                one line per stream that failed, empty when all is well
 * @param eventsInLongTermStorage acknowledged frames found intact in LTS's raw chunks; null when the
 *                                stack cannot read LTS without Pravega
 */
public record IntegrityReport(long eventsAcked, long eventsVerified, long eventsLost, List<String> problems,
                              Long eventsInLongTermStorage) {

    public IntegrityReport(long eventsAcked, long eventsVerified, long eventsLost, List<String> problems) {
        this(eventsAcked, eventsVerified, eventsLost, problems, null);
    }

    public boolean ok() {
        return eventsLost == 0 && problems.isEmpty() && eventsVerified == eventsAcked
                && (eventsInLongTermStorage == null || eventsInLongTermStorage == eventsAcked);
    }

    /** This read-back through Pravega, with the same frames checked in long-term storage's chunks. */
    public IntegrityReport withLongTermStorage(IntegrityReport lts) {
        List<String> all = new ArrayList<>(problems);
        all.addAll(lts.problems());
        long lost = Math.max(eventsLost, lts.eventsLost());
        return new IntegrityReport(eventsAcked, eventsVerified, lost, all, lts.eventsVerified());
    }
}
