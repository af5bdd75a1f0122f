package edgebuffer.workload.video;

import java.util.ArrayList;
import java.util.List;

/** Test helper: reads NAL unit types out of an H.264 Annex-B access unit. */
final class AnnexB {

    static final int NAL_IDR = 5;
    static final int NAL_SPS = 7;

    private AnnexB() {
    }

    /** True if the bytes begin with a start code (00 00 01 or 00 00 00 01). */
    static boolean startsWithStartCode(byte[] data) {
        return data.length >= 4 && data[0] == 0 && data[1] == 0
                && (data[2] == 1 || (data[2] == 0 && data[3] == 1));
    }

    /** nal_unit_type of every NAL unit, in order (the byte after each 00 00 01). */
    static List<Integer> nalTypes(byte[] data) {
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
                types.add(data[i + 3] & 0x1f);
                i += 2;
            }
        }
        return types;
    }
}
