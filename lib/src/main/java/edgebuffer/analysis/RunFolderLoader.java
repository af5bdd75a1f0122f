package edgebuffer.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads run folders (docs/RUN-FOLDER.md) into {@link Run}s; every problem is a one-line {@link RunFolderException}. */
public final class RunFolderLoader {

    static final String RUN_JSON = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text columns of ingest.csv and tier.csv; every other column is a count of bytes or frames. */
    private static final Set<String> TEXT_COLUMNS = Set.of("time", "phase");
    private static final String[] LATENCY_COLUMNS = {"absolute_time_s", "experiment_time_s", "latency_ms"};

    private RunFolderLoader() {
    }

    public static Run load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RunFolderException("not a run folder: " + folder + " does not exist or is not a directory");
        }
        if (!Files.isRegularFile(folder.resolve(RUN_JSON))) {
            throw new RunFolderException("not a run folder: " + folder + " has no run.json (give the folder a run wrote, e.g. logs/20261204-203000-baseline)");
        }
        JsonNode runJson = readJson(folder.resolve(RUN_JSON));
        Timestamps timestamps = Timestamps.fromJson(readJson(required(folder, "timestamps.json")));
        Table ingest = readCounters(required(folder, "ingest.csv"), "elapsed_s", "total_bytes");
        Path tierCsv = folder.resolve("tier.csv");
        Table tier = Files.isRegularFile(tierCsv)
                ? readCounters(tierCsv, "elapsed_s", "capacity_bytes", "local_bytes", "pending_upload_bytes")
                : null;
        return new Run(folder, runJson, timestamps, ingest, tier, readLatencies(folder.resolve("readers")));
    }

    public static List<Run> loadAll(List<Path> folders) {
        return folders.stream().map(RunFolderLoader::load).toList();
    }

    /**
     * The run folders a user means: each argument that is a run folder, and for an argument that is
     * not (a logs folder), every sub-folder of it that holds a run.json, oldest run id first.
     */
    public static List<Path> expand(List<Path> arguments) {
        List<Path> runs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isRegularFile(argument.resolve(RUN_JSON)) || !Files.isDirectory(argument)) {
                runs.add(argument); // load() reports a missing folder in one line
                continue;
            }
            List<Path> inside = runFoldersIn(argument);
            if (inside.isEmpty()) {
                throw new RunFolderException("no run folder in " + argument + ": it has no run.json and no sub-folder with one");
            }
            runs.addAll(inside);
        }
        return runs;
    }

    /** Sub-folders of {@code dir} holding a run.json, sorted by name (run ids sort by time). */
    public static List<Path> runFoldersIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(RUN_JSON))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path required(Path folder, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new RunFolderException("incomplete run folder: " + file + " is missing (did the run finish?)");
        }
        return file;
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new RunFolderException(file + " is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static Table readCounters(Path csv, String... requiredColumns) {
        Table table = readCsv(CsvReadOptions.builder(csv.toFile())
                .columnTypes(name -> TEXT_COLUMNS.contains(name) ? ColumnType.STRING : ColumnType.LONG), csv);
        for (String column : requiredColumns) {
            if (!table.containsColumn(column)) {
                throw new RunFolderException(csv + " has no column " + column + " (see docs/RUN-FOLDER.md)");
            }
        }
        if (table.rowCount() == 0) {
            throw new RunFolderException(csv + " has no rows");
        }
        return table.sortAscendingOn("elapsed_s");
    }

    private static Table readLatencies(Path readersDir) {
        Table all = emptyLatencyTable();
        if (!Files.isDirectory(readersDir)) {
            return all;
        }
        List<Path> logs;
        try (Stream<Path> files = Files.list(readersDir)) {
            logs = files.filter(p -> p.getFileName().toString().endsWith("-latency.log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path log : logs) {
            Table one = readCsv(CsvReadOptions.builder(log.toFile())
                    .columnTypes(new ColumnType[] {ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE}), log);
            if (one.columnCount() != LATENCY_COLUMNS.length) {
                throw new RunFolderException(log + ": expected 3 columns absolute_time(s),experiment_time(s),e2e latency(ms)");
            }
            String reader = log.getFileName().toString().replaceFirst("-latency\\.log$", "");
            for (int i = 0; i < LATENCY_COLUMNS.length; i++) {
                one.column(i).setName(LATENCY_COLUMNS[i]);
            }
            one.insertColumn(0, StringColumn.create("reader", Collections.nCopies(one.rowCount(), reader)));
            all.append(one);
        }
        return all;
    }

    private static Table emptyLatencyTable() {
        return Table.create("latency",
                StringColumn.create("reader"),
                DoubleColumn.create(LATENCY_COLUMNS[0]),
                DoubleColumn.create(LATENCY_COLUMNS[1]),
                DoubleColumn.create(LATENCY_COLUMNS[2]));
    }

    private static Table readCsv(CsvReadOptions.Builder options, Path file) {
        try {
            return Table.read().usingOptions(options.header(true));
        } catch (RuntimeException e) {
            throw new RunFolderException(file + " cannot be read as CSV: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
