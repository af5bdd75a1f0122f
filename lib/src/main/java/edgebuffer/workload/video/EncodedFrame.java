package edgebuffer.workload.video;

/**
 * One encoded H.264 access unit (Annex-B byte stream: start codes included), i.e. one video frame.
 * The array is shared, not copied: replayed frames hand the same array to every writer, so
 * receivers must treat it as read-only.
 *
 * @param data     the access unit's bytes
 * @param keyFrame true for an IDR frame (GStreamer: buffer without the DELTA_UNIT flag); a decoder can start here
 */
public record EncodedFrame(byte[] data, boolean keyFrame) {

    public EncodedFrame {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("an encoded frame needs at least one byte");
        }
    }

    public int size() {
        return data.length;
    }
}
