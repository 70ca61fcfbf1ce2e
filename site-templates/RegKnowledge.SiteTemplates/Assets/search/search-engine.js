// The browser search engine: opens the exported index (manifest first), fetches only the term ranges a query needs,
// ranks exactly as SearchService does, counts facets and finds close words for words that match nothing.
import { createAnalyzer, Mode } from './analyzer.js';
import { fieldStats } from './bm25.js';
import { FacetCodes, PositionShard, TermShard, parseChunk, parseWords } from './index-files.js';
import { createQueryBuilder, neededTerms } from './query-builder.js';
import { parse, lex, QuerySyntaxError } from './query-syntax.js';
import { evaluate } from './scorers.js';
import { closestWord } from './typo.js';
import { highlightTerms } from './highlight-terms.js';
import { rank } from './ranking.js';

export const FORMAT = 1;
const decoder = new TextDecoder();

/** Opens the index; `source(path)` resolves to the (gunzipped) bytes of a file under the site's search/ folder. */
export async function openSearch(source) {
  const manifest = JSON.parse(decoder.decode(await source('manifest.bin')));
  if (manifest.format !== FORMAT) throw new Error(`the search index has format ${manifest.format}; this page reads format ${FORMAT}`);
  return new SearchEngine(manifest, source);
}

export class SearchEngine {
  constructor(manifest, source) {
    this.manifest = manifest;
    this.source = source;
    this.maxDoc = manifest.documents;
    const ranking = manifest.ranking;
    this.k1 = Math.fround(ranking.k1);
    this.fields = manifest.fields.map(field => ({
      name: field.name,
      boost: Math.fround(field.boost),
      ...fieldStats(field.sumTotalTermFreq, manifest.documents, this.k1, Math.fround(ranking.b)),
    }));
    this.analyzer = createAnalyzer(manifest.analysis);
    this.settings = { tieBreaker: Math.fround(ranking.tieBreaker), ...manifest.query };
    this.facetNames = manifest.facets.map(facet => facet.field);
    this.files = new Map();
  }

  /** A file, fetched and decoded once. */
  file(path, decode) {
    let pending = this.files.get(path);
    if (!pending) {
      pending = this.source(path).then(decode);
      pending.catch(() => this.files.delete(path));
      this.files.set(path, pending);
    }
    return pending;
  }

  shardOf(term) {
    const shards = this.manifest.shards;
    let lo = 0;
    let hi = shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shards[mid] <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Shard numbers holding terms that start with prefix. */
  shardsOfPrefix(prefix) {
    const first = this.shardOf(prefix);
    const found = [first];
    for (let i = first + 1; i < this.manifest.shards.length && this.manifest.shards[i].startsWith(prefix); i++) found.push(i);
    return found;
  }

  termShard(n) {
    return this.file(`t/${String(n).padStart(4, '0')}.bin`, bytes => new TermShard(bytes, this.fields.length));
  }

  positionShard(n) {
    return this.file(`p/${String(n).padStart(4, '0')}.bin`, bytes => new PositionShard(bytes));
  }

  facetCodes() {
    return this.file('facets.bin', bytes => new FacetCodes(bytes, this.facetNames.length, this.maxDoc));
  }

  /** Parses and ranks `query`. Returns { hits: [{ doc, score }] best first, total, facets, highlight, node }. */
  async search(query, { filters = {}, top = 10 } = {}) {
    const node = parse(query);
    const needed = neededTerms(node, this.analyzer, this.settings);
    const termShards = new Map();
    const positionShards = new Map();
    const wanted = new Set([...needed.terms].map(t => this.shardOf(t)));
    for (const prefix of needed.prefixes) for (const n of this.shardsOfPrefix(prefix)) wanted.add(n);
    const phraseShards = new Set([...needed.phraseTerms].map(t => this.shardOf(t)));
    const [facets] = await Promise.all([
      this.facetCodes(),
      ...[...wanted].map(async n => termShards.set(n, await this.termShard(n))),
      ...[...phraseShards].map(async n => positionShards.set(n, await this.positionShard(n))),
    ]);
    const view = this.view(termShards, positionShards);
    const builder = createQueryBuilder(this.analyzer, this.fields, this.settings, (field, term) => !!view.postings(term)?.[field]);
    const lucene = builder.build(node);
    if (!lucene) throw new QuerySyntaxError('the query has no searchable words (only stop words or punctuation)');
    const matched = evaluate(lucene, view) ?? { docs: new Int32Array(0), scores: new Float64Array(0) };
    return { ...this.rank(matched, facets, filters, top), highlight: highlightTerms(node, this.analyzer), node };
  }

  view(termShards, positionShards) {
    const engine = this;
    return {
      maxDoc: this.maxDoc,
      k1: this.k1,
      fields: this.fields,
      postings(term) {
        return termShards.get(engine.shardOf(term))?.postings(term) ?? null;
      },
      prefixTerms(prefix) {
        const terms = [];
        for (const n of engine.shardsOfPrefix(prefix)) {
          for (const term of termShards.get(n)?.terms ?? []) if (term.startsWith(prefix)) terms.push(term);
        }
        return terms;
      },
      positions(term, field) {
        const n = engine.shardOf(term);
        return positionShards.get(n).positions(termShards.get(n).postings(term)[field]);
      },
    };
  }

  /** Applies filters and kind priors, keeps the best `top` and counts facets (ranking.js). */
  rank(matched, facets, filters, top) {
    return rank(this.manifest, matched, facets, filters, top);
  }

  /** Display data of documents: [{ doc, id, title, context, url, text, kind, jurisdictions }]. */
  async documents(docs) {
    const size = this.manifest.docsPerChunk;
    const facets = await this.facetCodes();
    const chunks = await Promise.all(docs.map(doc => this.file(`d/${String(Math.floor(doc / size)).padStart(4, '0')}.bin`, parseChunk)));
    return docs.map((doc, i) => {
      const [id, title, context, url, text] = chunks[i][doc % size];
      return { doc, id, title, context, url, text, kind: this.facetValues(facets, 'kind', doc)[0] ?? '', jurisdictions: this.facetValues(facets, 'jurisdiction', doc) };
    });
  }

  facetValues(facets, name, doc) {
    const f = this.facetNames.indexOf(name);
    return Array.from(facets.of(f, doc), code => this.manifest.facets[f].values[code]);
  }

  /**
   * For each plain query word whose analysed term is in no field, the closest indexed word by edit distance.
   * Returns { query, replacements: [{ from, to }] } with the corrected query, or null.
   */
  async correct(query) {
    let tokens;
    try {
      tokens = lex(query);
    } catch {
      return null;
    }
    const replacements = [];
    let corrected = '';
    let at = 0;
    for (const token of tokens) {
      if (token.kind !== 'word' || token.text.endsWith('*')) continue;
      const terms = this.analyzer.terms(token.text, Mode.Query);
      if (terms.length !== 1) continue;
      const shard = await this.termShard(this.shardOf(terms[0]));
      if (shard.has(terms[0])) continue;
      const first = terms[0][0];
      if (!this.manifest.words.includes(first)) continue;
      const words = await this.file(`w/${first.charCodeAt(0).toString(16).padStart(4, '0')}.bin`, parseWords);
      const best = closestWord(token.text.toLowerCase(), terms[0], words);
      if (!best) continue;
      const start = token.column - 1;
      corrected += query.slice(at, start) + best.word;
      at = start + token.text.length;
      replacements.push({ from: token.text, to: best.word });
    }
    return replacements.length === 0 ? null : { query: corrected + query.slice(at), replacements };
  }
}
