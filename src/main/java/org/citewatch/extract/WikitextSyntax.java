package org.citewatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The extractor's reading of one wikitext page, for tools that edit the page and must see it exactly
 * as the extractor did: what is hidden (comments, {@code <nowiki>}, {@code <pre>}, the other ignored
 * tags), which braces pair into templates, what kind of template a name is, and which {@code <ref>}
 * holds an offset.
 *
 * <p>Offsets are UTF-16 offsets into the text as given (without a byte order mark). Not thread-safe
 * to build, immutable once built.
 */
public final class WikitextSyntax {

    /** What a template is to the extractor ({@link ExtractProperties}). */
    public enum Role {
        CITATION,
        DEAD_LINK,
        ARCHIVE,
        URL,
        OTHER
    }

    /** A span of text, {@code [start, end)}. */
    public record Span(int start, int end) {}

    private final String text;
    private final char[] masked;
    private final RefIndex refs;
    private final TemplateBraces braces;
    private final TemplateKinds kinds;
    private final int[] lineStarts;

    private WikitextSyntax(String text, ExtractProperties properties) {
        this.text = text;
        this.refs = new RefIndex();
        this.masked = new Masker(properties.ignoredTags()).mask(text, refs, new WarningLog());
        this.braces = new TemplateBraces(text, masked, refs);
        this.kinds = new TemplateKinds(properties);
        this.lineStarts = lineStarts(text);
    }

    /** Reads {@code text} with the given extractor settings. */
    public static WikitextSyntax of(String text, ExtractProperties properties) {
        return new WikitextSyntax(text, properties);
    }

    public String text() {
        return text;
    }

    /**
     * The offset of a 1-based line and column (in UTF-16 code units), as {@link Citation} gives them;
     * empty when the text has no such place.
     */
    public OptionalInt offsetOf(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return OptionalInt.empty();
        }
        int offset = lineStarts[line - 1] + column - 1;
        int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length() + 1;
        return offset < lineEnd ? OptionalInt.of(offset) : OptionalInt.empty();
    }

    /** Whether the character at {@code offset} is inside a comment or an ignored tag such as {@code <nowiki>}. */
    public boolean hidden(int offset) {
        return masked[offset] != text.charAt(offset);
    }

    /** Whether any character of {@code [start, end)} is hidden. */
    public boolean hidden(int start, int end) {
        for (int i = start; i < end; i++) {
            if (hidden(i)) {
                return true;
            }
        }
        return false;
    }

    /** The template whose {@code {{} is at {@code start}, if the extractor reads one there. */
    public Optional<WikiTemplate> templateAt(int start) {
        if (start < 0 || start + 1 >= text.length() || text.charAt(start) != '{' || text.charAt(start + 1) != '{') {
            return Optional.empty();
        }
        if (hidden(start)) {
            return Optional.empty();
        }
        int close = braces.closeOf(start);
        if (close == TemplateBraces.UNCLOSED) {
            return Optional.empty();
        }
        return Optional.of(convert(TemplateCall.parse(masked, start, close, refs, braces)));
    }

    /** The innermost template that holds {@code offset} strictly inside its braces. */
    public Optional<WikiTemplate> enclosingTemplate(int offset) {
        int open = text.lastIndexOf("{{", offset - 1);
        while (open >= 0) {
            int close = braces.closeOf(open);
            if (close != TemplateBraces.UNCLOSED && close >= offset && !hidden(open)) {
                return templateAt(open);
            }
            open = open == 0 ? -1 : text.lastIndexOf("{{", open - 1);
        }
        return Optional.empty();
    }

    /** Every template of the page that is not hidden, nested ones included, in text order. */
    public List<WikiTemplate> templates() {
        List<WikiTemplate> all = new ArrayList<>();
        int open = text.indexOf("{{");
        while (open >= 0) {
            templateAt(open).ifPresent(all::add);
            open = text.indexOf("{{", open + 2);
        }
        return all;
    }

    /** What the extractor takes the template named {@code name} for. */
    public Role role(String name) {
        return Role.valueOf(kinds.of(name).name());
    }

    /** The content of the paired {@code <ref>...</ref>} holding {@code offset}, if any. */
    public Optional<Span> enclosingRef(int offset) {
        for (int tag = 0; tag < refs.count(); tag++) {
            if (refs.paired(tag) && refs.tagEnd(tag) <= offset && offset < refs.closeStart(tag)) {
                return Optional.of(new Span(refs.tagEnd(tag), refs.closeStart(tag)));
            }
        }
        return Optional.empty();
    }

    private WikiTemplate convert(TemplateCall call) {
        List<WikiTemplate.Param> params = new ArrayList<>(call.params().size());
        int close = call.end() - 2;
        int nameEnd = close;
        for (int k = 0; k < call.params().size(); k++) {
            TemplateCall.Param p = call.params().get(k);
            int pipe;
            if (k > 0) {
                pipe = call.params().get(k - 1).valueEnd();
            } else {
                // the key holds no '|', so the first '|' before the value (or its '=') is the separator
                pipe = p.named() ? lastPipe(p.valueStart() - 1) : p.valueStart() - 1;
                nameEnd = pipe;
            }
            params.add(new WikiTemplate.Param(p.name(), p.named(), pipe, p.valueStart(), p.valueEnd()));
        }
        return new WikiTemplate(call.start(), call.end(), call.name() == null ? "" : call.name(), nameEnd, params);
    }

    private int lastPipe(int from) {
        int i = from;
        while (i >= 0 && masked[i] != '|') {
            i--;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int newline = text.indexOf('\n');
        while (newline >= 0) {
            starts.add(newline + 1);
            newline = text.indexOf('\n', newline + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
