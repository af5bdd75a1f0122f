package edgebuffer.workload.video;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The thread, life cycle and counters every source shares: frames reach the sink on one thread
 * owned by the source, capture times handed to the sink strictly increase, and close() stops and
 * joins that thread. Subclasses supply the delivery loop. The loop polls {@link #isStopping()}
 * at least every {@link #WAKE_UP_NANOS} rather than being interrupted, because an interrupt
 * landing inside the sink (a Pravega writer) would break the sink, not the loop.
 */
abstract class ThreadedVideoSource implements VideoSource {

    private static final System.Logger LOG = System.getLogger(ThreadedVideoSource.class.getName());
    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
    static final long WAKE_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long JOIN_MILLIS = 5_000;

    private final String threadName;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean stopping;
    private Thread thread;
    private boolean closed;
    private long lastCaptureNanos;

    protected ThreadedVideoSource(String kind) {
        this.threadName = "video-" + kind + "-" + THREAD_NUMBERS.incrementAndGet();
    }

    @Override
    public final synchronized void start(FrameSink sink) {
        if (closed) {
            throw new IllegalStateException("video source already closed");
        }
        if (thread != null) {
            throw new IllegalStateException("video source already started");
        }
        thread = new Thread(() -> run(sink), threadName);
        // A forgotten source must not keep the JVM alive; close() still joins it.
        thread.setDaemon(true);
        startProducing();
        thread.start();
    }

    private void run(FrameSink sink) {
        try {
            deliverUntilStopped(sink);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, threadName + " stopped: " + e, e);
        }
    }

    /** Runs on the source's thread until {@link #isStopping()}; hands frames over with {@link #deliver}. */
    protected abstract void deliverUntilStopped(FrameSink sink);

    /** Called by start() before the delivery thread starts (the live source starts its pipeline here). */
    protected void startProducing() {
    }

    /** Called by close() before joining the delivery thread (the live source stops its pipeline here). */
    protected void stopProducing() {
    }

    protected final boolean isStopping() {
        return stopping;
    }

    /** Hands one frame to the sink; capture times are made strictly increasing (a tie is moved up 1 ns). */
    protected final void deliver(FrameSink sink, EncodedFrame frame, long captureEpochNanos) {
        long capture = Math.max(captureEpochNanos, lastCaptureNanos + 1);
        lastCaptureNanos = capture;
        sink.accept(frame, capture);
        delivered.incrementAndGet();
    }

    protected final void countSkipped(long frames) {
        skipped.addAndGet(frames);
    }

    protected final String threadName() {
        return threadName;
    }

    @Override
    public final long framesDelivered() {
        return delivered.get();
    }

    @Override
    public final long framesSkipped() {
        return skipped.get();
    }

    @Override
    public final void close() {
        Thread toJoin;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = true;
            toJoin = thread;
        }
        try {
            stopProducing();
        } finally {
            joinDeliveryThread(toJoin);
        }
    }

    private void joinDeliveryThread(Thread toJoin) {
        if (toJoin == null || toJoin == Thread.currentThread()) {
            return;
        }
        try {
            toJoin.join(JOIN_MILLIS);
            if (toJoin.isAlive()) {
                // The sink has been blocked for seconds; interrupting is the last resort.
                toJoin.interrupt();
                toJoin.join(JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (toJoin.isAlive()) {
            LOG.log(System.Logger.Level.WARNING, threadName + " is still inside its frame sink after close()");
        }
    }
}
