// Marks the words of a search query on the page a result leads to (?hl=...), with the same analysis as the search, and
// scrolls to the first mark unless the link pointed at a section (#fragment).
import { createAnalyzer } from './analyzer.js';
import { markedText } from './dom.js';
import { highlightTerms } from './highlight-terms.js';
import { parse } from './query-syntax.js';
import { matchRanges } from './snippets.js';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'BUTTON']);

/** Marks `query` in the page's main text; `source` reads the site's search/ files (index-files.js), for the analysis tables. */
export async function highlight(query, source) {
  let node;
  try {
    node = parse(query);
  } catch {
    return 0;
  }
  const manifest = JSON.parse(new TextDecoder().decode(await source('manifest.bin')));
  const analyzer = createAnalyzer(manifest.analysis);
  const terms = highlightTerms(node, analyzer);
  const main = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: text => (SKIPPED.has(text.parentElement?.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  let count = 0;
  for (const text of texts) {
    const ranges = matchRanges(text.data, terms, analyzer);
    if (ranges.length === 0) continue;
    const parts = markedText(text.data, ranges);
    for (const part of parts) if (part.nodeName === 'MARK') part.className = 'search-hl';
    text.replaceWith(...parts);
    count += ranges.length;
  }
  document.documentElement.dataset.highlighted = String(count);
  const first = main.querySelector('mark.search-hl');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  return count;
}
