// The search page: search as you type, facets, typo fallback, state in the URL, keyboard navigation of results.
// Started by boot.js; everything it shows is built as DOM nodes (dom.js).
import { el } from './dom.js';
import { expandFacet, readFacets, renderFacets } from './facets-view.js';
import { fetchSource } from './index-files.js';
import { QuerySyntaxError } from './query-syntax.js';
import { renderResults } from './results-view.js';
import { openSearch } from './search-engine.js';
import { liveQuery, readState, writeState } from './url-state.js';
import { bindResultKeys } from './keyboard.js';

const PAGE = 10;
const TYPING_DELAY_MS = 40;
const FACET_TITLES = { kind: 'Kind', jurisdiction: 'Jurisdiction', region: 'Region', topic: 'Topic', level: 'Stance', alignment: 'Alignment' };

export async function start() {
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
    engine = await openSearch(fetchSource(new URL('../../search/', import.meta.url)));
  } catch (error) {
    status.textContent = `Search is unavailable: the search index could not be loaded (${error.message}).`;
    root.dataset.state = 'error';
    return;
  }
  const facetFields = engine.manifest.facets.map(f => f.field);
  const kindFacet = engine.manifest.facets.find(f => f.field === 'kind');
  const kindLabels = new Map(kindFacet.values.map((v, i) => [v, kindFacet.labels[i]]));
  let state = readState(location.search, facetFields);
  let shown = PAGE;
  let sequence = 0;
  let typingTimer = 0;

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
      return;
    }
    const started = performance.now();
    const query = live ? liveQuery(state.query) : state.query;
    let result;
    let corrected = null;
    let suggestion = null;
    try {
      result = await engine.search(query, { filters: state.filters, top: shown });
      const correction = await engine.correct(query);
      if (correction && result.total === 0) {
        const second = await engine.search(correction.query, { filters: state.filters, top: shown });
        if (second.total > 0) {
          result = second;
          corrected = correction;
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
      return;
    }
    const documents = await engine.documents(result.hits.map(h => h.doc));
    if (mine !== sequence) return;
    render(result, documents, corrected ? corrected.query : query, { corrected, suggestion });
    root.dataset.state = result.total === 0 ? 'empty' : 'results';
    root.dataset.query = query;
    root.dispatchEvent(new CustomEvent('regk-search-rendered', { detail: { query, total: result.total, ms: performance.now() - started } }));
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
    const groups = renderResults(documents, { kindLabels, highlight: result.highlight, analyzer: engine.analyzer, query, siteRoot: '../' });
    const more = result.total > documents.length
      ? el('button', { type: 'button', class: 'search-more' }, `Show more results (${documents.length} of ${result.total})`)
      : null;
    list.replaceChildren(...groups, ...(more ? [more] : []));
  }

  function remember(push) {
    const url = `${location.pathname}${writeState(state, facetFields)}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    shown = PAGE;
    remember(false);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => run({ live: true }), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(typingTimer);
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
    state = readState(location.search, facetFields);
    input.value = state.query;
    shown = PAGE;
    run();
  });
  bindResultKeys(input, list);

  input.value = state.query;
  await run();
}
