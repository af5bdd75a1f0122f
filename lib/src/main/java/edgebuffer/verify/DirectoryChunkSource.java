package edgebuffer.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Chunk files under a local folder, named as their chunks (the GEDS tier's local copies). */
public final class DirectoryChunkSource implements ChunkSource {

    private final Path root;

    public DirectoryChunkSource(Path root) {
        this.root = root;
    }

    @Override
    public Map<String, Long> list(String prefix) throws IOException {
        Map<String, Long> names = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString();
                if (name.startsWith(prefix)) {
                    names.put(name, Files.size(file));
                }
            }
        }
        return names;
    }

    @Override
    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(root.resolve(name));
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
