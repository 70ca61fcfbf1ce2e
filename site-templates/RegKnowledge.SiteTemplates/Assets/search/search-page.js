// The search page: search as you type, facets, typo fallback, state in the URL, keyboard navigation of results.
// Started by entry-search.js (bundled into search.bundle.js, which boot.js loads); everything it shows is built as DOM nodes (dom.js).
import { el } from './dom.js';
import { expandFacet, readFacets, renderFacets } from './facets-view.js';
import { QuerySyntaxError } from './query-syntax.js';
import { renderResults } from './results-view.js';
import { openSearch } from './search-engine.js';
import { liveQuery, readState, writeState } from './url-state.js';
import { bindResultKeys } from './keyboard.js';

const PAGE = 10;
const FACET_TITLES = { kind: 'Kind', jurisdiction: 'Jurisdiction', region: 'Region', topic: 'Topic', level: 'Stance', alignment: 'Alignment' };

/** Starts the page; `source(path)` resolves to the bytes of a file of the site's search/ folder (index-files.js). */
export async function start(source) {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  const root = document.getElementById('search-results');
  if (!form || !input || !root) return;
  const status = el('p', { class: 'search-status', role: 'status' });
  const facetsForm = el('form', { class: 'search-facets', 'aria-label': 'Filter results' });
  const list = el('div', { class: 'search-list' });
  root.replaceChildren(status, el('div', { class: 'search-layout' }, facetsForm, list));
  root.dataset.state = 'loading';

  let engine;
  try {
    engine = await openSearch(source);
  } catch (error) {
    status.textContent = `Search is unavailable: the search index could not be loaded (${error.message}).`;
    root.dataset.state = 'error';
    return;
  }
  const facetFields = engine.manifest.facets.map(f => f.field);
  const kindFacet = engine.manifest.facets.find(f => f.field === 'kind');
  const kindLabels = new Map(kindFacet.values.map((v, i) => [v, kindFacet.labels[i]]));
  let state = readState(location.search, facetFields);
  // Opened from disk, a folder link shows a directory listing: results link to the folder's index.html instead.
  const fromDisk = location.protocol === 'file:';
  let shown = PAGE;
  let sequence = 0;
  // Typing runs a search at once, with no delay; while one is still running, only the latest text runs after it.
  let typing = null;
  let typedAgain = false;
  // The facet codes are needed by every query: fetch and decode them while the reader starts typing.
  engine.facetCodes().catch(() => {});

  const show = (text, kind = 'info', ...extra) => {
    status.replaceChildren(text, ...extra);
    status.dataset.kind = kind;
  };

  async function run({ live = false } = {}) {
    const mine = ++sequence;
    const typed = state.query.trim();
    if (!typed) {
      list.replaceChildren();
      facetsForm.replaceChildren();
      show('');
      root.dataset.state = 'ready';
      writeUrlSoon();
      return;
    }
    const started = performance.now();
    const query = live ? liveQuery(state.query) : state.query;
    let result;
    let documents;
    let corrected = null;
    let suggestion = null;
    try {
      result = await engine.search(query, { filters: state.filters, top: shown });
      // The display data and the typo check are independent: fetch both at once.
      let correction;
      [correction, documents] = await Promise.all([engine.correct(query), engine.documents(result.hits.map(h => h.doc))]);
      if (correction && result.total === 0) {
        const second = await engine.search(correction.query, { filters: state.filters, top: shown });
        if (second.total > 0) {
          result = second;
          corrected = correction;
          documents = await engine.documents(result.hits.map(h => h.doc));
        }
      } else if (correction) {
        suggestion = correction;
      }
    } catch (error) {
      if (mine !== sequence) return;
      if (!(error instanceof QuerySyntaxError)) throw error;
      if (!live) {
        list.replaceChildren();
        facetsForm.replaceChildren();
      }
      show(error.message, 'error');
      root.dataset.state = 'error';
      writeUrlSoon();
      return;
    }
    if (mine !== sequence) return;
    render(result, documents, corrected ? corrected.query : query, { corrected, suggestion });
    root.dataset.state = result.total === 0 ? 'empty' : 'results';
    root.dataset.query = query;
    root.dispatchEvent(new CustomEvent('regk-search-rendered', { detail: { query, total: result.total, ms: performance.now() - started } }));
    writeUrlSoon();
  }

  function render(result, documents, query, { corrected, suggestion }) {
    const quoted = `“${state.query.trim()}”`;
    if (corrected) {
      show(`No results for ${quoted}. Showing ${result.total} result${result.total === 1 ? '' : 's'} for “${corrected.query}”.`, 'corrected');
    } else if (result.total === 0) {
      show(`No results for ${quoted}. Check the spelling, use fewer words, or remove a filter.`, 'empty');
    } else {
      const extra = suggestion
        ? [' Did you mean ', el('button', { type: 'button', class: 'search-suggestion', 'data-query': suggestion.query }, suggestion.query), '?']
        : [];
      show(`${result.total} result${result.total === 1 ? '' : 's'} for ${quoted}.`, 'count', ...extra);
    }
    facetsForm.replaceChildren(...renderFacets(engine.manifest.facets, result.facetCounts, state.filters, FACET_TITLES));
    const groups = renderResults(documents, { kindLabels, highlight: result.highlight, analyzer: engine.analyzer, query, siteRoot: '../', fromDisk });
    const more = result.total > documents.length
      ? el('button', { type: 'button', class: 'search-more' }, `Show more results (${documents.length} of ${result.total})`)
      : null;
    list.replaceChildren(...groups, ...(more ? [more] : []));
  }

  function runTyped() {
    if (typing) {
      typedAgain = true;
      return;
    }
    typing = run({ live: true }).finally(() => {
      typing = null;
      if (typedAgain) {
        typedAgain = false;
        runTyped();
      }
    });
  }

  // The URL follows the state, but only once the results are on screen: a history write costs Chromium several
  // milliseconds (the browser process records it), as much as a whole search.
  let urlWrite = null;
  function remember(push) {
    urlWrite = push || urlWrite === 'push' ? 'push' : 'replace';
  }

  function writeUrlSoon() {
    if (urlWrite) requestAnimationFrame(() => setTimeout(writeUrl, 0));
  }

  function writeUrl() {
    if (!urlWrite) return;
    const url = `${location.pathname}${writeState(state, facetFields)}${location.hash}`;
    if (urlWrite === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    urlWrite = null;
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    shown = PAGE;
    remember(false);
    runTyped();
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    // Enter runs the exact query; a typed text still waiting must not replace its results with the prefix search.
    typedAgain = false;
    state = { ...state, query: input.value };
    shown = PAGE;
    remember(true);
    run();
  });
  facetsForm.addEventListener('change', () => {
    state = { ...state, filters: readFacets(facetsForm) };
    shown = PAGE;
    remember(true);
    run();
  });
  root.addEventListener('click', event => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (target.matches('.facet-more')) expandFacet(target);
    else if (target.matches('.search-more')) {
      shown += PAGE;
      run();
    } else if (target.matches('.search-suggestion')) {
      input.value = target.dataset.query;
      state = { ...state, query: input.value };
      remember(true);
      run();
    }
  });
  window.addEventListener('popstate', () => {
    urlWrite = null;
    typedAgain = false;
    state = readState(location.search, facetFields);
    input.value = state.query;
    shown = PAGE;
    run();
  });
  bindResultKeys(input, list);

  input.value = state.query;
  await run();
}
