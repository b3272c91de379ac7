package org.citewatch.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Opens a dump file as a stream of XML bytes, decompressing it on the fly. */
final class DumpInputs {

    /** Large reads: dumps are read once from start to end. */
    private static final int BUFFER_BYTES = 1 << 16;

    private DumpInputs() {}

    /**
     * @param bzip2Threads how many bzip2 streams are decompressed at once
     * @param errors where damaged parts of a compressed dump are reported, reading going on
     * @throws IOException when the file cannot be opened or its compression header is wrong
     */
    static InputStream open(Path file, InputFileType type, int bzip2Threads, Consumer<DocumentError> errors)
            throws IOException {
        if (type == InputFileType.XML_DUMP_BZIP2) {
            // Wikimedia's dumps are multistream: many bzip2 streams, decompressed side by side
            return new ParallelBzip2Input(
                    file, MultistreamIndex.besides(file), bzip2Threads, ParallelBzip2Input.JOB_BYTES, errors);
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            return switch (type) {
                // GZIPInputStream reads concatenated members by itself
                case XML_DUMP_GZIP -> new GZIPInputStream(raw, BUFFER_BYTES);
                case XML_DUMP -> raw;
                default -> throw new IllegalArgumentException("not a dump: " + file);
            };
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
