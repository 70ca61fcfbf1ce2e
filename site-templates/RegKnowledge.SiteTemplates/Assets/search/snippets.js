// Picks the passage of a result's text that holds the most query terms and marks them, as character ranges; the view turns
// the ranges into <mark> elements (never markup from the text). Words are matched after analysis, so "authorised" marks
// "authorized", and a synonym token marks the words it stands for ("VASP" marks "virtual asset service providers").
import { Mode } from './analyzer.js';

/** Ranges [{ start, end }] of `text` whose analysed terms are in highlight.terms or start with one of highlight.prefixes. */
export function matchRanges(text, highlight, analyzer) {
  const ranges = [];
  for (const token of analyzer.analyze(text, Mode.Index)) {
    if (matches(token.term, highlight)) ranges.push({ start: token.start, end: token.end, term: token.term });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function matches(term, highlight) {
  if (highlight.terms.has(term)) return true;
  for (const prefix of highlight.prefixes) if (term.startsWith(prefix)) return true;
  return false;
}

/**
 * A passage of about `width` characters around the densest group of matches: { text, marks: [{ start, end }] } with
 * offsets into the passage text, and "…" where the text was cut. Without matches, the start of the text.
 */
export function snippet(text, highlight, analyzer, width = 180) {
  const ranges = matchRanges(text, highlight, analyzer);
  if (ranges.length === 0) return { text: lead(text, width), marks: [] };
  // The window starting at some match that covers the most distinct terms (then the most matches).
  let best = { from: 0, score: -1 };
  for (let i = 0; i < ranges.length; i++) {
    const terms = new Set();
    let count = 0;
    for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= width; j++) {
      terms.add(ranges[j].term);
      count++;
    }
    const score = terms.size * 1000 + count;
    if (score > best.score) best = { from: i, score };
  }
  const first = ranges[best.from];
  let start = Math.max(0, first.start - Math.floor(width / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', first.start - 1);
    start = space >= start - 20 && space >= 0 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const marks = ranges.filter(r => r.start >= start && r.end <= end)
    .map(r => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { text: prefix + text.slice(start, end) + (end < text.length ? '…' : ''), marks };
}

function lead(text, width) {
  if (text.length <= width) return text;
  const cut = text.lastIndexOf(' ', width);
  return text.slice(0, cut > 0 ? cut : width) + '…';
}
