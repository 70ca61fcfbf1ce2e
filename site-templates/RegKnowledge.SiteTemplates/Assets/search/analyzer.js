// The query analysis of RegKnowledge.Search's DomainAnalyzer, rebuilt from the tables the index carries (the analysis
// section of the manifest): StandardTokenizer → EnglishPossessiveFilter → LowerCaseFilter → [AcronymDotFilter] → StopFilter
// → [SpellingVariantFilter] → [SynonymCanonicalFilter, matched on plural-stemmer keys] → PorterStemFilter (canonical '~'
// tokens are not stemmed). Token for token the same as the C# analyzer (tested on the starter content and on
// /usr/share/dict/words); Analysis/QUERY-ANALYSIS.md in RegKnowledge.Search has the rules.
import { tokenize } from './tokenizer.js';
import { stem } from './porter-stemmer.js';

/** Index: keep words and lay the synonym token over them; query: replace a synonym by its token; phrase: no synonyms. */
export const Mode = Object.freeze({ Index: 'index', Query: 'query', Phrase: 'phrase' });

/** Builds an analyzer from the manifest's analysis settings. */
export function createAnalyzer(settings) {
  const stopWords = new Set(settings.stopWords);
  const profile = settings.profile;
  const spelling = profile.spelling ? spellingNormalizer(settings.spelling) : null;
  const keyStemmer = settings.synonymMatching?.keyStemmer;
  // Synonym keys are only reproducible for the stemmer this file implements; refuse anything else rather than drift.
  if (profile.synonyms && keyStemmer !== 'english-minimal-stem') throw new Error(`unsupported synonym key stemmer '${keyStemmer}'`);
  const synonyms = profile.synonyms ? synonymTable(settings.synonyms) : null;
  // Words repeat; snippets and page marking analyse whole texts, so stems are remembered (bounded).
  const stems = new Map();
  const stemOf = word => {
    let found = stems.get(word);
    if (found === undefined) {
      found = stem(word);
      if (stems.size > 50000) stems.clear();
      stems.set(word, found);
    }
    return found;
  };

  /** Stemmed terms with UTF-16 offsets, increments and positions: [{ term, start, end, increment, position, length }]. */
  function analyze(text, mode = Mode.Query) {
    let tokens = [];
    let pending = 0;
    for (const token of tokenize(text)) {
      pending += token.increment;
      let word = lowerCase(withoutPossessive(token.text));
      if (profile.acronymDots && isDottedAcronym(word)) word = word.replaceAll('.', '');
      if (stopWords.has(word)) continue;
      if (spelling) word = spelling(word);
      tokens.push({ term: word, start: token.start, end: token.end, increment: pending, length: 1 });
      pending = 0;
    }
    if (synonyms && mode !== Mode.Phrase) tokens = synonyms(tokens, mode === Mode.Index);
    // Porter runs after the synonym step; canonical tokens are keywords to it.
    for (const t of tokens) if (!t.canonical) t.term = stemOf(t.term);
    // Positions from increments, as Lucene counts them: a query-mode synonym keeps only its first word's increment.
    let position = -1;
    for (const t of tokens) t.position = position += t.increment;
    return tokens;
  }

  return { analyze, terms: (text, mode) => analyze(text, mode).map(t => t.term) };
}

/** EnglishPossessiveFilter: a trailing 's (or ’s, ＇s) goes. */
function withoutPossessive(word) {
  const n = word.length;
  if (n >= 2 && (word[n - 1] === 's' || word[n - 1] === 'S')) {
    const quote = word[n - 2];
    if (quote === "'" || quote === '\u2019' || quote === '\uff07') return word.slice(0, n - 2);
  }
  return word;
}

/** LowerCaseFilter: each code point to its lower case when that is one code point; otherwise kept (İ stays İ, as in Lucene.Net). */
export function lowerCase(word) {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length || [...lower].length === 1 ? lower : ch;
  }
  return out;
}

/** AcronymDotFilter: single ASCII letters separated by dots (u.s, u.k.) lose the dots. */
export function isDottedAcronym(word) {
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (i % 2 === 0 ? c < 0x61 || c > 0x7a : c !== 0x2e) return false;
  }
  return true;
}

/** SpellingVariants.Normalize: whole words, then exceptions, then the first matching suffix rule. */
function spellingNormalizer({ minimumStem, suffixes, suffixExceptions, words }) {
  const whole = new Map(Object.entries(words));
  const exceptions = new Set(suffixExceptions);
  return word => {
    const american = whole.get(word);
    if (american !== undefined) return american;
    if (exceptions.has(word)) return word;
    for (const [british, replacement] of suffixes) {
      if (word.length - british.length >= minimumStem && word.endsWith(british)) {
        return word.slice(0, word.length - british.length) + replacement;
      }
    }
    return word;
  };
}

/**
 * Lucene's EnglishMinimalStemmer (Harman's S-stemmer): the synonym match key of a token. "vasps" → "vasp",
 * "authorities" → "authority"; "us", "use", "class" unchanged.
 */
export function pluralStem(word) {
  const n = word.length;
  if (n < 3 || word[n - 1] !== 's') return word;
  switch (word[n - 2]) {
    case 'u':
    case 's':
      return word;
    case 'e':
      if (n > 3 && word[n - 3] === 'i' && word[n - 4] !== 'a' && word[n - 4] !== 'e') return word.slice(0, n - 3) + 'y';
      if (word[n - 3] === 'i' || word[n - 3] === 'a' || word[n - 3] === 'o' || word[n - 3] === 'e') return word;
      return word.slice(0, n - 1);
    default:
      return word.slice(0, n - 1);
  }
}

/** SynonymCanonicalFilter: greedy longest match left to right over the tokens' plural-stemmer keys. */
function synonymTable(entries) {
  const canonicalByVariant = new Map();
  const firstTerms = new Set();
  let maxLength = 0;
  for (const entry of entries) {
    for (const variant of entry.variants) {
      const key = variant.join(' ');
      if (!canonicalByVariant.has(key)) canonicalByVariant.set(key, entry.canonical);
      firstTerms.add(variant[0]);
      maxLength = Math.max(maxLength, variant.length);
    }
  }
  return (tokens, keepOriginals) => {
    if (maxLength === 0) return tokens;
    const keys = tokens.map(t => pluralStem(t.term));
    const out = [];
    for (let at = 0; at < tokens.length;) {
      const match = longestMatch(keys, at);
      const first = tokens[at];
      if (!match) {
        out.push(first);
        at++;
        continue;
      }
      const last = tokens[at + match.length - 1];
      const canonical = { term: match.canonical, start: first.start, end: last.end, increment: first.increment, length: match.length, canonical: true };
      // Index mode lays the synonym token over the words it stands for (increment 0, after the first word).
      if (keepOriginals) out.push(first, { ...canonical, increment: 0 }, ...tokens.slice(at + 1, at + match.length));
      else out.push(canonical);
      at += match.length;
    }
    return out;
  };

  function longestMatch(keys, start) {
    if (!firstTerms.has(keys[start])) return null;
    // The filter looks ahead at most maxLength tokens, and a match never runs past the end of the stream.
    for (let length = Math.min(maxLength, keys.length - start); length > 0; length--) {
      const key = keys.slice(start, start + length).join(' ');
      const canonical = canonicalByVariant.get(key);
      if (canonical !== undefined) return { length, canonical };
    }
    return null;
  }
}
