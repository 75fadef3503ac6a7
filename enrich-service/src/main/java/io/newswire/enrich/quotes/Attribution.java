package io.newswire.enrich.quotes;

/**
 * How a quote is tied to its speaker.
 *
 * @param cue          the cue word(s), or null for a continuation or a headline 'Speaker:' line
 * @param quoteStart   where the quote (with its marks) starts
 * @param quoteEnd     where the quote (with its marks) ends
 * @param cueAfter     true when the cue follows the quote ("…," Smith said)
 */
record Attribution(CueLexicon.Hit cue, int quoteStart, int quoteEnd, boolean cueAfter) {}
