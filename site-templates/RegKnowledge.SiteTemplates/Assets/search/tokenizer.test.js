import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenizer.js';

const words = text => tokenize(text).map(t => t.text);

test('keeps dotted acronyms, numbers with separators and apostrophes inside words', () => {
  assert.deepEqual(words('U.S. rules: 1,000 and 3.1 for ESMA\'s Q&A'), ['U.S', 'rules', '1,000', 'and', '3.1', 'for', 'ESMA\'s', 'Q', 'A']);
});

test('splits on slashes, brackets and dashes; joins on underscores and colons between letters', () => {
  assert.deepEqual(words('AML/CFT Article 3(1)(a) e-money foo_bar a:b'), ['AML', 'CFT', 'Article', '3', '1', 'a', 'e', 'money', 'foo_bar', 'a:b']);
});

test('gives one token per Han character and keeps Katakana runs', () => {
  assert.deepEqual(words('東京 カタカナ'), ['東', '京', 'カタカナ']);
});

test('reports offsets and position increments', () => {
  const [first, second] = tokenize('  Hello, world');
  assert.deepEqual([first.start, first.end, first.increment], [2, 7, 1]);
  assert.deepEqual([second.start, second.end], [9, 14]);
});

test('skips a token longer than 255 characters but counts its position', () => {
  const tokens = tokenize(`a ${'x'.repeat(256)} b`);
  assert.deepEqual(tokens.map(t => [t.text, t.increment]), [['a', 1], ['b', 2]]);
});
