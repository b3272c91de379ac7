package org.citewatch.extract;

import org.citewatch.url.Ascii;
import org.citewatch.url.UrlNormalizer;

/**
 * The single forward pass over one masked document that finds its links: templates (dispatched by
 * kind), {@code <ref>}s, external links (read by {@link ExternalLinks}) and wikilinks (skipped). It
 * descends into template parameters and ref contents, and jumps from one {@code { [ < :} to the next
 * with vectorized searches, so plain text costs almost nothing.
 */
final class WikitextScanner {

    /** Templates nest a few levels in practice; beyond this a page is hostile, not rich. */
    static final int MAX_NESTING = 64;

    private final String text;
    private final char[] a;
    private final RefIndex refs;
    private final TemplateBraces templateBraces;
    private final NextChar braces;
    private final NextChar brackets;
    private final NextChar angles;
    private final NextChar colons;
    private final TemplateKinds kinds;
    private final CitationCollector out;
    private final CitationTemplates templates;
    private final ExternalLinks links;
    private final WarningLog warnings;
    private boolean warnedNesting;
    /**
     * Characters that searches for a wikilink's {@code ]]} may still visit: a few times the page, so that
     * a hostile page of unclosed {@code [[a|} stays linear; when spent, link text is read as before.
     */
    private long linkCloseBudget;

    WikitextScanner(
            String text,
            char[] maskedText,
            RefIndex refs,
            TemplateKinds kinds,
            CitationCollector out,
            WarningLog warnings) {
        this.text = text;
        this.a = maskedText;
        this.refs = refs;
        this.templateBraces = new TemplateBraces(text, maskedText, refs);
        this.braces = new NextChar(text, '{');
        this.brackets = new NextChar(text, '[');
        this.angles = new NextChar(text, '<');
        this.colons = new NextChar(text, ':');
        this.kinds = kinds;
        this.out = out;
        this.warnings = warnings;
        this.templates = new CitationTemplates(maskedText, out, warnings);
        this.links = new ExternalLinks(maskedText, out);
        this.linkCloseBudget = 4L * maskedText.length + 4096;
    }

    void scanDocument() {
        scan(0, a.length, Scope.TOP, 0);
    }

    private void scan(int from, int to, Scope scope, int depth) {
        int boundary = from;
        int i = from;
        while (i < to) {
            int at = Math.min(Math.min(braces.from(i), brackets.from(i)), Math.min(angles.from(i), colons.from(i)));
            if (at >= to) {
                return;
            }
            char c = a[at];
            int next = -1;
            if (c != text.charAt(at)) {
                next = -1; // blanked: inside a comment or <nowiki>
            } else if (c == '{') {
                next = at + 1 < to && a[at + 1] == '{' ? template(at, to, scope, depth) : -1;
            } else if (c == '[') {
                next = at + 1 < to && a[at + 1] == '['
                        ? wikilink(at, to, scope, depth)
                        : links.bracketed(at, to, scope);
            } else if (c == '<') {
                next = tag(at, to, scope, depth);
            } else {
                next = links.bare(at, to, scope, boundary);
            }
            if (next > at) {
                i = next;
                boundary = next;
            } else {
                i = at + 1;
            }
        }
    }

    /** Handles the template at {@code start}; returns its end, or -1 when it is not one. */
    private int template(int start, int to, Scope scope, int depth) {
        int close = templateBraces.closeOf(start);
        if (close == TemplateBraces.UNCLOSED) {
            warnings.warn(start, "unclosed {{ is read as plain text");
            return start + 2;
        }
        if (close + 2 > to) {
            return start + 2; // straddles the end of a ref or parameter: not a template here
        }
        if (depth >= MAX_NESTING) {
            if (!warnedNesting) {
                warnings.warn(start, "templates nested deeper than " + MAX_NESTING + " are skipped");
                warnedNesting = true;
            }
            return close + 2;
        }
        TemplateCall call = TemplateCall.parse(a, start, close, refs, templateBraces);
        if (TagRef.is(call.name())) {
            tagRef(call, scope, depth);
            return call.end();
        }
        switch (kinds.of(call.name())) {
            case CITATION:
                templates.citation(call, scope);
                break;
            case DEAD_LINK:
                templates.deadLink(call, scope);
                break;
            case ARCHIVE:
                templates.archive(call, scope);
                break;
            case BOT_IGNORE:
                templates.botIgnore(call, scope);
                break;
            case URL:
                templates.urlTemplate(call, scope);
                break;
            case SUBSCRIPTION:
                out.access("subscription", call.start(), call.end(), scope);
                break;
            case REGISTRATION:
                out.access("registration", call.start(), call.end(), scope);
                break;
            default:
                otherTemplate(call, scope, depth);
                break;
        }
        return call.end();
    }

    /** {@code {{#tag:ref|content|name=x}}}: scanned as {@code <ref name=x>content</ref>} ({@link TagRef}). */
    private void tagRef(TemplateCall call, Scope scope, int depth) {
        TagRef ref = TagRef.read(text, a, call);
        if (ref == null) {
            return;
        }
        if (ref.reuse()) {
            out.reuse(ref.key());
            return;
        }
        Scope inside = scope.insideRef(RefIndex.parserFunctionRef(call.start()), ref.name(), ref.key());
        scan(ref.contentStart(), ref.contentEnd(), inside, depth + 1);
    }

