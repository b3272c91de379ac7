package org.citewatch.extract;

import java.util.HashMap;
import java.util.Map;

/** Reads template parameter values out of a masked document: text, dates (with warnings), by name. */
final class TemplateValues {

    private final char[] a;
    private final WarningLog warnings;

    TemplateValues(char[] maskedText, WarningLog warnings) {
        this.a = maskedText;
        this.warnings = warnings;
    }

    char[] text() {
        return a;
    }

    /** Parameters by {@link CitationTemplates#key}; a repeated parameter's last value wins, as in MediaWiki. */
    static Map<String, TemplateCall.Param> byKey(TemplateCall call) {
        Map<String, TemplateCall.Param> byKey = new HashMap<>();
        for (TemplateCall.Param param : call.params()) {
            byKey.put(CitationTemplates.key(param.name()), param);
        }
        return byKey;
    }

    /** The value trimmed, whitespace runs as one space; {@code null} for a missing or empty parameter. */
    String clean(TemplateCall.Param param) {
        return param == null ? null : TextSpans.clean(a, param.valueStart(), param.valueEnd());
    }

    /** The value parsed as a date; an unparseable one is kept raw with a warning naming {@code what}. */
    CitationDate date(TemplateCall.Param param, String what) {
        String raw = clean(param);
        if (raw == null) {
            return null;
        }
        CitationDate date = CitationDates.parse(raw);
        if (date.precision() == CitationDate.Precision.UNPARSED) {
            warnings.warn(
                    TextSpans.skipSpace(a, param.valueStart(), param.valueEnd()),
                    "unparseable " + what + " kept as written: " + raw);
        }
        return date;
    }
}
