// Scores a query tree (query-builder.js) the way Lucene.Net 4.8 scores the same Lucene query, down to float rounding:
// term and phrase scores from BM25 (bm25.js); DisjunctionMax sums its fields in the order of Lucene's scorer heap, in
// single precision; Boolean sums in double then rounds; a required clause plus optional ones add in single precision.
// A "match" is { docs: Int32Array ascending, scores: Float64Array }, or null where Lucene has no scorer at all.
import { docScorer, idf } from './bm25.js';
import { disMax, intersect, sumMatches, union } from './combine.js';

const f = Math.fround;

/**
 * @param view { maxDoc, k1, fields: [{ cache }], postings(term) → [perField]|null, prefixTerms(prefix) → [term],
 *               positions(term, field) → [Int32Array per posting] }
 */
export function evaluate(query, view) {
  return score(query, 1);

  function score(q, topLevelBoost) {
    switch (q.type) {
      case 'term': return term(q, topLevelBoost);
      case 'phrase': return phrase(q, topLevelBoost);
      case 'prefix': return prefix(q, topLevelBoost);
      case 'dismax': return disMax(q.subs.map(s => score(s, f(topLevelBoost * q.boost))), q.tieBreaker);
      case 'bool': return boolean(q, f(topLevelBoost * q.boost));
      case 'all': return all(f(q.boost * f(1 * topLevelBoost)));
      default: throw new Error(`unknown query ${q.type}`);
    }
  }

  function term(q, top) {
    const postings = view.postings(q.term)?.[q.field];
    if (!postings) return null;
    const scorer = docScorer(idf(postings.docs.length, view.maxDoc), q.boost, top, view.k1, view.fields[q.field].cache);
    const scores = new Float64Array(postings.docs.length);
    for (let i = 0; i < scores.length; i++) scores[i] = scorer(postings.freqs[i], postings.norms[i]);
    return { docs: postings.docs, scores };
  }

  function phrase(q, top) {
    const lists = q.terms.map(t => view.postings(t.term)?.[q.field] ?? null);
    if (lists.some(p => !p)) return null;
    let idfSum = 0;
    for (const p of lists) idfSum = f(idfSum + idf(p.docs.length, view.maxDoc));
    const scorer = docScorer(idfSum, q.boost, top, view.k1, view.fields[q.field].cache);
    const positions = q.terms.map(t => view.positions(t.term, q.field));
    const docs = [];
    const scores = [];
    const cursors = lists.map(() => 0);
    // Walk the rarest list; find the document in the others; count phrase starts where every term sits at its offset.
    const lead = lists[0];
    for (let i = 0; i < lead.docs.length; i++) {
      const doc = lead.docs[i];
      let all = true;
      for (let t = 1; t < lists.length && all; t++) {
        const list = lists[t].docs;
        let c = cursors[t];
        while (c < list.length && list[c] < doc) c++;
        cursors[t] = c;
        all = c < list.length && list[c] === doc;
      }
      if (!all) continue;
      const starts = new Map();
      for (let t = 0; t < lists.length; t++) {
        const at = t === 0 ? i : cursors[t];
        for (const p of positions[t][at]) {
          // Lucene's ExactPhraseScorer counts only phrase starts at position 0 or later: with a leading stop word
          // ("the travel rule": travel@1) a "travel" at the very start of a field is no match.
          const start = p - q.terms[t].position;
          if (start >= 0 && (starts.get(start) ?? 0) === t) starts.set(start, t + 1);
        }
      }
      let freq = 0;
      for (const count of starts.values()) if (count === lists.length) freq++;
      if (freq > 0) {
        docs.push(doc);
        scores.push(scorer(freq, lead.norms[i]));
      }
    }
    return { docs: Int32Array.from(docs), scores: Float64Array.from(scores) };
  }

  function prefix(q, top) {
    const lists = view.prefixTerms(q.prefix).map(t => view.postings(t)?.[q.field]).filter(Boolean);
    if (lists.length === 0) return null;
    const value = f(q.boost * f(1 * top));
    const docs = union(lists.map(l => l.docs));
    return { docs, scores: new Float64Array(docs.length).fill(value) };
  }

  function all(value) {
    const docs = Int32Array.from({ length: view.maxDoc }, (_, i) => i);
    return { docs, scores: new Float64Array(view.maxDoc).fill(value) };
  }

  function boolean(q, top) {
    const required = [];
    const optional = [];
    const prohibited = [];
    for (const c of q.clauses) {
      const m = score(c.query, top);
      if (c.occur === 'must') {
        if (!m) return null;
        required.push(m);
      } else if (c.occur === 'mustNot') {
        if (m) prohibited.push(m);
      } else if (m) {
        optional.push(m);
      }
    }
    if (required.length === 0 && optional.length === 0) return null;
    const excluded = new Set();
    for (const m of prohibited) for (const doc of m.docs) excluded.add(doc);
    if (required.length === 0) return sumMatches(optional, excluded, true, view.maxDoc);
    const req = required.length === 1 ? required[0] : intersect(required, view.maxDoc);
    const opt = optional.length === 0 ? null : optional.length === 1 ? optional[0] : sumMatches(optional, new Set(), false, view.maxDoc);
    const optScore = new Map();
    if (opt) for (let i = 0; i < opt.docs.length; i++) optScore.set(opt.docs[i], opt.scores[i]);
    const docs = [];
    const scores = [];
    for (let i = 0; i < req.docs.length; i++) {
      const doc = req.docs[i];
      if (excluded.has(doc)) continue;
      const extra = optScore.get(doc);
      docs.push(doc);
      scores.push(extra === undefined ? req.scores[i] : f(req.scores[i] + extra));
    }
    return { docs: Int32Array.from(docs), scores: Float64Array.from(scores) };
  }
}
