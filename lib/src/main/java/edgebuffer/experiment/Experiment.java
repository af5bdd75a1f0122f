package edgebuffer.experiment;

import edgebuffer.analysis.Timestamps;
import edgebuffer.stack.Stack;
import edgebuffer.verify.IntegrityReport;
import edgebuffer.workload.IngestCounters;
import edgebuffer.workload.Workload;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeline every run follows, on any stack: warm-up, long-term storage outage, cool-down,
 * integrity check; it fills the run folder (docs/RUN-FOLDER.md). It knows nothing of Kubernetes or
 * processes: it asks the {@link Stack} for "LTS down" / "LTS up" and the {@link Workload} for counters.
 */
public final class Experiment {

    private final ExperimentOptions options;
    private final Stack stack;
    private final Workload workload;
    private final RunFolder folder;
    private final PrintStream out;
    private volatile String phase = "warmup";

    /** Creates the run folder under {@code options.logs}. */
    public Experiment(ExperimentOptions options, Stack stack, Workload workload) throws java.io.IOException {
        this(options, stack, workload, RunFolder.create(options.logs, options.mode()), System.out);
    }

    public Experiment(ExperimentOptions options, Stack stack, Workload workload, RunFolder folder, PrintStream out) {
        this.options = options;
        this.stack = stack;
        this.workload = workload;
        this.folder = folder;
        this.out = out;
    }


    public RunOutcome run() throws Exception {
        Progress progress = new Progress(out);
        BufferSizes sizes = BufferSizes.of(stack, options);
        workload.prepare(stack.controllerUri());
        Instant start = Instant.now();
        Instant pause;
        Instant resume;
        IntegrityReport integrity;
        OutageFigures figures;
        Instant end;
        try (IngestRecorder recorder = new IngestRecorder(folder, workload, stack, options.writers, start, () -> phase)) {
            // sampling starts at "Start Time", before writers and readers (a replay encode, reader groups)
            // take their few seconds, so row k of ingest.csv really is second k after it
            recorder.start();
            workload.start(stack.controllerUri(), start);
            progress.event("Writers started at " + clock(start) + ": " + options.writers + " stream(s), "
                    + options.readersPerStream + " reader(s) per stream");
            hold("warmup", options.warmupSeconds, recorder, progress, options.outageSeconds + options.cooldownSeconds);
            pause = Instant.now();
            phase = "outage";
            stack.ltsDown();
            progress.event("Long-term storage unavailable at " + clock(pause));
            hold("outage", options.outageSeconds, recorder, progress, options.cooldownSeconds);
            stack.ltsUp();
            resume = Instant.now();
            phase = "cooldown";
            progress.event("Long-term storage available at " + clock(resume));
            hold("cooldown", options.cooldownSeconds, recorder, progress, 0);
            progress.done();
            out.println("Stopping writers (waiting for every sent frame to be acknowledged) ...");
            workload.stopWriters();
            end = Instant.now();
            recorder.close();
            figures = OutageFigures.measure(recorder.totals(), new Timestamps(start, pause, resume, end),
                    sizes.cacheBytes(), sizes.tierCapacityBytes());
        }
        workload.stopReaders(folder.readersDir());
        out.println("Reading every stream back, through Pravega and from long-term storage's own objects, "
                + "to check every acknowledged frame ...");
        integrity = workload.verify(stack.controllerUri(), stack.longTermStorage());
        folder.writeTimestamps(start, pause, resume, end);
        Map<String, Object> run = runJson(sizes, figures, pause, resume, integrity);
        folder.writeRunJson(run);
        String summary = Summary.of(folder, options, sizes, stack.kind(), figures, integrity, stack.tier());
        folder.writeSummary(summary);
        out.println();
        out.println("Run folder: " + folder.path());
        out.print(summary);
        return new RunOutcome(folder.path(), integrity.ok(), summary);
    }

    /** Waits out one phase, showing progress every second. */
    private void hold(String name, int seconds, IngestRecorder recorder, Progress progress, int afterwards)
            throws InterruptedException {
        Instant phaseStart = Instant.now();
        for (int s = 1; s <= seconds; s++) {
            long wakeAt = phaseStart.plusSeconds(s).toEpochMilli();
            Thread.sleep(Math.max(0, wakeAt - System.currentTimeMillis()));
            progress.show(name, s, seconds, recorder.lastRate(), recorder.droppedFrames(), seconds - s + afterwards);
        }
    }

    private Map<String, Object> runJson(BufferSizes sizes, OutageFigures f, Instant pause, Instant resume,
                                        IntegrityReport integrity) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", folder.runId());
        run.put("mode", options.mode());
        run.put("stack", stack.kind());
        run.put("parameters", options.asMap());
        Map<String, String> versions = new LinkedHashMap<>(stack.versions());
        versions.put("toolkit", Versions.toolkit());
        run.put("versions", versions);
        run.put("pravega", Map.of("cacheBytes", sizes.cacheBytes()));
        IngestCounters counters = workload.counters();
        run.put("ingest", Map.of("rateBeforeOutageBytesPerSecond", Math.round(f.rateBeforeBytesPerSecond()),
                "targetBytesPerSecond", Math.round(options.targetBytesPerSecond()),
                "droppedFrames", counters.droppedFrames(),
                "failedFrames", counters.failedFrames()));
        Map<String, Object> outage = new LinkedHashMap<>();
        outage.put("start", pause.toString());
        outage.put("end", resume.toString());
        outage.put("stallAfterSeconds", f.stallAfterSeconds());
        outage.put("bytesAcceptedDuringOutage", f.bytesAcceptedDuringOutage());
        outage.put("recoverySeconds", f.recoverySeconds());
        outage.put("predictedStallAfterSeconds", f.predictedStallAfterSeconds());
        run.put("outage", outage);
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("eventsAcked", integrity.eventsAcked());
        check.put("eventsVerified", integrity.eventsVerified());
        check.put("eventsLost", integrity.eventsLost());
        check.put("eventsInLongTermStorage", integrity.eventsInLongTermStorage());
        check.put("ok", integrity.ok());
        check.put("problems", integrity.problems());
        run.put("integrity", check);
        run.putAll(stack.describe());
        return run;
    }

    private static String clock(Instant t) {
        return LocalTime.ofInstant(t, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
