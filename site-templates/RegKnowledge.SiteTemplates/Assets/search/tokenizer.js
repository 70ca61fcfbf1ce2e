// Lucene 4.8 StandardTokenizer, the part of it that matters for our text: Unicode word-break rules (UAX #29) for letters,
// digits, apostrophes and the dots and commas inside words and numbers ("U.S.", "1,000", "3.1", "ESMA's"), connector
// punctuation ('_'), format and combining characters inside words, one token per Han or Hiragana character, Katakana runs
// and South East Asian runs kept together. Everything else separates tokens and is dropped.

const MAX_TOKEN_LENGTH = 255;

// Word-break classes, one letter each, so the grammar below can be a regular expression over a string of classes.
const MID_LETTER = new Set([0x3a, 0xb7, 0x387, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xff1a]);
const MID_NUM_LET = new Set([0x2e, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e]);
const MID_NUM = new Set([0x2c, 0x3b, 0x37e, 0x589, 0x60c, 0x60d, 0x66c, 0x7f8, 0x2044, 0xfe10, 0xfe14, 0xfe50, 0xfe54, 0xff0c, 0xff1b]);
const NEWLINE = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const KATAKANA_EXTRA = new Set([0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309b, 0x309c, 0x30a0, 0x30fc, 0xff70]);

const EXTEND = /[\p{Grapheme_Extend}\p{Mc}]/u;
const FORMAT = /\p{Cf}/u;
const KATAKANA = /\p{Script=Katakana}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const HAN = /\p{Script=Han}/u;
const COMPLEX_CONTEXT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u;
const HEBREW_LETTER = /[\p{Script=Hebrew}&&\p{L}]/v;
const ALPHABETIC = /\p{Alphabetic}/u;
const NUMERIC = /\p{Nd}/u;
const CONNECTOR = /\p{Pc}/u;

/** The word-break class of one code point (see the letters in WORD below). */
export function wordBreakClass(cp) {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return 'A';
    if (cp >= 0x30 && cp <= 0x39) return 'N';
    if (cp === 0x27) return 'Q';
    if (cp === 0x22) return 'D';
    if (cp === 0x5f) return 'E';
  }
  if (NEWLINE.has(cp)) return 'O';
  if (MID_LETTER.has(cp)) return 'L';
  if (MID_NUM_LET.has(cp)) return 'P';
  if (MID_NUM.has(cp)) return 'M';
  const ch = String.fromCodePoint(cp);
  if (cp === 0x200c || cp === 0x200d || EXTEND.test(ch)) return 'X';
  if (cp !== 0x200b && FORMAT.test(ch)) return 'X';
  if (KATAKANA_EXTRA.has(cp) || KATAKANA.test(ch)) return 'K';
  if (HIRAGANA.test(ch)) return 'R';
  if (HAN.test(ch)) return 'I';
  if (COMPLEX_CONTEXT.test(ch) && !NUMERIC.test(ch)) return 'S';
  if (HEBREW_LETTER.test(ch)) return 'H';
  if (NUMERIC.test(ch) || cp === 0x66b) return 'N';
  if (ALPHABETIC.test(ch) || cp === 0x5f3) return 'A';
  if (CONNECTOR.test(ch)) return 'E';
  return 'O';
}

// Word-break classes as small integers for the scanner below.
const CLASS_CODES = { A: 1, H: 2, N: 3, K: 4, E: 5, L: 6, P: 7, M: 8, Q: 9, D: 10, X: 11, S: 12, I: 13, R: 14, O: 0 };
const [A, H, N, K, E, L, P, M, Q, D, X, S, I, R] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, cp) => CLASS_CODES[wordBreakClass(cp)]);
const classCache = new Map();

function classOf(cp) {
  if (cp < 128) return ASCII_CLASSES[cp];
  let found = classCache.get(cp);
  if (found === undefined) {
    found = CLASS_CODES[wordBreakClass(cp)];
    classCache.set(cp, found);
  }
  return found;
}

