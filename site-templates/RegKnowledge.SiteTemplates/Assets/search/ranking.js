// Final ranking in the browser, as SearchService does it: filters (any value within a facet, every facet), a score
// multiplier per document kind, best score first and index order on ties; and the facet counts of the current query.

/** Applies filters and kind priors, keeps the best `top` (score desc, then index order) and counts facets. */
export function rank(manifest, matched, facets, filters, top) {
  const masks = manifest.facets.map((facet, f) => {
    const wanted = new Set((filters[facet.field] ?? []).map(v => facet.values.indexOf(v)));
    return wanted.size === 0 ? null : facets.mask(f, wanted);
  });
  const active = masks.map((mask, f) => [mask, f]).filter(([mask]) => mask);
  const passes = (doc, skip) => {
    for (const [mask, f] of active) if (f !== skip && !mask[doc]) return false;
    return true;
  };
  const priors = kindPriors(manifest);
  const kindFacet = manifest.facets.findIndex(f => f.field === 'kind');
  const docs = [];
  const scores = [];
  for (let i = 0; i < matched.docs.length; i++) {
    const doc = matched.docs[i];
    if (!passes(doc, -1)) continue;
    const prior = priors ? priors[facets.of(kindFacet, doc)[0]] ?? 1 : 1;
    docs.push(doc);
    scores.push(prior === 1 ? matched.scores[i] : Math.fround(matched.scores[i] * prior));
  }
  const facetCounts = manifest.facets.map((facet, f) => {
    const counts = new Int32Array(facet.values.length);
    const starts = facets.starts[f];
    const codes = facets.codes[f];
    for (const doc of matched.docs) {
      if (!passes(doc, f)) continue;
      for (let i = starts[doc]; i < starts[doc + 1]; i++) counts[codes[i]]++;
    }
    const perValue = new Map();
    counts.forEach((count, code) => count > 0 && perValue.set(code, count));
    return perValue;
  });
  return { total: docs.length, hits: best(docs, scores, top), facetCounts };
}

/** The score multiplier of each kind code, or null when no kind has one. */
function kindPriors(manifest) {
  const priors = manifest.ranking.kindPriors;
  if (!priors || Object.keys(priors).length === 0) return null;
  const kinds = manifest.facets.find(f => f.field === 'kind').values;
  return kinds.map(kind => Math.fround(priors[kind] ?? 1));
}

/** The `top` best documents, best first: higher score, then lower document number (Lucene's order). */
function best(docs, scores, top) {
  const order = Array.from(docs.keys());
  const better = (a, b) => scores[b] - scores[a] || docs[a] - docs[b];
  if (order.length > top * 4) {
    // Keep only candidates at least as good as the top-th score, then sort those.
    const sorted = Float64Array.from(scores).sort();
    const threshold = sorted[sorted.length - top];
    const candidates = order.filter(i => scores[i] >= threshold);
    return candidates.sort(better).slice(0, top).map(i => ({ doc: docs[i], score: scores[i] }));
  }
  return order.sort(better).slice(0, top).map(i => ({ doc: docs[i], score: scores[i] }));
}
