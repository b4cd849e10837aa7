package org.papergraph.ingest.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Checks that a saved response is whole, so a cut-off body is retried rather than saved. */
final class ResponseChecks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

  private ResponseChecks() {}

  /** A complete JSON array; returns its length. */
  static int jsonArray(byte[] body) throws IOException {
    JsonNode node = JSON.readTree(body);
    if (node == null || !node.isArray()) {
      throw new IOException("expected a JSON array of daily papers");
    }
    return node.size();
  }

  /** Entries and {@code opensearch:totalResults} of a complete Atom feed. */
  record Feed(int entries, int totalResults) {}

  static Feed atom(byte[] body) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
      xml.nextTag();
      if (!ATOM.equals(xml.getNamespaceURI()) || !"feed".equals(xml.getLocalName())) {
        throw new IOException("expected an Atom feed, got <" + xml.getLocalName() + ">");
      }
      int entries = 0;
      int total = -1;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          if (ATOM.equals(xml.getNamespaceURI()) && "entry".equals(xml.getLocalName())) {
            entries++;
          } else if (OPENSEARCH.equals(xml.getNamespaceURI())
              && "totalResults".equals(xml.getLocalName())) {
            total = Integer.parseInt(xml.getElementText().strip());
          }
        }
      }
      return new Feed(entries, total);
    } catch (XMLStreamException | NumberFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
