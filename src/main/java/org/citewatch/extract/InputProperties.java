package org.citewatch.extract;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("citewatch.input")
public record InputProperties(
        @DefaultValue("0") List<Integer> namespaces,
        @DefaultValue("true") boolean skipRedirects,
        @DefaultValue("16MB") DataSize maxDocumentSize) {

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
    }

    /** The defaults, as in config/application.yml. */
    public static InputProperties defaults() {
        return new InputProperties(List.of(0), true, DataSize.ofMegabytes(16));
    }
}
