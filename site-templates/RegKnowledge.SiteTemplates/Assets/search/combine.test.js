import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disMax } from './combine.js';

const match = (docs, scores) => ({ docs: Int32Array.from(docs), scores: Float64Array.from(scores.map(Math.fround)) });

test('DisjunctionMax takes the best field plus the tie-breaker share of the others', () => {
  const result = disMax([match([1, 3], [1, 2]), null, match([3, 4], [0.5, 4])], 1);
  assert.deepEqual([...result.docs], [1, 3, 4]);
  assert.deepEqual([...result.scores], [1, 2.5, 4]);
  const max = disMax([match([3], [2]), match([3], [0.5])], 0);
  assert.deepEqual([...max.scores], [2]);
});

test('DisjunctionMax with no scorers is no match at all', () => {
  assert.equal(disMax([null, null], 1), null);
});
