package edgebuffer.stack;

import java.io.IOException;

/**
 * Entry point of the S3 server child process: runs S3Proxy and exits as soon as its parent dies.
 *
 * <p>The parent keeps the child's stdin open; end-of-stdin means the parent is gone (even after
 * {@code kill -9}, which runs no shutdown hook), so no S3 server outlives an experiment. This class
 * uses only the JDK: it runs on S3Proxy's own class path, which clashes with Pravega's.
 */
public final class S3ServerMain {

    private S3ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of stream
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("org.gaul.s3proxy.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
