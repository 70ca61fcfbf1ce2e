import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from './analyzer.js';
import { snippet } from './snippets.js';

const analyzer = createAnalyzer({
  profile: { acronymDots: true, spelling: true, synonyms: true },
  stopWords: ['the', 'of', 'and', 'a'],
  spelling: { minimumStem: 2, suffixes: [['ised', 'ized']], suffixExceptions: [], words: { licence: 'license' } },
  synonymMatching: { canonicalPrefix: '~', keyStemmer: 'english-minimal-stem' },
  synonyms: [{ canonical: '~vasp', variants: [['vasp'], ['virtual', 'asset', 'service', 'provider']] }],
});

test('marks analysed matches: other spellings and the words a synonym stands for', () => {
  const highlight = { terms: new Set(['author', '~vasp']), prefixes: new Set() };
  const result = snippet('Firms authorised as virtual asset service providers.', highlight, analyzer);
  const marked = result.marks.map(m => result.text.slice(m.start, m.end));
  assert.deepEqual(marked, ['authorised', 'virtual asset service providers']);
});

test('cuts a long text around the matches, with ellipses', () => {
  const text = `${'word '.repeat(100)}licence ${'more '.repeat(100)}`;
  const result = snippet(text, { terms: new Set(['licens']), prefixes: new Set() }, analyzer, 80);
  assert.ok(result.text.startsWith('…') && result.text.endsWith('…'));
  assert.equal(result.text.slice(result.marks[0].start, result.marks[0].end), 'licence');
});

test('without a match, the start of the text', () => {
  assert.equal(snippet('Short text.', { terms: new Set(['zzz']), prefixes: new Set() }, analyzer).text, 'Short text.');
});
