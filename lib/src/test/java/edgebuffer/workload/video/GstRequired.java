package edgebuffer.workload.video;

import static org.junit.jupiter.api.Assertions.fail;

/** GStreamer tests fail (never skip) without GStreamer, and say what to install. */
final class GstRequired {

    private GstRequired() {
    }

    static void check() {
        GstRuntime.unavailableReason().ifPresent(reason -> fail("this test needs GStreamer: " + reason
                + " (CI: apt-get install -y " + GstRuntime.APT_PACKAGES + ")"));
    }
}
