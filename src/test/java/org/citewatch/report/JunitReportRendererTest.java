package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JunitReportRendererTest {

    /** The windyroad JUnit schema, see the comment in the file. */
    private static final Path XSD = Path.of("src/test/resources/fixtures/report/JUnit.xsd");

    @Test
    void writesXmlValidAgainstTheJunitSchema() throws Exception {
        byte[] xml = render();

        validator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void schemaValidationRejectsASuiteWithoutRequiredAttributes() throws Exception {
        byte[] broken = "<testsuites><testsuite name=\"x\"/></testsuites>".getBytes();

        assertThatThrownBy(() -> validator().validate(new StreamSource(new ByteArrayInputStream(broken))))
                .as("the schema test must be able to fail")
                .isInstanceOf(SAXException.class);
    }

    @Test
    void writesOneSuitePerDocumentAndOneCasePerUrl() throws Exception {
        Document xml = parse(render());

        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element seoul = suite(xml, SampleReport.SEOUL);
        assertThat(seoul.getAttribute("tests")).isEqualTo("7");
        assertThat(seoul.getAttribute("failures"))
                .as("MOFA, NEWS and ARCHIVED are dead")
                .isEqualTo("3");
        assertThat(seoul.getAttribute("skipped"))
                .as("the blocked link is unknown")
                .isEqualTo("1");
    }

    @Test
    void failsDeadLinksWithReasonAndFixAndSkipsUnknownOnes() throws Exception {
        Document xml = parse(render());

        Element mofa = testcase(xml, SampleReport.MOFA);
        Element failure = (Element) mofa.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("HTTP_404");
        assertThat(failure.getAttribute("message"))
                .contains("HTTP_404", "HTTP 404", "fix: {{dead link|date=November 2026}}");
        assertThat(failure.getTextContent()).contains("Line 12:5");
        assertThat(testcase(xml, SampleReport.BLOCKED)
                        .getElementsByTagName("skipped")
                        .getLength())
                .isEqualTo(1);
        assertThat(testcase(xml, SampleReport.ALIVE).getChildNodes().getLength())
                .isZero();
    }

    @Test
    void keepsHostileTextAsEscapedCharacterData() throws Exception {
        Document xml = parse(render());

        assertThat(suite(xml, SampleReport.HOSTILE_DOC)).isNotNull();
        Element script = testcase(xml, SampleReport.SCRIPT_URL);
        assertThat(script.getElementsByTagName("failure").item(0).getTextContent())
                .contains(SampleReport.SCRIPT_EVIDENCE);
        assertThat(testcase(xml, SampleReport.LONG_URL)).isNotNull();
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertThat(XmlText.clean("a\u0000b\u0008c\uFFFEd\uD800e\tf😀")).isEqualTo("abcde\tf😀");
    }

    private static byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JunitReportRenderer().render(ReportModel.of(SampleReport.report()), out);
        return out.toByteArray();
    }

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator validator = factory.newSchema(XSD.toFile()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return validator;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element suite(Document xml, String name) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no testsuite " + name);
    }

    private static Element testcase(Document xml, String url) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("name").equals(url)) {
                return testcase;
            }
        }
        throw new AssertionError("no testcase " + url);
    }
}
