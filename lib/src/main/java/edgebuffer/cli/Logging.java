package edgebuffer.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging of every script: only warnings on the console until {@link #toFile} sends every line of the
 * in-process Pravega (and our own) to the run folder instead, so the console keeps the experiment's progress.
 * Pravega's controller jar and S3Proxy's jar each ship a logback.xml (one writes
 * logs/controller-server.log into the current folder); ours is chosen before logback looks.
 */
public final class Logging {

    /** Our configuration, chosen before logback reads the first logback.xml it finds on the class path. */
    public static final String CONFIGURATION = "edgebuffer-logback.xml";

    static {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIGURATION);
        }
    }

    private Logging() {
    }

    /** Makes sure our configuration is the one logback starts with; call before anything logs. */
    public static void init() {
        // the static initializer did the work
    }

    public static void toFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toAbsolutePath().toString());
        appender.setEncoder(encoder);
        appender.setAppend(true);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        // ZooKeeper and the controller are chatty at INFO and tell nothing about the experiment.
        context.getLogger("org.apache.zookeeper").setLevel(Level.WARN);
        context.getLogger("org.apache.curator").setLevel(Level.WARN);
        context.getLogger("io.netty").setLevel(Level.WARN);
        // java.util.logging (Guava's listener errors at shutdown, GStreamer) goes to the same file.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
