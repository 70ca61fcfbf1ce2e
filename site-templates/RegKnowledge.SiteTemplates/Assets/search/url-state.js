// The search page's state in its URL: ?q=the query&kind=stance&jurisdiction=sg&jurisdiction=gb... (one parameter per
// selected facet value), so a search can be shared and the back button walks through earlier searches.

/** { query, filters: { field: [values] } } from a URL's search string. */
export function readState(search, facetFields) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const field of facetFields) {
    const values = params.getAll(field).filter(Boolean);
    if (values.length > 0) filters[field] = [...new Set(values)];
  }
  return { query: params.get('q') ?? '', filters };
}

/** The search string ("?q=...") for a state; facet values in the order given, fields in facet order. */
export function writeState({ query, filters }, facetFields) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const field of facetFields) for (const value of filters[field] ?? []) params.append(field, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A result link with the query to highlight on the landing page: path?hl=query#fragment. */
export function withHighlight(href, query) {
  if (!query) return href;
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash);
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}hl=${encodeURIComponent(query)}${fragment}`;
}

/**
 * The query to run while typing: the last word becomes a prefix ("travel ru" → "travel ru*") and an open quote is closed,
 * so results follow each keystroke. A query that ends in a space, quote, parenthesis or punctuation runs as typed.
 */
export function liveQuery(text) {
  let query = text;
  const quotes = (query.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) return `${query}"`;
  // Only a plain word of letters and digits: "crypto-asset" or "3.1" are several terms, which no single prefix matches.
  const last = /(?:^|[\s(])[+-]?([\p{L}\p{N}]+)$/u.exec(query);
  if (!last || ['AND', 'OR', 'NOT'].includes(last[1]) || last[1].length < 2) return query;
  return `${query}*`;
}
