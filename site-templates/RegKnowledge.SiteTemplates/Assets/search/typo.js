// Typo tolerance: the indexed word closest to a word that matches nothing, by Levenshtein distance (at most 1 for words of
// up to 4 letters, 2 beyond), compared both as typed and as analysed; ties go to the more frequent word.

/** Levenshtein distance, or max + 1 as soon as it must exceed max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** The closest entry of `words` ([{ term, df, word }]) to a typed word and its analysed term, or null. */
export function closestWord(typed, term, words) {
  const max = typed.length <= 4 ? 1 : 2;
  if (typed.length < 3) return null;
  let best = null;
  for (const entry of words) {
    const distance = Math.min(editDistance(typed, entry.word, max), editDistance(term, entry.term, max));
    if (distance > max || distance === 0) continue;
    if (!best || distance < best.distance || (distance === best.distance && entry.df > best.entry.df)) best = { distance, entry };
  }
  return best ? { word: best.entry.word, term: best.entry.term, distance: best.distance } : null;
}
