package edgebuffer.verify;

import java.util.List;

/**
 * Outcome of reading every stream back: every acknowledged frame must be there, in order, intact.
 *
 * @param eventsAcked    frames the writers saw acknowledged
 * @param eventsVerified acknowledged frames found with the same content, in order
 * @param eventsLost     acknowledged frames missing or corrupt
 * @param problems       one line per stream that failed, empty when all is well
 */
public record IntegrityReport(long eventsAcked, long eventsVerified, long eventsLost, List<String> problems) {

    public boolean ok() {
        return eventsLost == 0 && problems.isEmpty() && eventsVerified == eventsAcked;
    }
}
