// Runs every case through the browser analyzer and compares with what the C# query analyzer produced.
// Usage: node analyzer-parity.mjs <assets/search folder> <cases.json>; cases.json = { settings, cases: [[input, expected]] }
// where expected is "term@position term@position ...". Prints { total, mismatches, examples } as JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [assets, casesFile] = process.argv.slice(2);
const { createAnalyzer, Mode } = await import(pathToFileURL(path.join(assets, 'analyzer.js')));
const { settings, cases } = JSON.parse(readFileSync(casesFile, 'utf8'));
const analyzer = createAnalyzer(settings);
let mismatches = 0;
const examples = [];
for (const [input, expected, mode] of cases) {
  const actual = analyzer.analyze(input, mode === 'phrase' ? Mode.Phrase : Mode.Query).map(t => `${t.term}@${t.position}`).join(' ');
  if (actual !== expected) {
    mismatches++;
    if (examples.length < 40) examples.push({ input, mode, expected, actual });
  }
}
process.stdout.write(JSON.stringify({ total: cases.length, mismatches, examples }, null, 1));
