// Entry of search.bundle.js, the one script the search page loads (a classic script, added by boot.js): the search
// client's modules bundled and minified by bundle.mjs. The index sits in the site's search/ folder, two levels above.
import { fetchSource, scriptSource } from './index-files.js';
import { start } from './search-page.js';

const script = document.currentScript;
const index = new URL('../../search/', script.src);
// From disk (file://) the index is read from its classic-script mirror, since fetch() of file:// URLs is refused.
start(location.protocol === 'file:' ? scriptSource(index) : fetchSource(index)).catch(error => {
  const root = document.getElementById('search-results');
  if (root) root.dataset.state = 'error';
  throw error;
});
