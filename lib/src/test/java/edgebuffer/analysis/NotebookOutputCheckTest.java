package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outputs copied in shape from notebooks the Rapaio kernel really executed. */
class NotebookOutputCheckTest {

    private static JsonNode notebook(String outputsJson) throws Exception {
        return new ObjectMapper().readTree("{\"cells\": [{\"cell_type\": \"markdown\", \"source\": \"x\"},"
                + "{\"cell_type\": \"code\", \"outputs\": " + outputsJson + "}]}");
    }

    @Test
    void aFailedDependencyPrintedAsTextIsAProblem() throws Exception {
        JsonNode nb = notebook("""
                [{"output_type": "stream", "name": "stdout", "text": ["Adding dependency \\u001b[0m\\u001b[1m\\u001b[32mio.github.nosuch:nothing:9.9.9\\n", "Solving dependencies\\n"]},
                 {"output_type": "stream", "name": "stderr", "text": ["Could not resolve dependencies.Failed to collect dependencies at io.github.nosuch:nothing:jar:9.9.9"]}]
                """);
        assertEquals(List.of("cell 1: Could not resolve dependencies.Failed to collect dependencies at io.github.nosuch:nothing:jar:9.9.9"),
                NotebookOutputCheck.problems(nb));
    }

    @Test
    void anErrorOutputIsAProblem() throws Exception {
        JsonNode nb = notebook("[{\"output_type\": \"error\", \"ename\": \"CompilerException\", \"evalue\": \"illegal start of expression\\nmore\", \"traceback\": []}]");
        assertEquals(List.of("cell 1: CompilerException: illegal start of expression"), NotebookOutputCheck.problems(nb));
    }

    @Test
    void anExceptionOnStderrIsAProblemButSlf4jWarningsAreNot() throws Exception {
        JsonNode clean = notebook("""
                [{"output_type": "stream", "name": "stderr", "text": ["SLF4J(W): No SLF4J providers were found.\\n", "SLF4J(W): Defaulting to no-operation (NOP) logger implementation\\n"]},
                 {"output_type": "stream", "name": "stdout", "text": "Resolved artifacts count: 31\\n"},
                 {"output_type": "display_data", "data": {"image/png": "iVBOR"}}]
                """);
        JsonNode thrown = notebook("[{\"output_type\": \"stream\", \"name\": \"stderr\", \"text\": \"java.lang.IllegalStateException: boom\\n\"}]");

        assertEquals(List.of(), NotebookOutputCheck.problems(clean));
        assertEquals(List.of("cell 1: java.lang.IllegalStateException: boom"), NotebookOutputCheck.problems(thrown));
    }
}
