package org.papergraph.ingest.source;

import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.SourcePosition;

/**
 * arXiv API responses: Atom feeds read with StAX, one {@code entry} at a time. The root must be
 * Atom's {@code feed}, otherwise the whole input is refused. DTDs and external entities are
 * disabled. Each entry's position is the line of its {@code <entry>} tag. arXiv reports query
 * errors as an entry whose id is under {@code http://arxiv.org/api/errors}; such an entry is
 * rejected with arXiv's message.
 */
final class AtomReader {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String ARXIV = "http://arxiv.org/schemas/atom";

  private static final XMLInputFactory FACTORY = factory();

  private final RecordSink sink;

  AtomReader(RecordSink sink) {
    this.sink = sink;
  }

  void read(InputStream in, String source) throws IngestException {
    XMLStreamReader xml = null;
    try {
      xml = FACTORY.createXMLStreamReader(in);
      xml.nextTag();
      if (!ATOM.equals(xml.getNamespaceURI()) || !"feed".equals(xml.getLocalName())) {
        throw new IngestException(source + ": XML that is not an Atom feed: the root element is <"
            + xml.getLocalName() + ">" + (xml.getNamespaceURI() == null ? " without namespace"
                : " in namespace " + xml.getNamespaceURI())
            + "; expected <feed xmlns=\"" + ATOM + "\"> as the arXiv API returns");
      }
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && ATOM.equals(xml.getNamespaceURI())
            && "entry".equals(xml.getLocalName())) {
          SourcePosition where = new SourcePosition(source,
              Integer.toString(xml.getLocation().getLineNumber()));
          entry(new AtomEntry(xml).read(), where);
        }
      }
    } catch (XMLStreamException e) {
      throw new IngestException(where(source, e.getLocation()) + ": malformed XML: "
          + message(e) + " (entries before this point were read)", e);
    } finally {
      close(xml);
    }
  }

  private void entry(AtomEntry.Result entry, SourcePosition where) {
    if (entry.id() != null && entry.id().startsWith("http://arxiv.org/api/errors")) {
      sink.reject(where, "arXiv API error: " + Excerpts.of(entry.draft().rawAbstract),
          entry.id());
      return;
    }
    PaperDraft d = entry.draft();
    sink.accept(d, where, () -> "<entry><id>" + entry.id() + "</id><title>" + d.title + "</title>");
  }

  private static String where(String source, Location location) {
    return location == null || location.getLineNumber() < 0 ? source
        : source + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int cut = m.indexOf("Message: ");
    return (cut >= 0 ? m.substring(cut + 9) : m).strip();
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // closing a reader over a broken stream has nothing more to say
      }
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
