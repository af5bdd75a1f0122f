package edgebuffer.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The folder one run leaves behind (docs/RUN-FOLDER.md): the one contract between running and
 * analysing. Knows the file names; the timeline decides what goes in them.
 */
public final class RunFolder {

    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path path;
    private final String runId;

    private RunFolder(Path path, String runId) {
        this.path = path;
        this.runId = runId;
    }

    /** Creates {@code <logs>/<yyyyMMdd-HHmmss>-<mode>}, adding a suffix if that name is taken. */
    public static RunFolder create(Path logs, String mode) throws IOException {
        String base = RUN_ID_TIME.format(Instant.now()) + "-" + mode;
        Files.createDirectories(logs);
        String id = base;
        for (int n = 2; Files.exists(logs.resolve(id)); n++) {
            id = base + "-" + n;
        }
        Path path = Files.createDirectories(logs.resolve(id)).toAbsolutePath().normalize();
        Files.createDirectories(path.resolve("readers"));
        Files.createDirectories(path.resolve("logs"));
        return new RunFolder(path, id);
    }

    public Path path() {
        return path;
    }

    public String runId() {
        return runId;
    }

    public Path ingestCsv() {
        return path.resolve("ingest.csv");
    }

    public Path tierCsv() {
        return path.resolve("tier.csv");
    }

    public Path readersDir() {
        return path.resolve("readers");
    }

    public Path logsDir() {
        return path.resolve("logs");
    }

    /** The original's four keys, ISO-8601 instants. */
    public void writeTimestamps(Instant start, Instant pause, Instant resume, Instant end) throws IOException {
        writeTimestamps(path, start, pause, resume, end);
    }

    /**
     * timestamps.json into any run folder (created if missing), for get-logs, whose run ran on a
     * cluster and whose folder this class did not create; returns the file.
     */
    public static Path writeTimestamps(Path folder, Instant start, Instant pause, Instant resume, Instant end) throws IOException {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Start Time", start.toString());
        t.put("End Time", end.toString());
        t.put("Pause Time", pause.toString());
        t.put("Resume Time", resume.toString());
        Files.createDirectories(folder);
        Path file = folder.resolve("timestamps.json");
        JSON.writeValue(file.toFile(), t);
        return file;
    }

    public void writeRunJson(Map<String, Object> run) throws IOException {
        JSON.writeValue(path.resolve("run.json").toFile(), run);
    }

    public void writeSummary(String summary) throws IOException {
        Files.writeString(path.resolve("summary.md"), summary);
    }
}
