package edgebuffer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown table of a set of runs: one row per run, the buffering numbers and latency per phase. */
public final class SummaryTable {

    private static final String HEADER =
            "| run | mode | stack | cache MB | tier MB | rate MB/s | stall after s | predicted s | MB during outage "
            + "| recovery s | drain s | lost events | p50/p99 ms before | p50/p99 ms during | p50/p99 ms after |";

    private SummaryTable() {
    }

    public static String markdown(List<RunMetrics> runs) {
        StringBuilder md = new StringBuilder(HEADER).append('\n');
        md.append("|---".repeat(15)).append("|\n");
        List<String> notes = new ArrayList<>();
        for (RunMetrics m : runs) {
            md.append("| ").append(String.join(" | ", List.of(
                    m.runId(), m.mode(), m.stack(),
                    m.cacheBytes() == null ? "-" : number(m.cacheBytes() / Run.MIB, 0),
                    m.tierCapacityBytes() == 0 ? "-" : number(m.tierCapacityBytes() / Run.MIB, 0),
                    number(m.rateBeforeOutage() / Run.MIB, 2),
                    m.survivedOutage() ? "never (outage " + number(m.outageSeconds(), 0) + " s)" : number(m.stallAfterSeconds(), 1),
                    m.predictedStallAfterSeconds() == null ? "-" : number(m.predictedStallAfterSeconds(), 1),
                    number(m.bytesAcceptedDuringOutage() / Run.MIB, 1),
                    m.recoverySeconds() == null ? "never" : number(m.recoverySeconds(), 1),
                    m.drainSeconds() == null ? (m.mode().equals("geds") ? "never" : "-") : number(m.drainSeconds(), 1),
                    m.eventsLost() == null ? "-" : String.valueOf(m.eventsLost()),
                    latency(m.latency(Phase.BEFORE)), latency(m.latency(Phase.DURING)), latency(m.latency(Phase.AFTER)))))
                    .append(" |\n");
            if (m.disagreesWithRunJson()) {
                notes.add("- " + m.runId() + ": run.json says the stall began after " + number(m.reportedStallAfterSeconds(), 1)
                        + " s; measured from ingest.csv: " + (m.stallAfterSeconds() == null ? "never" : number(m.stallAfterSeconds(), 1) + " s") + ".");
            }
        }
        md.append('\n').append("MB = 2^20 bytes. Stall: ingest below ").append(percent(BufferingAnalysis.STALL_FRACTION))
                .append(" of the pre-outage rate until the outage ends; recovery: back to ").append(percent(BufferingAnalysis.RECOVERED_FRACTION))
                .append("; predicted: (0.8 x cache + tier) / rate. Definitions: docs/ANALYSIS.md.\n");
        if (!notes.isEmpty()) {
            md.append("\nDisagreements with run.json:\n");
            notes.forEach(n -> md.append(n).append('\n'));
        }
        return md.toString();
    }

    private static String latency(LatencyPercentiles p) {
        return p.isEmpty() ? "-" : number(p.p50(), 1) + " / " + number(p.p99(), 1);
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
