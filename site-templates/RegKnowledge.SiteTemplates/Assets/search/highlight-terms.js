// The terms a query looks for, to mark them in snippets and on the page a result leads to.
import { Mode } from './analyzer.js';

/** What to mark in snippets and on the landing page: terms of words and phrases, and prefixes; never excluded words. */
export function highlightTerms(node, analyzer, out = { terms: new Set(), prefixes: new Set() }) {
  switch (node.type) {
    case 'words':
      for (const t of analyzer.analyze(node.text, Mode.Query)) out.terms.add(t.term);
      break;
    case 'phrase':
      for (const t of analyzer.analyze(node.text, Mode.Phrase)) out.terms.add(t.term);
      break;
    case 'prefix':
      out.prefixes.add(node.prefix);
      break;
    case 'bool':
      for (const c of node.clauses) if (c.role !== 'mustNot') highlightTerms(c.node, analyzer, out);
      break;
  }
  return out;
}
