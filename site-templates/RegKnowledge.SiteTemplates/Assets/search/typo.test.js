import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestWord, editDistance } from './typo.js';

test('edit distance stops early past the limit', () => {
  assert.equal(editDistance('custdy', 'custody', 2), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
});

test('offers the closest, then the most frequent, indexed word', () => {
  const words = [
    { term: 'custodi', df: 40, word: 'custody' },
    { term: 'custom', df: 90, word: 'customer' },
    { term: 'custodian', df: 12, word: 'custodian' },
  ];
  assert.equal(closestWord('custdy', 'custdi', words).word, 'custody');
  assert.equal(closestWord('xy', 'xy', words), null);
});
