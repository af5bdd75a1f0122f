package edgebuffer.workload.video;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The clip file format (extension {@code .ebclip}), chosen over raw Annex-B so that frame
 * boundaries, key flags and the encoding parameters need no H.264 parsing. Big-endian:
 * <pre>
 *   8 bytes  magic "EBCLIP01" (ASCII)
 *   int      width, height, fps, bitrateKbps   (what it was encoded at)
 *   int      frame count N
 *   N times: byte flags (bit 0: key frame), int length L, L bytes (one H.264 Annex-B access unit)
 * </pre>
 * The frames concatenated are a valid H.264 byte stream (playable with
 * {@code gst-launch-1.0 ... h264parse ! avdec_h264} after stripping the header), starting with a key frame.
 */
public final class ClipFile {

    public static final String EXTENSION = ".ebclip";
    private static final byte[] MAGIC = "EBCLIP01".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FRAMES = 100_000;
    private static final int MAX_FRAME_BYTES = 64 << 20;

    private ClipFile() {
    }

    /** The conventional file name for a clip of this spec, e.g. {@code clip-1280x720-30fps-20000kbps.ebclip}. */
    public static String fileNameFor(VideoSpec spec) {
        return "clip-" + spec.width() + "x" + spec.height() + "-" + spec.fps() + "fps-" + spec.bitrateKbps() + "kbps"
                + EXTENSION;
    }

    public static void write(EncodedClip clip, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.write(MAGIC);
            VideoSpec spec = clip.spec();
            out.writeInt(spec.width());
            out.writeInt(spec.height());
            out.writeInt(spec.fps());
            out.writeInt(spec.bitrateKbps());
            out.writeInt(clip.frames().size());
            for (EncodedFrame frame : clip.frames()) {
                out.writeByte(frame.keyFrame() ? 1 : 0);
                out.writeInt(frame.size());
                out.write(frame.data());
            }
        }
    }

    /** Reads a clip; any damage is an IOException whose one-line message names the file and the problem. */
    public static EncodedClip read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not an edgebuffer clip (wrong magic); regenerate it with make-clip");
            }
            VideoSpec spec;
            try {
                spec = new VideoSpec(in.readInt(), in.readInt(), in.readInt(), in.readInt());
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " has an invalid header (" + e.getMessage() + ")");
            }
            int count = in.readInt();
            if (count < 1 || count > MAX_FRAMES) {
                throw new IOException(file + " claims " + count + " frames; regenerate it with make-clip");
            }
            List<EncodedFrame> frames = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean key = (in.readByte() & 1) != 0;
                int length = in.readInt();
                if (length < 1 || length > MAX_FRAME_BYTES) {
                    throw new IOException(file + ": frame " + i + " has an impossible length " + length);
                }
                byte[] data = new byte[length];
                in.readFully(data);
                frames.add(new EncodedFrame(data, key));
            }
            if (in.read() != -1) {
                throw new IOException(file + " has bytes after its last frame; regenerate it with make-clip");
            }
            if (!frames.get(0).keyFrame()) {
                throw new IOException(file + " does not start with a key frame; regenerate it with make-clip");
            }
            return new EncodedClip(spec, frames);
        } catch (EOFException e) {
            throw new IOException(file + " is truncated; regenerate it with make-clip");
        }
    }
}
