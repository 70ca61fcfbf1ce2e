// Turns a parsed query into the Lucene query tree SearchService runs (RegKnowledge.Search LuceneQueryBuilder), as plain
// objects: { type: 'term'|'phrase'|'prefix'|'dismax'|'bool'|'all', boost, ... }.
import { Mode } from './analyzer.js';

/**
 * @param analyzer   from createAnalyzer
 * @param fields     [{ name, boost }] in index order
 * @param settings   { tieBreaker, prefixStemSlack, prefixStemMinimum }
 * @param termExists (fieldIndex, term) → whether the field has the term (used for prefix stems)
 */
export function createQueryBuilder(analyzer, fields, settings, termExists) {
  const searched = fields.map((field, index) => ({ index, boost: field.boost })).filter(f => f.boost > 0);

  function build(node) {
    switch (node.type) {
      case 'words': return words(node.text);
      case 'phrase': return phrase(node.text);
      case 'prefix': return prefix(node.prefix);
      case 'bool': return boolean(node);
      default: throw new Error(`unknown query node ${node.type}`);
    }
  }

  function boolean(node) {
    const clauses = [];
    for (const { role, node: child } of node.clauses) {
      const built = build(child);
      if (built) clauses.push({ occur: role, query: built });
    }
    if (clauses.length === 0) return null;
    // Only exclusions ("NOT custody"): everything except them.
    if (clauses.every(c => c.occur === 'mustNot')) clauses.push({ occur: 'should', query: { type: 'all', boost: 1 } });
    return { type: 'bool', boost: 1, clauses };
  }

  function words(text) {
    const tokens = analyzer.analyze(text, Mode.Query);
    if (tokens.length === 0) return null;
    if (tokens.length === 1) return term(tokens[0].term);
    return { type: 'bool', boost: 1, clauses: tokens.map(t => ({ occur: 'should', query: term(t.term) })) };
  }

  // A prefix also matches index terms that are the typed prefix shortened by up to prefixStemSlack letters (keeping
  // prefixStemMinimum) or the typed prefix analysed as a word, because index terms are stems.
  function prefix(typed) {
    const analysed = analyzer.analyze(typed, Mode.Phrase);
    const candidates = [];
    for (let cut = 1; cut <= settings.prefixStemSlack; cut++) {
      const length = typed.length - cut;
      if (length >= settings.prefixStemMinimum) candidates.push(typed.slice(0, length));
    }
    if (analysed.length === 1 && analysed[0].term !== typed) candidates.push(analysed[0].term);
    const distinct = [...new Set(candidates)];
    return perField(field => {
      const stems = distinct.filter(stem => termExists(field, stem));
      if (stems.length === 0) return { type: 'prefix', field, prefix: typed, boost: 1 };
      return {
        type: 'bool', boost: 1,
        clauses: [{ occur: 'should', query: { type: 'prefix', field, prefix: typed, boost: 1 } },
          ...stems.map(stem => ({ occur: 'should', query: { type: 'term', field, term: stem, boost: 1 } }))],
      };
    });
  }

  function phrase(text) {
    const tokens = analyzer.analyze(text, Mode.Phrase);
    if (tokens.length <= 1) return tokens.length === 0 ? null : term(tokens[0].term);
    return perField(field => ({ type: 'phrase', field, terms: tokens.map(t => ({ term: t.term, position: t.position })), boost: 1 }));
  }

  function term(text) {
    return perField(field => ({ type: 'term', field, term: text, boost: 1 }));
  }

  function perField(create) {
    return {
      type: 'dismax', boost: 1, tieBreaker: settings.tieBreaker,
      subs: searched.map(({ index, boost }) => ({ ...create(index), boost })),
    };
  }

  return { build };
}

/** The exact terms, prefixes and phrase terms a parsed query needs, to fetch their shards before building. */
export function neededTerms(node, analyzer, settings, out = { terms: new Set(), prefixes: new Set(), phraseTerms: new Set() }) {
  switch (node.type) {
    case 'words':
      for (const t of analyzer.analyze(node.text, Mode.Query)) out.terms.add(t.term);
      break;
    case 'phrase': {
      const tokens = analyzer.analyze(node.text, Mode.Phrase);
      for (const t of tokens) {
        out.terms.add(t.term);
        if (tokens.length > 1) out.phraseTerms.add(t.term);
      }
      break;
    }
    case 'prefix': {
      out.prefixes.add(node.prefix);
      for (let cut = 1; cut <= settings.prefixStemSlack; cut++) {
        if (node.prefix.length - cut >= settings.prefixStemMinimum) out.terms.add(node.prefix.slice(0, node.prefix.length - cut));
      }
      for (const t of analyzer.analyze(node.prefix, Mode.Phrase)) out.terms.add(t.term);
      break;
    }
    case 'bool':
      for (const c of node.clauses) neededTerms(c.node, analyzer, settings, out);
      break;
  }
  return out;
}
