// Entry of page-highlight.bundle.js, loaded by landing.js only on a page reached from a search result (?hl=the query):
// marks the query's words on the page. Marking is a convenience, so a failure leaves the page as it was.
import { fetchSource, scriptSource } from './index-files.js';
import { highlight } from './page-highlight.js';

const script = document.currentScript;
const query = new URLSearchParams(location.search).get('hl');
if (query && script) {
  const index = new URL('../../search/', script.src);
  highlight(query, location.protocol === 'file:' ? scriptSource(index) : fetchSource(index)).catch(() => {});
}
