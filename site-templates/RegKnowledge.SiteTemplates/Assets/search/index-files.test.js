import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { ByteReader, TermShard, gunzip } from './index-files.js';

test('reads varints', () => {
  const reader = new ByteReader(Uint8Array.from([0x05, 0x80, 0x01, 0xac, 0x02]));
  assert.deepEqual([reader.varint(), reader.varint(), reader.varint()], [5, 128, 300]);
});

test('decodes a term range: names, field mask, doc deltas, freqs, norms', () => {
  const names = new TextEncoder().encode('alpha\nbeta');
  // alpha: body only (bit 2): df 2, docs 3, 7 (deltas 3, 4), freqs 1, 2 (stored −1), norms 120, 121
  // beta: title (bit 0): df 1, doc 5, freq 1, norm 124
  const bytes = Uint8Array.from([names.length, ...names, 0b100, 2, 3, 4, 0, 1, 120, 121, 0b001, 1, 5, 0, 124]);
  const shard = new TermShard(bytes, 3);
  assert.deepEqual(shard.terms, ['alpha', 'beta']);
  const [title, context, body] = shard.postings('alpha');
  assert.equal(title, null);
  assert.equal(context, null);
  assert.deepEqual([...body.docs], [3, 7]);
  assert.deepEqual([...body.freqs], [1, 2]);
  assert.deepEqual([...body.norms], [120, 121]);
  assert.equal(shard.postings('beta')[0].positionStart, 3);
  assert.equal(shard.postings('gamma'), null);
});

test('gunzips, and passes through bytes a server already decoded', async () => {
  const text = new TextEncoder().encode('{"format":1}');
  assert.deepEqual(await gunzip(new Uint8Array(gzipSync(text))), text);
  assert.deepEqual(await gunzip(text), text);
});
