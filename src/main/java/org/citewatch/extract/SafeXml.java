package org.citewatch.extract;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/** StAX factories for untrusted XML: no DTD, no external entity, nothing fetched (XXE). */
final class SafeXml {

    /**
     * The JDK counts every predefined entity reference ({@code &amp;}, {@code &lt;}) towards a limit
     * per document (50 million on Java 17, lower on later releases) meant for entity bombs; a
     * Wikipedia dump holds far more and would fail part-way. Without a DTD no entity can be declared,
     * so the limit protects nothing here: 0 lifts it.
     */
    private static final String JDK_TOTAL_ENTITY_SIZE_LIMIT = "jdk.xml.totalEntitySizeLimit";

    private SafeXml() {}

    static XMLInputFactory newInputFactory() {
        // the JDK's own implementation, whatever StAX provider the classpath brings
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(JDK_TOTAL_ENTITY_SIZE_LIMIT, "0");
        return factory;
    }
}
