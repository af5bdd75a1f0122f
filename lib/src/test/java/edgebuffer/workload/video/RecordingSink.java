package edgebuffer.workload.video;

import java.util.ArrayList;
import java.util.List;

/** Test sink: remembers every frame with its capture time and the thread that delivered it. */
final class RecordingSink implements FrameSink {

    record Delivery(EncodedFrame frame, long captureEpochNanos, String thread) {
    }

    private final List<Delivery> deliveries = new ArrayList<>();

    @Override
    public synchronized void accept(EncodedFrame frame, long captureEpochNanos) {
        deliveries.add(new Delivery(frame, captureEpochNanos, Thread.currentThread().getName()));
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    synchronized long totalBytes() {
        return deliveries.stream().mapToLong(d -> d.frame().size()).sum();
    }
}
