package org.papergraph.extract.match;

/**
 * A matching unit: a run of letters, a run of digits, or one other non-space character. Spaces,
 * hyphens and underscores only separate pieces, so "LLaMA-2", "LLaMA 2" and "LLaMA2" all give the
 * pieces {@code LLaMA, 2}.
 *
 * @param text surface text
 * @param start offset of the first character in the field
 * @param end offset after the last character
 * @param wordStart true when no letter or digit directly precedes it
 * @param wordEnd true when no letter or digit directly follows it
 */
public record Piece(String text, int start, int end, boolean wordStart, boolean wordEnd) {}
