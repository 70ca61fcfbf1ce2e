// How Lucene.Net 4.8 combines clause scores: Boolean clauses sum in double and round to float (BooleanScorer,
// ConjunctionScorer); DisjunctionMax sums in float in its scorer heap's order. Matches are { docs ascending, scores }.

const f = Math.fround;
const NO_MORE_DOCS = 0x7fffffff;

/** Documents of any match, each scored by the double sum of its clause scores in clause order, rounded to float. */
export function sumMatches(matches, excluded, singlePassThrough, maxDoc) {
  if (singlePassThrough && matches.length === 1 && excluded.size === 0) return matches[0];
  const sums = new Float64Array(maxDoc);
  const seen = new Uint8Array(maxDoc);
  let count = 0;
  for (const { docs, scores } of matches) {
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (seen[doc]) sums[doc] += scores[i];
      else {
        seen[doc] = 1;
        sums[doc] = scores[i];
        count++;
      }
    }
  }
  for (const doc of excluded) if (seen[doc]) {
    seen[doc] = 0;
    count--;
  }
  const docs = new Int32Array(count);
  const scores = new Float64Array(count);
  for (let doc = 0, n = 0; n < count; doc++) {
    if (!seen[doc]) continue;
    docs[n] = doc;
    scores[n++] = f(sums[doc]);
  }
  return { docs, scores };
}

/** Documents in every match; score: double sum, rounded to float (ConjunctionScorer). */
export function intersect(matches, maxDoc) {
  const sums = new Float64Array(maxDoc);
  const hits = new Uint8Array(maxDoc);
  for (const { docs, scores } of matches) {
    for (let i = 0; i < docs.length; i++) {
      hits[docs[i]]++;
      sums[docs[i]] += scores[i];
    }
  }
  const docs = [];
  const scores = [];
  for (const doc of matches[0].docs) {
    if (hits[doc] !== matches.length) continue;
    docs.push(doc);
    scores.push(f(sums[doc]));
  }
  return { docs: Int32Array.from(docs), scores: Float64Array.from(scores) };
}

export function union(lists) {
  if (lists.length === 1) return lists[0];
  const seen = new Set();
  for (const list of lists) for (const doc of list) seen.add(doc);
  return Int32Array.from(seen).sort();
}

/**
 * DisjunctionMaxScorer: the sub-scorers (null ones left out) sit in a min-heap on their current document; for each document
 * the matching ones are visited in heap-array order, summing in float: max + (sum − max)·tieBreaker.
 */
export function disMax(subs, tieBreaker) {
  const heap = subs.filter(Boolean).map(m => ({ m, i: -1, doc: -1 }));
  if (heap.length === 0) return null;
  let size = heap.length;
  const advance = c => (c.doc = ++c.i < c.m.docs.length ? c.m.docs[c.i] : NO_MORE_DOCS);
  const adjust = root => {
    const node = heap[root];
    const doc = node.doc;
    let i = root;
    while (i <= (size >> 1) - 1) {
      const l = (i << 1) + 1;
      const r = l + 1;
      const ldoc = heap[l].doc;
      const rdoc = r < size ? heap[r].doc : 0x7fffffff;
      if (ldoc < doc) {
        if (rdoc < ldoc) {
          heap[i] = heap[r]; heap[r] = node; i = r;
        } else {
          heap[i] = heap[l]; heap[l] = node; i = l;
        }
      } else if (rdoc < doc) {
        heap[i] = heap[r]; heap[r] = node; i = r;
      } else {
        return;
      }
    }
  };
  const removeRoot = () => {
    if (size === 1) {
      size = 0;
      return;
    }
    heap[0] = heap[size - 1];
    size--;
    adjust(0);
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) adjust(i);

  let capacity = 0;
  for (const entry of heap) capacity += entry.m.docs.length;
  const docs = new Int32Array(capacity);
  const scores = new Float64Array(capacity);
  let n = 0;
  const acc = [0, 0];
  let doc = -1;
  for (;;) {
    for (;;) {
      if (advance(heap[0]) !== NO_MORE_DOCS) adjust(0);
      else {
        removeRoot();
        if (size === 0) return { docs: docs.slice(0, n), scores: scores.slice(0, n) };
      }
      if (heap[0].doc !== doc) break;
    }
    doc = heap[0].doc;
    acc[0] = acc[1] = heap[0].m.scores[heap[0].i];
    addMatching(heap, size, 1, doc, acc);
    addMatching(heap, size, 2, doc, acc);
    const sum = acc[0];
    const max = acc[1];
    docs[n] = doc;
    scores[n++] = f(max + f(f(sum - max) * tieBreaker));
  }
}

/** Visits the heap below root in array order (pre-order), adding the scores of entries on `doc`: acc = [sum, max]. */
function addMatching(heap, size, root, doc, acc) {
  if (root < size && heap[root].doc === doc) {
    const sub = heap[root].m.scores[heap[root].i];
    acc[0] = f(acc[0] + sub);
    acc[1] = Math.max(acc[1], sub);
    addMatching(heap, size, (root << 1) + 1, doc, acc);
    addMatching(heap, size, (root << 1) + 2, doc, acc);
  }
}
