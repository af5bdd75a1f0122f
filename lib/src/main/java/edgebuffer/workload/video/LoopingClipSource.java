package edgebuffer.workload.video;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends a loopable clip over and over at a fixed frame rate with fresh capture times. Frame k is
 * due at start + k / fps (computed from the index, so neither sleep jitter nor the time spent in
 * the sink accumulates as drift). A short fall-behind (GC pause, busy CPU) is caught up by sending
 * the late frames at once; beyond one second behind, the missed time slots are skipped and counted
 * instead of bursting a backlog into the writer. Frames themselves are never skipped: the next
 * one sent is always the clip's next frame, so the H.264 stream stays decodable.
 */
abstract class LoopingClipSource extends ThreadedVideoSource {

    private final List<EncodedFrame> frames;
    private final int fps;

    protected LoopingClipSource(String kind, EncodedClip clip, int fps) {
        super(kind);
        this.frames = clip.frames();
        this.fps = fps;
    }

    @Override
    protected final void deliverUntilStopped(FrameSink sink) {
        long start = System.nanoTime();
        long slot = 0;
        int index = 0;
        while (!isStopping()) {
            long due = start + slot * 1_000_000_000L / fps;
            long early = due - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(Math.min(early, WAKE_UP_NANOS));
                continue;
            }
            long lateSlots = -early * fps / 1_000_000_000L;
            if (lateSlots >= fps) {
                countSkipped(lateSlots);
                slot += lateSlots;
            }
            deliver(sink, frames.get(index), CaptureClock.epochNanos());
            index = (index + 1) % frames.size();
            slot++;
        }
    }
}
