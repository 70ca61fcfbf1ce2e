// CPU time of the browser search engine per query, measured in node over the exported files (process CPU time, so a busy
// machine inflates it far less than wall time): search, typo check, display data and snippets, without DOM rendering.
// Usage: node engine-cpu.mjs <assets/search folder> <exported search folder> <queries.json> <first-query count>
// Prints { first: [ms per cold first query, a fresh engine each], later: [ms per later query on one engine] }.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [assets, exported, queriesFile, firstCountText] = process.argv.slice(2);
const { openSearch } = await import(pathToFileURL(path.join(assets, 'search-engine.js')));
const { snippet } = await import(pathToFileURL(path.join(assets, 'snippets.js')));
const source = async file => new Uint8Array(gunzipSync(readFileSync(path.join(exported, file))));
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const firstCount = Number(firstCountText);
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function run(engine, query) {
  const started = cpu();
  const result = await engine.search(query, { top: 10 });
  await engine.correct(query);
  for (const doc of await engine.documents(result.hits.map(h => h.doc))) {
    snippet(doc.title, result.highlight, engine.analyzer, 10000);
    snippet(doc.text, result.highlight, engine.analyzer);
  }
  return cpu() - started;
}

// Warm the JIT on a throw-away engine first: a browser has compiled the modules by the time the page is ready.
const warm = await openSearch(source);
for (const query of queries) await run(warm, query);
const first = [];
for (const query of queries.slice(0, firstCount)) first.push(await run(await openSearch(source), query));
const engine = await openSearch(source);
await run(engine, queries[0]);
const later = [];
for (const query of queries.slice(firstCount)) later.push(await run(engine, query));
process.stdout.write(JSON.stringify({ first, later }));
