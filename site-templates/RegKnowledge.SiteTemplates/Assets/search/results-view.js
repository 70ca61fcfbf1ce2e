// Renders ranked results grouped by kind (groups in the order of their best result, ranks kept inside a group), each with
// its title linked to the page (and the query to highlight there), where it sits, and a snippet with the query marked.
import { el, markedText } from './dom.js';
import { snippet } from './snippets.js';
import { withHighlight } from './url-state.js';

/**
 * @param documents display records from SearchEngine.documents, best first
 * @param options   { kindLabels: Map, highlight, analyzer, query, siteRoot: '../', fromDisk: link folders' index.html }
 */
export function renderResults(documents, { kindLabels, highlight, analyzer, query, siteRoot, fromDisk = false }) {
  const groups = new Map();
  for (const doc of documents) {
    if (!groups.has(doc.kind)) groups.set(doc.kind, []);
    groups.get(doc.kind).push(doc);
  }
  const sections = [];
  for (const [kind, docs] of groups) {
    const headingId = `search-group-${kind}`;
    sections.push(el('section', { class: 'search-group', 'aria-labelledby': headingId },
      el('h2', { id: headingId }, `${kindLabels.get(kind) ?? kind} (${docs.length})`),
      el('ol', { class: 'search-hits' }, docs.map(doc => renderHit(doc, { highlight, analyzer, query, siteRoot, fromDisk })))));
  }
  return sections;
}

function renderHit(doc, { highlight, analyzer, query, siteRoot, fromDisk }) {
  const title = snippet(doc.title, highlight, analyzer, 10000);
  const body = snippet(doc.text, highlight, analyzer);
  const href = withHighlight(siteRoot + (fromDisk ? folderIndex(doc.url) : doc.url), query);
  return el('li', { class: 'search-hit', 'data-doc-id': doc.id },
    el('a', { class: 'search-hit-link', href }, markedText(title.text, title.marks)),
    doc.context ? el('p', { class: 'search-hit-context' }, doc.context) : null,
    body.text ? el('p', { class: 'search-hit-snippet' }, markedText(body.text, body.marks)) : null);
}

/** "jurisdictions/sg/#x" → "jurisdictions/sg/index.html#x": a page opened from disk has no server to find a folder's page. */
export function folderIndex(url) {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  return path === '' || path.endsWith('/') ? `${path}index.html${cut < 0 ? '' : url.slice(cut)}` : url;
}
