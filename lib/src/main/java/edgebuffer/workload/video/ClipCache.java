package edgebuffer.workload.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One encode per spec and one read per clip file in this JVM, so N writers share the frames (and
 * the memory) instead of each encoding the same two seconds. Concurrent callers of one key wait
 * for the first; different keys do not block each other; a failure is not remembered.
 */
final class ClipCache {

    /** Length of the replay loop; 2 s is two GOPs at 30 fps and about 5 MB at 1080p 20 Mbit/s. */
    static final double REPLAY_SECONDS = 2.0;

    private static final ConcurrentMap<VideoSpec, FutureTask<FrameEncoder.Result>> ENCODED = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Path, FutureTask<EncodedClip>> LOADED = new ConcurrentHashMap<>();

    private ClipCache() {
    }

    /** The spec's replay frames, encoded by GStreamer on first use. */
    static FrameEncoder.Result encoded(VideoSpec spec) {
        return once(ENCODED, spec,
                () -> FrameEncoder.encode(spec, FrameEncoder.gopAlignedFrameCount(spec, REPLAY_SECONDS)));
    }

    /** The clip in {@code file}, read on first use. */
    static EncodedClip loaded(Path file) {
        return once(LOADED, file.toAbsolutePath().normalize(), () -> {
            try {
                return ClipFile.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    private static <K, V> V once(ConcurrentMap<K, FutureTask<V>> map, K key, Callable<V> load) {
        FutureTask<V> mine = new FutureTask<>(load);
        FutureTask<V> task = map.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            mine.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            map.remove(key, task);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing video frames", e);
        }
    }
}
