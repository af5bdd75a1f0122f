package edgebuffer.experiment;

import edgebuffer.analysis.Run;
import edgebuffer.tier.TierSnapshot;
import edgebuffer.verify.IntegrityReport;
import java.util.Locale;
import java.util.Optional;

/** The few lines a user reads at the end of a run (also the run folder's summary.md). */
final class Summary {

    /** MB means 2^20 bytes throughout the toolkit, as in --cache-mb. */
    private static final double MB = Run.MIB;

    private Summary() {
    }

    static String of(RunFolder folder, ExperimentOptions o, BufferSizes sizes, String stackKind, OutageFigures f,
                     IntegrityReport integrity, Optional<TierSnapshot> tier) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "# Run %s%n%n", folder.runId()));
        s.append(String.format(Locale.ROOT, "- %s on the %s stack: %d writer(s), %dx%d@%d, %d kbit/s each; cache %d MB%s%n",
                o.mode(), stackKind, o.writers, o.videoWidth, o.videoHeight, o.videoFps, o.videoBitrateKbps, sizes.cacheMb(),
                o.geds ? String.format(Locale.ROOT, ", GEDS tier %d MB (%s)", sizes.tierMb(), o.gedsPolicy) : ""));
        s.append(String.format(Locale.ROOT, "- ingest before the outage: %.2f MB/s acknowledged%n", f.rateBeforeBytesPerSecond() / MB));
        s.append(String.format(Locale.ROOT, "- outage of %d s: %s%n", o.outageSeconds, stallLine(o, sizes, f)));
        s.append(String.format(Locale.ROOT, "- accepted during the outage: %.1f MB%n", f.bytesAcceptedDuringOutage() / MB));
        s.append("- recovery: ").append(f.recoverySeconds() == null
                ? "ingest did not come back to half its earlier rate during the cool-down"
                : String.format(Locale.ROOT, "ingest back to normal %.0f s after long-term storage returned", f.recoverySeconds())).append('\n');
        tier.ifPresent(t -> s.append(String.format(Locale.ROOT,
                "- tier at the end: %.1f MB local, %.1f MB waiting for upload, %.1f MB uploaded, %d upload errors%n",
                t.localBytes() / MB, t.pendingUploadBytes() / MB, t.uploadedBytes() / MB, t.uploadErrors())));
        s.append(String.format(Locale.ROOT, "- integrity: %d of %d acknowledged frames read back intact through Pravega%s, %d lost%s%n",
                integrity.eventsVerified(), integrity.eventsAcked(),
                integrity.eventsInLongTermStorage() == null ? ""
                        : String.format(Locale.ROOT, ", %d found intact in long-term storage's objects", integrity.eventsInLongTermStorage()),
                integrity.eventsLost(),
                integrity.ok() ? "" : " - FAILED: " + String.join("; ", integrity.problems())));
        return s.toString();
    }

    private static String stallLine(ExperimentOptions o, BufferSizes sizes, OutageFigures f) {
        Double predicted = f.predictedStallAfterSeconds();
        String prediction = predicted == null ? "no prediction (nothing was ingested)"
                : String.format(Locale.ROOT, "predicted %.1f s = %s / %.2f MB/s", predicted, bufferFormula(o, sizes),
                        f.rateBeforeBytesPerSecond() / MB);
        if (f.stallAfterSeconds() == null) {
            return "ingest never stalled (" + prediction + ")";
        }
        String nearness = predicted == null || predicted == 0 ? ""
                : String.format(Locale.ROOT, ", %.0f%% of the prediction", 100.0 * f.stallAfterSeconds() / predicted);
        return String.format(Locale.ROOT, "ingest stalled %.0f s after long-term storage went away (%s%s)",
                f.stallAfterSeconds(), prediction, nearness);
    }

    private static String bufferFormula(ExperimentOptions o, BufferSizes sizes) {
        String cache = String.format(Locale.ROOT, "0.8 x %d MB cache", sizes.cacheMb());
        return o.geds ? "(" + cache + " + " + sizes.tierMb() + " MB tier)" : cache;
    }
}
