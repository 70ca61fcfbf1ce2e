import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, QuerySyntaxError } from './query-syntax.js';

test('adjacent words form one clause', () => {
  assert.deepEqual(parse('travel rule'), { type: 'words', text: 'travel rule' });
});

test('phrases, prefixes and operators', () => {
  assert.deepEqual(parse('"cold storage" custod* -staking'), {
    type: 'bool',
    clauses: [
      { role: 'should', node: { type: 'phrase', text: 'cold storage' } },
      { role: 'should', node: { type: 'prefix', prefix: 'custod' } },
      { role: 'mustNot', node: { type: 'words', text: 'staking' } },
    ],
  });
  assert.deepEqual(parse('a AND b').clauses.map(c => c.role), ['must', 'must']);
});

test('rejects what SearchService rejects, with the same message', () => {
  const message = query => {
    try {
      parse(query);
      return null;
    } catch (error) {
      assert.ok(error instanceof QuerySyntaxError);
      return error.message;
    }
  };
  assert.equal(message('"open'), 'the quote at column 1 is never closed; add a closing " after the phrase');
  assert.equal(message('(a'), "the '(' at column 1 is never closed");
  assert.equal(message('a)'), "the ')' at column 2 has no matching '('");
  assert.equal(message('ab*c*'), "'ab*c*' at column 1: a prefix search needs at least 2 letters before a single '*' at the end");
  assert.equal(message('x AND'), "'AND' at column 3 needs a search term after it");
  assert.equal(message('cu*'), null);
  assert.equal(message('  '), 'the query is empty');
});
