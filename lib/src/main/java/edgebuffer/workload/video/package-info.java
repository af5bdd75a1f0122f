/**
 * Where the video writers' frames come from: H.264 access units with a capture time each.
 * <pre>{@code
 * VideoSpec spec = new VideoSpec(1280, 720, 30, 20000);      // one-line IllegalArgumentException if bad
 * try (VideoSource source = VideoSources.create("auto", spec)) {
 *     log(source.description());                             // for run.json and the console
 *     source.start((frame, captureEpochNanos) -> writer.offer(frame.data(), captureEpochNanos));
 *     ...
 * }                                                          // close(): thread and pipeline gone
 * }</pre>
 * Modes: {@code live} ({@link edgebuffer.workload.video.LiveGstSource}, x264 in real time, about
 * half a core per 720p stream), {@code replay} ({@link edgebuffer.workload.video.ReplaySource},
 * two seconds encoded once per spec and re-sent at the fps: the way to several 20 Mbit/s writers on
 * two cores), {@code clip} ({@link edgebuffer.workload.video.ClipSource}, the clip shipped in
 * {@code media/}, no GStreamer needed), {@code auto} (replay, or clip without GStreamer).
 * GStreamer needs the Debian packages {@value edgebuffer.workload.video.GstRuntime#APT_PACKAGES}.
 */
package edgebuffer.workload.video;
