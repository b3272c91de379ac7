package org.citewatch.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the elements of a page as a {@link org.jsoup.parser.StreamParser} completes them, and says
 * when the rest of the page can no longer change its {@link PageSample}, so the parse can stop.
 *
 * <p>When to stop follows from what the rules read: the verdict rules (soft 404, parking, home
 * page) and the drift digest use the title, <em>every</em> {@code h1} (or the first {@code h2} when
 * there is none: the home-page rule compares the whole list), every script and frame source (a
 * parking script may sit at the end of a page), the first canonical link (resolved against a
 * {@code <base>}, which may come after it) and the opening {@code textChars} of visible text. So
 * the walk may stop only once the text sample is full <em>and</em> every tag of those kinds that
 * the source opens ({@link TagOpenings}) has been met, and no table is open (the parser would move
 * its stray text in front of it, into the sample). A cut that is merely "enough bytes" would
 * lose an {@code h1} after a long head or a parking script after the text; this one cannot, and on
 * an article (scripts and styles in the head, then the heading and paragraphs) it stops a few
 * kilobytes into the body.
 */
final class SampleWalk {

    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

    private final Supplier<TagOpenings> source;
    /** Counted once, when the text is full: a page too short to stop early is never scanned. */
    private TagOpenings openings;

    private final int textChars;
    private final List<String> embeds = new ArrayList<>();
    private int h1;
    private int h2;
    private int embedTags;
    private int links;
    private int bases;
    private int titles;
    private boolean canonical;
    /** Characters of text in the elements met since the head: when it passes the next check, check. */
    private long text;

    private long nextTextCheck;

    /** The text sample, once it is full. */
    private String fullText;

    /** @param openings counts the tags the source opens; asked at most once */
    SampleWalk(Supplier<TagOpenings> openings, int textChars) {
        this.source = openings;
        this.textChars = textChars;
        this.nextTextCheck = textChars + 1L;
    }

    /**
     * Reads one completed element.
     *
     * @return whether the sample can no longer change, whatever the rest of the page holds
     */
    boolean enough(Document doc, Element element) {
        switch (element.normalName()) {
            case "h1" -> h1++;
            case "h2" -> h2++;
            case "script", "iframe", "frame" -> embed(element);
            case "style" -> dropFromHead(element);
            case "link" -> {
                links++;
                canonical = canonical || CANONICAL.matches(doc, element);
            }
            case "base" -> bases++;
            case "title" -> titles++;
            case "head" -> text = 0; // the sample is the body's text
            default -> {}
        }
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof TextNode textNode) {
                text += textNode.getWholeText().length();
            }
        }
        // cheapest first: the count of text met, the tags met, the text sample, the open elements
        if (text >= nextTextCheck && tagsAllMet() && textFull(doc)) {
            if (!tableOpen(doc)) {
                return true;
            }
            fullText = null; // the table's stray text may still land inside it
        }
        return false;
    }

    /**
     * The text sample when the walk had enough, empty when the page was read to its end (then the
     * text is sampled from the whole document).
     */
    Optional<String> fullText() {
        return Optional.ofNullable(fullText);
    }

    /** Script and frame sources in page order (they are leaves, so completed in that order). */
    List<String> embeds() {
        return embeds;
    }

    private void embed(Element element) {
        embedTags++;
        if (element.hasAttr("src")) {
            embeds.add(element.attr("src"));
        }
        dropFromHead(element);
    }

    /**
     * Head scripts and styles are most of an article's head and no part of its text: once read,
     * they leave the tree, so memory holds what the body needs. Not in the body: there a script
     * still separates the text around it, as jsoup's text does.
     */
    private static void dropFromHead(Element element) {
        Element parent = element.parent();
        if (parent != null && parent.nameIs("head")) {
            element.remove();
        }
    }

    private boolean tagsAllMet() {
        if (openings == null) {
            openings = source.get();
        }
        boolean headings = openings.h1() > 0 ? h1 == openings.h1() : h2 > 0 || openings.h2() == 0;
        return headings
                && embedTags == openings.embeds()
                && (canonical || links == openings.links())
                && bases == openings.bases()
                && titles == openings.titles();
    }

    /**
     * Whether the text sample already has more than {@code textChars} characters. The count of text
     * met is a cheap trigger only (text right inside an element still open is not in it yet); the
     * sample itself decides, and is asked again only after more text.
     */
    private boolean textFull(Document doc) {
        nextTextCheck = text + Math.max(1, textChars / 4);
        Element body = existingBody(doc);
        if (body == null) {
            return false;
        }
        String sample = HtmlSampler.textSample(body, textChars);
        if (sample.length() <= textChars) {
            return false;
        }
        fullText = sample;
        return true;
    }

    /**
     * Whether a table may still be open. The parser moves stray text of an open table in front of it
     * ("foster parenting"), that is, into the text already sampled. An open table is the last element
     * of its parent, and so on up, so it is on the chain of last elements from the root; a closed
     * table there counts too, which only makes the walk go on a little longer.
     */
    private static boolean tableOpen(Document doc) {
        for (Element last = doc.lastElementChild(); last != null; last = last.lastElementChild()) {
            if (last.nameIs("table")) {
                return true;
            }
        }
        return false;
    }

    /** The body if the parse has made one; unlike {@link Document#body()} never adds one. */
    private static Element existingBody(Document doc) {
        Element html = doc.firstElementChild();
        while (html != null && !html.nameIs("html")) {
            html = html.nextElementSibling();
        }
        if (html == null) {
            return null;
        }
        for (Element child = html.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("body") || child.nameIs("frameset")) {
                return child;
            }
        }
        return null;
    }
}
