package edgebuffer.workload.video;

/** GStreamer (or one of the plugins the pipelines need) is not installed; the message says what to install. */
public final class GstUnavailableException extends IllegalStateException {

    GstUnavailableException(String message) {
        super(message);
    }
}