/**
 * Splits text into tokens like StandardTokenizer: [{ text, start, end, increment }] with UTF-16 offsets and position
 * increments (a token over 255 characters is skipped but still counts as a position).
 */
export function tokenize(text) {
  const classes = new Uint8Array(text.length + 1);
  const offsets = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    classes[count] = classOf(cp);
    offsets[count++] = i;
    i += cp > 0xffff ? 2 : 1;
  }
  offsets[count] = text.length;
  classes[count] = 0;
  const scanner = new WordScanner(classes, count);
  const tokens = [];
  let skipped = 0;
  for (let at = 0; at < count;) {
    const end = scanner.tokenEnd(at);
    if (end === at) {
      at++;
      continue;
    }
    const start = offsets[at];
    const stop = offsets[end];
    if (stop - start <= MAX_TOKEN_LENGTH) {
      tokens.push({ text: text.slice(start, stop), start, end: stop, increment: skipped + 1 });
      skipped = 0;
    } else {
      skipped++;
    }
    at = end;
  }
  return tokens;
}

/**
 * Lucene's grammar as a greedy scanner over word-break classes. Each class may be followed by format/extend characters
 * (X, UAX #29 WB4). Word: connectors (E) around one or more cores, cores joined by connectors (WB13a-b). Core: a Katakana
 * run (WB13), or a sequence of letter runs (letters joined directly or by MidLetter/MidNumLet/single quote, WB5-7), number
 * runs (digits joined directly or by MidNum/MidNumLet/single quote, WB8, WB11-12), and Hebrew letter + quote (WB7a-c),
 * letters and numbers adjoining (WB9-10). Also South East Asian runs, and single Han or Hiragana characters.
 * Greedy without backtracking gives the same tokens as the grammar here: every later part of a rule is optional.
 */
class WordScanner {
  constructor(classes, count) {
    this.c = classes;
    this.count = count;
  }

  /** Past x and the format/extend characters after it. */
  after(x) {
    let i = x + 1;
    while (i < this.count && this.c[i] === X) i++;
    return i;
  }

  /** End of the token starting at `at`, or `at` when none starts there. */
  tokenEnd(at) {
    const c = this.c[at];
    if (c === S) {
      let i = this.after(at);
      while (this.c[i] === S) i = this.after(i);
      return i;
    }
    if (c === I || c === R) return this.after(at);
    if (c !== A && c !== H && c !== N && c !== K && c !== E) return at;
    let i = this.connectors(at);
    let end = this.core(i);
    if (end < 0) return at;
    for (;;) {
      const joined = this.connectors(end);
      if (joined === end) break;
      const next = this.core(joined);
      if (next < 0) return joined;
      end = next;
    }
    return end;
  }

  connectors(i) {
    while (this.c[i] === E) i = this.after(i);
    return i;
  }

  core(i) {
    if (this.c[i] === K) {
      let end = this.after(i);
      for (;;) {
        const k = this.connectors(end);
        if (this.c[k] !== K) return end;
        end = this.after(k);
      }
    }
    let end = -1;
    for (let part = this.part(i); part >= 0; part = this.part(end)) end = part;
    return end;
  }

  part(i) {
    const c = this.c[i];
    if (c === H) {
      const q = this.after(i);
      if (this.c[q] === Q) return this.after(q);
      if (this.c[q] === D) {
        const h = this.after(q);
        if (this.c[h] === H) return this.after(h);
      }
    }
    if (c === N) return this.run(i, N, N, M);
    if (c === A || c === H) return this.run(i, A, H, L);
    return -1;
  }

  /** A run of a or b characters joined directly, by connectors, or by one mid character (mid, MidNumLet or quote). */
  run(i, a, b, mid) {
    let end = this.after(i);
    for (;;) {
      const k = this.connectors(end);
      if (this.c[k] === a || this.c[k] === b) {
        end = this.after(k);
        continue;
      }
      const m = this.c[end];
      if (k === end && (m === mid || m === P || m === Q)) {
        const next = this.after(end);
        if (this.c[next] === a || this.c[next] === b) {
          end = this.after(next);
          continue;
        }
      }
      return end;
    }
  }
}
