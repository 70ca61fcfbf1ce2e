import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from './porter-stemmer.js';

test('stems the examples of Porter\'s paper as Lucene does', () => {
  const pairs = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
    motoring: 'motor', sing: 'sing', conflated: 'conflat', hopping: 'hop', falling: 'fall', filing: 'file', happy: 'happi',
    relational: 'relat', generalization: 'gener', oscillators: 'oscil', authorized: 'author', custody: 'custodi',
    licensing: 'licens', tokenization: 'token', stablecoins: 'stablecoin', analogousli: 'analog', archaeology: 'archaeolog',
  };
  for (const [word, expected] of Object.entries(pairs)) assert.equal(stem(word), expected, word);
});

test('keeps words of one or two letters', () => {
  assert.equal(stem('is'), 'is');
  assert.equal(stem('as'), 'as');
});
