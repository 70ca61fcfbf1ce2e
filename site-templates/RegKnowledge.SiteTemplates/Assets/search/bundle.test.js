import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, bundles, committed } from './bundle.mjs';

for (const bundle of bundles) {
  test(`${bundle.output} is built from the current modules (run: node bundle.mjs)`, async () => {
    assert.ok((await build(bundle)) === committed(bundle), `${bundle.output} is stale: run node bundle.mjs in this folder and commit it`);
  });
}
