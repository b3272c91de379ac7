package org.citewatch.extract;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/** Messages for a person about an XML error, without the parser's location preamble. */
final class XmlErrors {

    /** The JDK parser prefixes "ParseError at [row,col]:[3,7]\nMessage: "; the line is reported apart. */
    private static final String MESSAGE_MARK = "Message: ";

    private XmlErrors() {}

    static String describe(XMLStreamException e) {
        if (e.getNestedException() instanceof IOException) {
            return InputErrors.describe((IOException) e.getNestedException());
        }
        String message = e.getMessage() == null ? "XML error" : e.getMessage();
        int mark = message.indexOf(MESSAGE_MARK);
        if (mark >= 0) {
            message = message.substring(mark + MESSAGE_MARK.length());
        }
        return "malformed XML: " + message.strip();
    }
}
