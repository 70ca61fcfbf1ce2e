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

// The word rule of Lucene's grammar: each class may be followed by format/extend characters (X, UAX #29 WB4); letters and
// digits join (WB5, WB8-10), a mid character joins two letters (WB6-7) or two numbers (WB11-12), connectors join anything
// (WB13a-b), Katakana joins Katakana (WB13), Hebrew letters take a quote (WB7a-c).
const a = '[AH]X*', h = 'HX*', n = 'NX*', k = 'KX*', e = 'EX*';
const midLetter = '[LPQ]X*', midNum = '[MPQ]X*';
const core = `(?:${k}(?:(?:${e})*${k})*|(?:${h}(?:QX*|DX*${h})|${n}(?:(?:(?:${e})*|${midNum})${n})*|${a}(?:(?:(?:${e})*|${midLetter})${a})*)+)`;
const WORD = new RegExp(`(?:${e})*${core}(?:(?:${e})+${core})*(?:${e})*`, 'y');
const RUN_SE_ASIAN = /(?:SX*)+/y;
const SINGLE = /[IR]X*/y;

/**
 * Splits text into tokens like StandardTokenizer: [{ text, start, end, increment }] with UTF-16 offsets and position
 * increments (a token over 255 characters is skipped but still counts as a position).
 */
export function tokenize(text) {
  const classes = [];
  const offsets = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    classes.push(wordBreakClass(cp));
    offsets.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  const line = classes.join('');
  const tokens = [];
  let skipped = 0;
  for (let at = 0; at < line.length;) {
    const length = matchAt(line, at);
    if (length === 0) {
      at++;
      continue;
    }
    const start = offsets[at];
    const end = offsets[at + length];
    if (end - start <= MAX_TOKEN_LENGTH) {
      tokens.push({ text: text.slice(start, end), start, end, increment: skipped + 1 });
      skipped = 0;
    } else {
      skipped++;
    }
    at += length;
  }
  return tokens;
}

function matchAt(line, at) {
  for (const rule of [WORD, RUN_SE_ASIAN, SINGLE]) {
    rule.lastIndex = at;
    const found = rule.exec(line);
    if (found && found[0].length > 0) return found[0].length;
  }
  return 0;
}
