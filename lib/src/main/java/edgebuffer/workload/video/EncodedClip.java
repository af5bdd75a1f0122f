package edgebuffer.workload.video;

import java.util.List;

/**
 * A short run of encoded frames that starts with a key frame, so it can be sent in a loop:
 * after the last frame the first (a key frame) follows and a decoder resynchronises there.
 *
 * @param spec   what the frames were encoded at (size, bitrate; fps is the intended playback rate)
 * @param frames the access units in order, the first a key frame
 */
public record EncodedClip(VideoSpec spec, List<EncodedFrame> frames) {

    public EncodedClip {
        frames = List.copyOf(frames);
        if (frames.isEmpty() || !frames.get(0).keyFrame()) {
            throw new IllegalArgumentException("a loopable clip needs frames and must start with a key frame");
        }
    }

    public long totalBytes() {
        long sum = 0;
        for (EncodedFrame frame : frames) {
            sum += frame.size();
        }
        return sum;
    }

    /** Average bytes per second when played at the spec's fps. */
    public double bytesPerSecond() {
        return (double) totalBytes() * spec.fps() / frames.size();
    }
}
