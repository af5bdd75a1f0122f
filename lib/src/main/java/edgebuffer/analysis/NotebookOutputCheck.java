package edgebuffer.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds failures in an executed notebook that {@code nbconvert --execute} lets through: besides
 * error outputs, the Rapaio kernel reports a failed {@code %dependency} only as printed text, and
 * the cells after it then run against a classpath without the library.
 */
public final class NotebookOutputCheck {

    /** Dependency failures (Rapaio / Maven resolver wording), wherever they are printed. */
    private static final Pattern DEPENDENCY_FAILURE = Pattern.compile(
            "(?i)could not resolve|failed to collect|failed to resolve|failed to read artifact|artifact not found|could not find artifact");
    /** On stderr, an exception or error line also fails the cell; SLF4J's start-up warnings do not. */
    private static final Pattern STDERR_FAILURE = Pattern.compile("(?im)^(?!SLF4J).*(exception|error\\b)");

    private NotebookOutputCheck() {
    }

    /** @return one line per problem ("cell 3: ..."), empty when every cell ran clean */
    public static List<String> problems(JsonNode notebook) {
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : notebook.path("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            index++;
            for (JsonNode output : cell.path("outputs")) {
                String type = output.path("output_type").asText();
                if (type.equals("error")) {
                    problems.add("cell " + index + ": " + output.path("ename").asText() + ": " + firstLine(output.path("evalue").asText()));
                } else if (type.equals("stream")) {
                    String text = plain(text(output.path("text")));
                    boolean stderr = "stderr".equals(output.path("name").asText());
                    if (DEPENDENCY_FAILURE.matcher(text).find() || stderr && STDERR_FAILURE.matcher(text).find()) {
                        problems.add("cell " + index + ": " + firstLine(text));
                    }
                }
            }
        }
        return problems;
    }

    private static String text(JsonNode text) {
        if (text.isArray()) {
            StringBuilder joined = new StringBuilder();
            text.forEach(line -> joined.append(line.asText()));
            return joined.toString();
        }
        return text.asText();
    }

    /** Drops ANSI colour codes, which Rapaio puts around names. */
    private static String plain(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