    /** Any other template: its parameters are wikitext; URL-valued ones (infoboxes) are citations. */
    private void otherTemplate(TemplateCall call, Scope scope, int depth) {
        for (TemplateCall.Param param : call.params()) {
            if (param.named() && kinds.isInfoboxUrlParam(param.name())) {
                infoboxValue(param, scope, depth);
            } else {
                scan(param.valueStart(), param.valueEnd(), scope.insideTemplate(), depth + 1);
            }
        }
    }

    private void infoboxValue(TemplateCall.Param param, Scope scope, int depth) {
        int start = TextSpans.skipSpace(a, param.valueStart(), param.valueEnd());
        int end = TextSpans.trimEnd(a, start, param.valueEnd());
        String value = TextSpans.text(a, start, end);
        if (start < end && UrlNormalizer.schemeEnd(value) < 0 && CitationTemplates.looksLikeHost(value)) {
            CitationDraft draft = new CitationDraft(
                    start, value, CitationTemplates.normalizeLenient(value), "infobox", param.name(), null);
            out.add(draft, end, scope, true);
            return;
        }
        scan(start, end, scope.infobox(param.name()), depth + 1);
    }

    /**
     * {@code [[...]]}. A target that starts with a URL protocol makes no wikilink: MediaWiki leaves the
     * outer {@code [} as text, so {@code [[http://x]]} and {@code [[//x text]]} hold an external link.
     * Otherwise the target is skipped (a wikilink is no citation) and the text after it, up to the
     * closing {@code ]]}, is scanned with a {@code |} ending free URLs, as an image's caption and its
     * {@code alt=} are separate arguments.
     */
    private int wikilink(int start, int to, Scope scope, int depth) {
        if (LinkSyntax.startsWithProtocol(a, start + 2, to)) {
            return links.bracketed(start + 1, to, scope);
        }
        int targetEnd = wikilinkTarget(start + 2, to);
        if (targetEnd == start + 2 || a[targetEnd] != '|') {
            return targetEnd;
        }
        int close = wikilinkClose(targetEnd, to);
        if (close < 0) {
            return targetEnd;
        }
        scan(targetEnd + 1, close, scope.insideTemplate(), depth + 1);
        return close + 2;
    }

    /** The {@code ]]} closing a wikilink whose text starts at {@code from}, nested links counted; -1 if none. */
    private int wikilinkClose(int from, int to) {
        int nested = 0;
        for (int i = from; i + 1 < to; i++) {
            if (--linkCloseBudget < 0) {
                return -1;
            }
            if (a[i] == '[' && a[i + 1] == '[') {
                nested++;
                i++;
            } else if (a[i] == ']' && a[i + 1] == ']') {
                if (nested == 0) {
                    return i;
                }
                nested--;
                i++;
            } else if (a[i] == '\n' && i + 1 < to && a[i + 1] == '\n') {
                return -1; // a paragraph break ends any link
            }
        }
        return -1;
    }

    /**
     * Skips the target of {@code [[target|text]]}: a wikilink is not a citation; its text is scanned.
     * A target with a character no title may hold is no wikilink, so nothing is skipped.
     */
    private int wikilinkTarget(int from, int to) {
        int i = from;
        while (i < to) {
            char c = a[i];
            if (c == '|' || c == ']') {
                return i;
            }
            if (c == '[' || c == '{' || c == '<' || c == '\n') {
                return from;
            }
            i++;
        }
        return from;
    }

    /** {@code <ref>}: its content is scanned with its name; {@code <ref name=x/>} counts a reuse. */
    private int tag(int start, int to, Scope scope, int depth) {
        int ref = refs.at(start);
        if (ref == RefIndex.NONE) {
            return htmlTagEnd(start, to);
        }
        String name = refs.name(ref);
        if (refs.selfClosing(ref)) {
            if (name != null) {
                out.reuse(refs.key(ref));
            }
            return refs.tagEnd(ref);
        }
        if (!refs.paired(ref) || refs.closeEnd(ref) > to) {
            return refs.tagEnd(ref);
        }
        int contentStart = refs.tagEnd(ref);
        int contentEnd = refs.closeStart(ref);
        if (name != null && TextSpans.skipSpace(a, contentStart, contentEnd) == contentEnd) {
            out.reuse(refs.key(ref)); // <ref name=x></ref> is a reuse too
        } else {
            scan(contentStart, contentEnd, scope.insideRef(ref, name, name == null ? null : refs.key(ref)), depth + 1);
        }
        return refs.closeEnd(ref);
    }

    /** Skips an HTML tag on one line, as MediaWiki does not link URLs inside tags' attributes. */
    private int htmlTagEnd(int start, int to) {
        if (start + 1 >= to || !(Ascii.isLetter(a[start + 1]) || a[start + 1] == '/')) {
            return -1;
        }
        for (int i = start + 1; i < to; i++) {
            if (a[i] == '>') {
                return i + 1;
            }
            if (a[i] == '\n' || a[i] == '<') {
                return -1;
            }
        }
        return -1;
    }
}
