import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveQuery, readState, withHighlight, writeState } from './url-state.js';

const fields = ['kind', 'jurisdiction'];

test('state goes to the URL and back', () => {
  const state = { query: 'travel rule', filters: { kind: ['stance'], jurisdiction: ['sg', 'gb'] } };
  const search = writeState(state, fields);
  assert.equal(search, '?q=travel+rule&kind=stance&jurisdiction=sg&jurisdiction=gb');
  assert.deepEqual(readState(search, fields), state);
  assert.equal(writeState({ query: '', filters: {} }, fields), '');
});

test('a result link gets the query before its fragment', () => {
  assert.equal(withHighlight('../guidance/x/#scope', 'a b'), '../guidance/x/?hl=a%20b#scope');
  assert.equal(withHighlight('../jurisdictions/sg/', 'sg'), '../jurisdictions/sg/?hl=sg');
});

test('while typing, the last plain word is a prefix and an open quote is closed', () => {
  assert.equal(liveQuery('travel ru'), 'travel ru*');
  assert.equal(liveQuery('travel '), 'travel ');
  assert.equal(liveQuery('"travel ru'), '"travel ru"');
  assert.equal(liveQuery('crypto-asset'), 'crypto-asset');
  assert.equal(liveQuery('x AND'), 'x AND');
  assert.equal(liveQuery('a'), 'a');
});
