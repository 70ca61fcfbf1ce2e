import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NORM_TABLE, docScorer, fieldStats, idf } from './bm25.js';

test('decodes norm bytes to the lengths Lucene ranks with', () => {
  // Lucene encodes 1/sqrt(length); byte 124 is length 1, and lengths are bucketed, so 4 and 5 share a byte.
  assert.equal(NORM_TABLE[124], 1);
  assert.equal(NORM_TABLE[0], Infinity);
  assert.ok(NORM_TABLE[100] > NORM_TABLE[120]);
});

test('idf and a term score are float32 values', () => {
  const value = idf(3, 1000);
  assert.equal(value, Math.fround(value));
  const { cache } = fieldStats(5000, 1000, Math.fround(1.2), Math.fround(0.75));
  const score = docScorer(value, 2, 1, Math.fround(1.2), cache)(2, 124);
  assert.equal(score, Math.fround(score));
  assert.ok(score > 0);
});
