package edgebuffer.verify;

import java.io.IOException;
import java.util.Map;

/**
 * A raw view of long-term storage: the chunk objects Pravega wrote, by name, without Pravega in
 * between. Chunk names are Pravega's ({@code <scope>/<stream>/0.#epoch.0.E-<epoch>-O-<offset>.<uuid>}).
 */
public interface ChunkSource {

    /** Name and size of every chunk whose name starts with {@code prefix} (relative to the storage's own prefix). */
    Map<String, Long> list(String prefix) throws IOException;

    byte[] read(String name) throws IOException;

    /** Where the chunks are, for messages. */
    String describe();
}
