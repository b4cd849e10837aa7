package org.papergraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.SourcePosition;
import org.papergraph.ingest.io.Utf8LineReader;

/**
 * The text of a Hugging Face Daily Papers page: some header lines, then for each paper a title
 * block, a blank line and an abstract block. Nothing about a particular page is assumed: the
 * header is whatever short blocks come before the first title that is followed by an abstract
 * ({@link PageBlock#looksLikeAbstract}). After that, a title followed by another title is a paper
 * without abstract (kept, warned), and an abstract without a title is rejected. Known page
 * furniture ({@link PageBlock#PAGE_CHROME}) is never taken as a title.
 */
final class DailyPageReader {

  private static final int MAX_HEADER_BLOCKS = 50;

  private final RecordSink sink;
  private String source;
  private final Deque<PageBlock> header = new ArrayDeque<>();
  private boolean inList;
  private PageBlock pendingTitle;

  DailyPageReader(RecordSink sink) {
    this.sink = sink;
  }

  void read(InputStream in, String source) throws IOException, IngestException {
    this.source = source;
    int max = sink.options().maxAbstractChars();
    Utf8LineReader lines = new Utf8LineReader(in, JsonLinesReader.maxLineBytes(max));
    PageBlocks blocks = new PageBlocks(lines, max + RecordSink.MAX_TITLE_CHARS);
    for (PageBlock block = blocks.next(); block != null; block = blocks.next()) {
      block(block);
    }
    if (pendingTitle != null) {
      paper(pendingTitle, null);
    }
    if (!inList) {
      throw new IngestException(source + ": no papers found: expected a Daily Papers page, a"
          + " title line, a blank line and an abstract paragraph for each paper");
    }
  }

  private void block(PageBlock block) {
    if (block.error() != null || block.isBinary()) {
      String reason = block.error() != null ? block.error() : "binary data in a text page";
      sink.reject(where(block), reason, block.text());
      pendingTitle = null;
      return;
    }
    if (!inList) {
      startList(block);
    } else if (block.looksLikeAbstract()) {
      if (pendingTitle == null) {
        sink.reject(where(block), "abstract paragraph without a title line before it",
            block.text());
      } else {
        paper(pendingTitle, block);
        pendingTitle = null;
      }
    } else {
      if (pendingTitle != null) {
        paper(pendingTitle, null);
      }
      pendingTitle = block.isChrome() ? null : block;
    }
  }

  /** Before the list: buffer short blocks until one is followed by an abstract. */
  private void startList(PageBlock block) {
    if (block.looksLikeAbstract() && !header.isEmpty() && !header.peekLast().isChrome()) {
      inList = true;
      paper(header.pollLast(), block);
      header.clear();
    } else if (!block.looksLikeAbstract()) {
      header.addLast(block);
      if (header.size() > MAX_HEADER_BLOCKS) {
        header.pollFirst();
      }
    }
  }

  private void paper(PageBlock title, PageBlock abstractBlock) {
    if (title.isChrome()) {
      return;
    }
    PaperDraft d = new PaperDraft();
    d.title = title.text();
    d.rawAbstract = abstractBlock == null ? "" : abstractBlock.text();
    sink.accept(d, where(title), () -> title.text() + " | "
        + (abstractBlock == null ? "" : abstractBlock.text()));
  }

  private SourcePosition where(PageBlock block) {
    return new SourcePosition(source, Long.toString(block.line()));
  }
}
