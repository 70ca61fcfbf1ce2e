// Entry of search.bundle.js, the one script the search page loads (a classic script, added by boot.js): the search
// client's modules bundled and minified by bundle.mjs. The index sits in the site's search/ folder, two levels above.
import { start } from './search-page.js';

const script = document.currentScript;
start(new URL('../../search/', script.src)).catch(error => {
  const root = document.getElementById('search-results');
  if (root) root.dataset.state = 'error';
  throw error;
});
