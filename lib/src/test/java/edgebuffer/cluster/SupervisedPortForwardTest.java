package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.LocalPortForward;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The supervision logic with fabric8's LocalPortForward played by a small fake: the mock API server
 * cannot port-forward, and what matters here is when the supervisor re-opens.
 */
class SupervisedPortForwardTest {

    static final class FakeForward implements LocalPortForward {
        final int port;
        volatile boolean alive = true;
        volatile boolean error;
        volatile boolean closed;

        FakeForward(int port) {
            this.port = port;
        }

        @Override public InetAddress getLocalAddress() { return InetAddress.getLoopbackAddress(); }
        @Override public int getLocalPort() { return port; }
        @Override public boolean isAlive() { return alive && !closed; }
        @Override public boolean errorOccurred() { return error; }
        @Override public Collection<Throwable> getClientThrowables() { return List.of(); }
        @Override public Collection<Throwable> getServerThrowables() { return List.of(); }
        @Override public void close() { closed = true; }
    }

    @Test
    void reopensOnTheSameLocalPortAfterTheTargetWentAwayAndCameBack() throws Exception {
        List<FakeForward> opened = new CopyOnWriteArrayList<>();
        AtomicInteger refusals = new AtomicInteger(2); // the tenant's pods are still down for two attempts
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SupervisedPortForward.Opener opener = local -> {
            if (!opened.isEmpty() && refusals.getAndDecrement() > 0) {
                throw new IllegalStateException("no ready pod behind service");
            }
            FakeForward f = new FakeForward(local);
            opened.add(f);
            return f;
        };
        try (SupervisedPortForward forward = new SupervisedPortForward(opener, "pravega-hl", 45678,
                new PrintStream(buf, true, StandardCharsets.UTF_8))) {
            assertEquals("http://127.0.0.1:45678", forward.localUrl());
            Thread.sleep(700);
            assertEquals(1, opened.size(), "a healthy forward is left alone");

            opened.get(0).error = true; // a connection through it failed: the pod went away
            long deadline = System.currentTimeMillis() + 5000;
            while ((opened.size() < 2 || !buf.toString(StandardCharsets.UTF_8).contains("re-opened"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, opened.size(), "re-opened once the target accepted again");
            assertTrue(opened.get(0).closed, "the broken forward is closed first");
            assertEquals(45678, opened.get(1).port);
            assertTrue(buf.toString(StandardCharsets.UTF_8).contains("port-forward svc/pravega-hl re-opened on 127.0.0.1:45678"));
        }
        assertTrue(opened.get(1).closed, "close() closes the current forward");
    }

    @Test
    void closeDuringAReopenClosesTheForwardThatReopenOpens() throws Exception {
        List<FakeForward> opened = new CopyOnWriteArrayList<>();
        CountDownLatch reopening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SupervisedPortForward.Opener opener = local -> {
            if (!opened.isEmpty()) {
                reopening.countDown();
                // fabric8's open does not stop for an interrupt: wait through it, as a slow API server would
                boolean interrupted = false;
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            FakeForward f = new FakeForward(local);
            opened.add(f);
            return f;
        };
        SupervisedPortForward forward = new SupervisedPortForward(opener, "pravega-hl", 45679,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        opened.get(0).error = true;
        assertTrue(reopening.await(5, TimeUnit.SECONDS), "the supervisor started re-opening");

        Thread closer = new Thread(forward::close);
        closer.start();
        Thread.sleep(300); // close() is now waiting for the re-open
        release.countDown();
        closer.join(5000);

        assertEquals(2, opened.size());
        assertTrue(opened.get(0).closed);
        assertTrue(opened.get(1).closed, "the forward opened while closing is closed, not leaked");
    }
}
