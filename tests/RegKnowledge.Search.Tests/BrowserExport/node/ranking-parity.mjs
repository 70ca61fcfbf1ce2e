// Runs queries through the browser search engine over an exported index and prints each query's top ids (or its error).
// Usage: node ranking-parity.mjs <assets/search folder> <exported search folder> <queries.json> [top]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { diskSource } from './node-index-source.mjs';

const [assets, exported, queriesFile, topText] = process.argv.slice(2);
const { openSearch } = await import(pathToFileURL(path.join(assets, 'search-engine.js')));
const engine = await openSearch(diskSource(exported));
const top = Number(topText ?? 10);
const out = [];
for (const query of JSON.parse(readFileSync(queriesFile, 'utf8'))) {
  try {
    const result = await engine.search(query, { top });
    const docs = await engine.documents(result.hits.map(h => h.doc));
    out.push({ query, ids: docs.map(d => d.id), scores: result.hits.map(h => h.score), total: result.total });
  } catch (error) {
    out.push({ query, error: String(error.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(out));
