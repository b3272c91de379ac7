package org.citewatch.fix;

import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;

/**
 * Edits of one template's parameters that keep the template's own layout: a value is replaced
 * between its surrounding spaces, and a new parameter is written after the last one with the same
 * spacing and line breaks the template already uses ({@code |a=b}, {@code  | a = b }, one per line).
 */
final class ParamEdits {

    private final WikitextSyntax syntax;
    private final WikiTemplate template;
    private final Citation citation;

    ParamEdits(WikitextSyntax syntax, WikiTemplate template, Citation citation) {
        this.syntax = syntax;
        this.template = template;
        this.citation = citation;
    }

    /**
     * Sets a parameter's value; empty when it already has it. Refuses (throws) a value holding a
     * comment, which the caller turns into a note: text hidden from readers is not for a bot to rewrite.
     */
    java.util.Optional<Edit> set(WikiTemplate.Param param, String value, EditReason reason) {
        String text = syntax.text();
        int start = param.valueStart();
        int end = param.valueEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (syntax.hidden(param.valueStart(), param.valueEnd())) {
            throw new UnfixableException("the " + param.name() + "= value holds a comment or an ignored tag");
        }
        if (start == end) {
            int at = param.valueStart();
            if (at < param.valueEnd() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            return java.util.Optional.of(Edit.insert(at, value, reason, citation));
        }
        if (text.substring(start, end).equals(value)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Edit.replace(text, start, end, value, reason, citation));
    }

    /** Adds parameters (name to value, in order) after the last one, in the template's layout. */
    Edit append(Map<String, String> params, EditReason reason) {
        List<WikiTemplate.Param> all = template.params();
        if (all.isEmpty()) {
            throw new UnfixableException("the template has no parameters to follow");
        }
        String text = syntax.text();
        WikiTemplate.Param last = all.get(all.size() - 1);
        WikiTemplate.Param model = lastNamed(all);
        int insertAt = trimmedEnd(text, last.valueStart(), last.valueEnd());
        if (syntax.hidden(insertAt - 1 < 0 ? 0 : insertAt - 1)) {
            throw new UnfixableException("the template ends in a comment");
        }
        String separator = separatorBefore(all.indexOf(last));
        String keyPart = model == null ? "" : text.substring(model.pipe() + 1, keyEnd(model));
        String keyLead = leading(keyPart);
        String keyTrail = trailing(keyPart.substring(keyLead.length()));
        String valueLead = model == null ? "" : horizontalLead(text, model.valueStart(), model.valueEnd());
        StringBuilder added = new StringBuilder();
        params.forEach((name, value) -> added.append(separator)
                .append('|')
                .append(keyLead)
                .append(name)
                .append(keyTrail)
                .append('=')
                .append(valueLead)
                .append(value));
        return Edit.insert(insertAt, added.toString(), reason, citation);
    }

    /** The whitespace that ends the value before parameter {@code index} (or the name before the first). */
    private String separatorBefore(int index) {
        String text = syntax.text();
        if (index == 0) {
            int pipe = template.params().get(0).pipe();
            return text.substring(trimmedEnd(text, template.start() + 2, pipe), pipe);
        }
        WikiTemplate.Param previous = template.params().get(index - 1);
        return text.substring(trimmedEnd(text, previous.valueStart(), previous.valueEnd()), previous.valueEnd());
    }

    private static WikiTemplate.Param lastNamed(List<WikiTemplate.Param> params) {
        for (int i = params.size() - 1; i >= 0; i--) {
            if (params.get(i).named()) {
                return params.get(i);
            }
        }
        return null;
    }

    /** The offset of a named parameter's {@code =}. */
    private static int keyEnd(WikiTemplate.Param param) {
        return param.valueStart() - 1;
    }

    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static String leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String horizontalLead(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }
}
