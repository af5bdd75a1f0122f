package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cluster read-back's estimate of events lost from the bytes missing (the check is byte-level). */
class PodWorkloadTest {

    @Test
    void eventsLostAreTheMissingBytesOverTheMeanEventSize() {
        assertEquals(0, PodWorkload.eventsIn(0, 10_000, 10), "nothing missing, nothing lost");
        assertEquals(3, PodWorkload.eventsIn(3_000, 10_000, 10), "1000-byte events, 3000 bytes missing");
        assertEquals(4, PodWorkload.eventsIn(3_001, 10_000, 10), "a partial event counts as lost");
        assertEquals(1, PodWorkload.eventsIn(5, 10_000, 10), "any missing byte is at least one event");
        assertEquals(1, PodWorkload.eventsIn(50_000, 0, 0), "nothing read back: at least one, the size is unknown");
    }
}
