package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The index Wikimedia publishes next to a multistream dump ({@code ...-multistream-index.txt.bz2}),
 * one line per page, {@code offset:pageid:title}, where the offset is the byte at which the bzip2
 * stream holding the page starts. Read lazily, as it is asked for ever larger offsets; only the
 * stream starts are kept, with the first page title of each, so memory does not grow with the dump.
 */
final class MultistreamIndex implements AutoCloseable {

    /** Wikimedia's names: {@code X-multistream.xml.bz2} is indexed by {@code X-multistream-index.txt.bz2}. */
    private static final String DUMP_SUFFIX = "-multistream.xml.bz2";

    private static final String INDEX_SUFFIX = "-multistream-index.txt.bz2";

    private final Path file;
    private final BufferedReader lines;
    private long lastOffset = -1;
    private String lastTitle;
    private int lineNumber;

    private MultistreamIndex(Path file) throws IOException {
        this.file = file;
        this.lines = new BufferedReader(new InputStreamReader(
                new BZip2CompressorInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), true),
                UTF_8));
    }

    /** The index beside {@code dump} by Wikimedia's naming, if there is one. */
    static Optional<Path> besides(Path dump) {
        Path name = dump.getFileName();
        if (name == null || !name.toString().endsWith(DUMP_SUFFIX)) {
            return Optional.empty();
        }
        String base = name.toString();
        Path index = dump.resolveSibling(base.substring(0, base.length() - DUMP_SUFFIX.length()) + INDEX_SUFFIX);
        return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
    }

    static MultistreamIndex open(Path index) throws IOException {
        return new MultistreamIndex(index);
    }

    /**
     * The first stream start after {@code after} with the title of its first page, or empty at the
     * end of the index.
     *
     * @throws IOException when the index cannot be read or a line is not {@code offset:pageid:title}
     */
    Optional<Entry> next(long after) throws IOException {
        while (lastOffset <= after) {
            String line = lines.readLine();
            if (line == null) {
                return Optional.empty();
            }
            lineNumber++;
            int colon = line.indexOf(':');
            int second = colon < 0 ? -1 : line.indexOf(':', colon + 1);
            long offset;
            try {
                offset = second < 0 ? -1 : Long.parseLong(line.substring(0, colon));
            } catch (NumberFormatException e) {
                offset = -1;
            }
            if (offset < 0) {
                throw new IOException(file + ":" + lineNumber + ": not an index line (offset:pageid:title): " + line);
            }
            if (offset != lastOffset) {
                lastOffset = offset;
                lastTitle = line.substring(second + 1);
            }
        }
        return Optional.of(new Entry(lastOffset, lastTitle));
    }

    /** A stream start and the title of the first page in it. */
    record Entry(long offset, String firstTitle) {}

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
