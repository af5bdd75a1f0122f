package edgebuffer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import edgebuffer.cli.JbangWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook in notebooks/ on the real Jupyter + Rapaio kernel. Not part of the unit
 * tests (the name ends in IT): it needs Debian's Jupyter; it installs the kernel and, through
 * {@code ./jbang install-kernel}, the current library into ~/.m2 itself, as a user would.
 * {@code -Dnotebooks=compare-runs} runs only the notebooks whose names contain that text.
 */
class NotebooksIT {

    @BeforeAll
    static void kernelAndLibraryInstalledAsAUserWould() throws Exception {
        JbangWrapper jbang = JbangWrapper.ofRepository();
        JbangWrapper.Result installed = jbang.run(jbang.repositoryRoot(), Map.of(), "", "install-kernel");
        assertEquals(0, installed.exitCode(), installed.describe());
    }

    private static final Path NOTEBOOKS = Path.of("..", "notebooks");
    private static final Path OUT = Path.of("target", "notebooks-executed");

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsWithoutAFailingCell() throws IOException {
        String only = System.getProperty("notebooks", "");
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb") && p.getFileName().toString().contains(only)).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebook in " + NOTEBOOKS.toAbsolutePath());
        return notebooks.stream().map(nb -> dynamicTest(nb.getFileName().toString(), () -> {
            NotebookExecution.Result result = NotebookExecution.execute(nb, OUT, Map.of(), 900);
            assertTrue(result.ok(), nb.getFileName() + " (" + result.attempts() + " attempt(s)): " + String.join("; ", result.problems()));
        }));
    }

    /** The check itself: a %dependency that cannot resolve is only printed by Rapaio, and must still fail. */
    @Test
    void aDependencyThatCannotResolveFailsTheNotebook() throws IOException {
        Path dir = Files.createDirectories(OUT.resolve("self-check"));
        Path notebook = dir.resolve("unresolvable-dependency.ipynb");
        Files.writeString(notebook, """
                {"cells": [{"cell_type": "code", "id": "a", "execution_count": null, "metadata": {}, "outputs": [],
                            "source": "%dependency /add invalid.edgebuffer.selfcheck:nothing:0.0.1\\n%dependency /resolve"},
                           {"cell_type": "code", "id": "b", "execution_count": null, "metadata": {}, "outputs": [],
                            "source": "System.out.println(1 + 1);"}],
                 "metadata": {"kernelspec": {"name": "edgebuffer-java", "display_name": "Java", "language": "java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """);
        NotebookExecution.Result result = NotebookExecution.execute(notebook, dir.resolve("out"), Map.of(), 300);

        assertFalse(result.ok(), "nbconvert alone passes this notebook; the output check must not");
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("Could not resolve")), String.join("; ", result.problems()));
    }
}
