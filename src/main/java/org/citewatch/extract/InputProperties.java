package org.citewatch.extract;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How input files and dumps are read ({@code citewatch.input.*}); defaults equal
 * config/application.yml.
 *
 * @param namespaces the dump namespaces whose pages are read (0: articles); other pages are skipped
 * @param skipRedirects whether dump pages that are redirects are skipped (they cite nothing)
 * @param maxDocumentSize the largest file, or dump page text (in characters), read into memory; a
 *     larger one is reported as an error and skipped. Dump files themselves have no limit: they are
 *     streamed.
 * @param bzip2Threads how many streams of a multistream {@code .xml.bz2} dump are decompressed at
 *     once; 0 means one per processor. Decompression, not parsing, is what limits reading a dump.
 */
@ConfigurationProperties("citewatch.input")
public record InputProperties(
        @DefaultValue("0") List<Integer> namespaces,
        @DefaultValue("true") boolean skipRedirects,
        @DefaultValue("16MB") DataSize maxDocumentSize,
        @DefaultValue("0") int bzip2Threads) {

    @ConstructorBinding
    public InputProperties {
        namespaces = List.copyOf(Objects.requireNonNull(namespaces, "namespaces"));
        Objects.requireNonNull(maxDocumentSize, "maxDocumentSize");
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("citewatch.input.namespaces must name at least one namespace");
        }
        if (maxDocumentSize.toBytes() < 1 || maxDocumentSize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "citewatch.input.max-document-size must be between 1B and 2GB: " + maxDocumentSize);
        }
        if (bzip2Threads < 0) {
            throw new IllegalArgumentException("citewatch.input.bzip2-threads must be 0 (one per processor) or more");
        }
    }

    /** The settings without {@code bzip2Threads}: one decompression thread per processor. */
    public InputProperties(List<Integer> namespaces, boolean skipRedirects, DataSize maxDocumentSize) {
        this(namespaces, skipRedirects, maxDocumentSize, 0);
    }

    /** How many bzip2 streams are decompressed at once. */
    public int bzip2ThreadCount() {
        return bzip2Threads > 0 ? bzip2Threads : Runtime.getRuntime().availableProcessors();
    }

    /** The defaults, as in config/application.yml. */
    public static InputProperties defaults() {
        return new InputProperties(List.of(0), true, DataSize.ofMegabytes(16), 0);
    }
}
