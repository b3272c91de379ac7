package org.citewatch.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Opens a dump file as a stream of XML bytes, decompressing it on the fly. */
final class DumpInputs {

    /** Large reads: dumps are read once from start to end. */
    private static final int BUFFER_BYTES = 1 << 16;

    private DumpInputs() {}

    /**
     * @throws IOException when the file cannot be opened or its compression header is wrong
     */
    static InputStream open(Path file, InputFileType type) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            return switch (type) {
                // Wikimedia's dumps are multistream: many bzip2 streams one after another
                case XML_DUMP_BZIP2 -> new BZip2CompressorInputStream(raw, true);
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
