package org.citewatch.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.citewatch.extract.Document;
import org.citewatch.extract.DocumentFormat;
import org.citewatch.history.DocumentExtraction;
import org.citewatch.report.AtomicFile;

/**
 * {@code --apply}: writes a patched page back into its wikitext file, only when the file still holds
 * exactly the content the audit read (by hash), keeping its byte order mark and its permissions.
 * Never writes into a dump, nor to a live wiki.
 */
final class FileApplier {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FileApplier() {}

    /** Empty when applied; otherwise why not. */
    static Optional<String> apply(FixedDocument fixed, String auditedHash) {
        if (fixed.livePage()) {
            return Optional.of("a page of the live wiki " + fixed.wiki()
                    + "; fix never edits a wiki (replay fixes.json with a bot framework)");
        }
        if (fixed.dumpPage()) {
            return Optional.of("a page of the dump " + fixed.document().source() + "; dumps are never written");
        }
        Path file = Path.of(fixed.document().source());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of("cannot read " + file + ": " + e.getMessage());
        }
        boolean bom = startsWithBom(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of(file + " is no longer UTF-8 text");
        }
        Document now = new Document(
                fixed.document().name(), fixed.document().source(), null, DocumentFormat.WIKITEXT, text, 1, null, null);
        if (!DocumentExtraction.hashOf(now).equals(auditedHash)) {
            return Optional.of(file + " changed since the audit read it; audit it again");
        }
        byte[] patched = fixed.patchedText().getBytes(StandardCharsets.UTF_8);
        Set<PosixFilePermission> permissions = permissions(file);
        AtomicFile.write(file, out -> {
            if (bom) {
                out.write(BOM);
            }
            out.write(patched);
        });
        if (permissions != null) {
            try {
                Files.setPosixFilePermissions(file, permissions);
            } catch (IOException e) {
                return Optional.of("applied, but could not restore the permissions of " + file);
            }
        }
        return Optional.empty();
    }

    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }
}
