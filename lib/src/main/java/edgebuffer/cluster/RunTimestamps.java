package edgebuffer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edgebuffer.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** timestamps.json of a run folder (docs/RUN-FOLDER.md): the original's four keys, ISO-8601 instants. */
public record RunTimestamps(Instant start, Instant pause, Instant resume, Instant end) {

    public Path write(Path runFolder) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("Start Time", start.toString());
        json.put("End Time", end.toString());
        json.put("Pause Time", pause.toString());
        json.put("Resume Time", resume.toString());
        try {
            Files.createDirectories(runFolder);
            Path file = runFolder.resolve("timestamps.json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
            return file;
        } catch (IOException e) {
            throw new UserError("cannot write timestamps.json into " + runFolder + ": " + e.getMessage());
        }
    }
}
