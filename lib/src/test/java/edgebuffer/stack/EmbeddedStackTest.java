package edgebuffer.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.verify.IntegrityReport;
import edgebuffer.verify.StreamVerifier;
import edgebuffer.workload.BenchmarkStream;
import edgebuffer.workload.PravegaFrameWriter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {

    @TempDir
    Path runFolder;

    @Test
    void framesGoThroughPravegaIntoS3AndComeBackIntact() throws Exception {
        try (EmbeddedStack stack = new EmbeddedStack(new S3Binding(), 64L << 20, runFolder).start()) {
            BenchmarkStream stream = BenchmarkStream.random();
            stream.create(stack.controllerUri());
            Random random = new Random(7);
            try (PravegaFrameWriter writer = new PravegaFrameWriter(stack.controllerUri(), stream, 64L << 20)) {
                for (int i = 0; i < 300; i++) {
                    byte[] frame = new byte[32 * 1024];
                    random.nextBytes(frame);
                    assertTrue(writer.offer(frame, i % 30 == 0, System.nanoTime()));
                }
                writer.flush();
                assertEquals(300, writer.ackedEvents());
                IntegrityReport report = StreamVerifier.verify(stack.controllerUri(), stream, writer.written());
                assertEquals(300, report.eventsVerified());
                assertTrue(report.ok(), report.problems().toString());
            }
            // 300 x 32 KB is over Pravega's 4 MB flush threshold: chunks must reach the S3 server's folder.
            assertTrue(waitForObjects(runFolder.resolve("s3-data"), 60), "no chunk reached S3 within 60 s");
        }
    }

    @Test
    void ltsDownRefusesConnectionsAndLtsUpServesAgain() throws Exception {
        try (EmbeddedStack stack = new EmbeddedStack(new S3Binding(), 32L << 20, runFolder).start()) {
            int port = Integer.parseInt(stack.describe().get("lts").toString().replaceAll(".*:(\\d+).*", "$1"));
            stack.ltsDown();
            assertThrows(IOException.class, () -> connect(port));
            stack.ltsUp();
            connect(port);
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }

    private static boolean waitForObjects(Path dir, int seconds) throws Exception {
        for (int i = 0; i < seconds; i++) {
            try (Stream<Path> files = Files.walk(dir)) {
                if (files.filter(Files::isRegularFile).anyMatch(p -> p.toString().contains("benchmark"))) {
                    return true;
                }
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
