package org.papergraph.ingest.source;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one Atom {@code entry} of an arXiv API feed, from its start tag to its end tag. */
final class AtomEntry {

  record Result(String id, PaperDraft draft) {}

  private final XMLStreamReader xml;
  private final PaperDraft draft = new PaperDraft();
  private String id;

  AtomEntry(XMLStreamReader xml) {
    this.xml = xml;
  }

  Result read() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        element(xml.getNamespaceURI(), xml.getLocalName());
      }
    }
    return new Result(id, draft);
  }

  /** Handles one child of {@code entry}; every branch consumes the element to its end tag. */
  private void element(String ns, String name) throws XMLStreamException {
    if (AtomReader.ATOM.equals(ns)) {
      switch (name) {
        case "id" -> {
          id = xml.getElementText().strip();
          draft.arxiv(id);
        }
        case "title" -> draft.title = xml.getElementText();
        case "summary" -> draft.rawAbstract = xml.getElementText();
        case "published" -> Dates.into(draft, xml.getElementText(), "published");
        case "author" -> author();
        case "link" -> link();
        case "category" -> category();
        default -> skip();
      }
    } else if (AtomReader.ARXIV.equals(ns)) {
      switch (name) {
        case "doi" -> draft.doi(xml.getElementText());
        case "primary_category" -> category();
        default -> skip();
      }
    } else {
      skip();
    }
  }

  private void author() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (AtomReader.ATOM.equals(xml.getNamespaceURI()) && "name".equals(xml.getLocalName())) {
          draft.authors.add(xml.getElementText());
        } else {
          skip();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void link() throws XMLStreamException {
    String href = xml.getAttributeValue(null, "href");
    String title = xml.getAttributeValue(null, "title");
    if ("doi".equals(title)) {
      draft.doi(href);
    } else {
      draft.link(href);
    }
    skip();
  }

  private void category() throws XMLStreamException {
    String term = xml.getAttributeValue(null, "term");
    if (term != null && !term.isBlank() && !draft.categories.contains(term.strip())) {
      draft.categories.add(term.strip());
    }
    skip();
  }

  /** Skips the current element and its content. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
