package edgebuffer.analysis;

/** Where a moment falls relative to the outage: before "Pause Time", until "Resume Time", after. */
public enum Phase {
    BEFORE("before"), DURING("during"), AFTER("after");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @param t seconds since "Start Time" */
    public static Phase of(double t, Timestamps timestamps) {
        if (t < timestamps.outageStartSeconds()) {
            return BEFORE;
        }
        return t < timestamps.outageEndSeconds() ? DURING : AFTER;
    }
}
