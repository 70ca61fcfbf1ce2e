// Lucene 4.8's BM25Similarity in single precision, operation by operation, so scores match Lucene.Net's bit for bit:
// every intermediate is rounded to float32 (Math.fround) exactly where C# rounds it.
const f = Math.fround;

/** SmallFloat.byte315ToFloat: the norm byte back to 1/sqrt(length). */
function byte315ToFloat(b) {
  if (b === 0) return 0;
  const bits = ((b & 0xff) << 21) + ((63 - 15) << 24);
  const view = new DataView(new ArrayBuffer(4));
  view.setInt32(0, bits);
  return view.getFloat32(0);
}

/** BM25's decoded document length for each norm byte: 1 / f². */
export const NORM_TABLE = Float64Array.from({ length: 256 }, (_, i) => {
  const v = byte315ToFloat(i);
  return f(1 / f(v * v));
});

/** Lucene's idf: ln(1 + (maxDoc − df + 0.5) / (df + 0.5)) in double, then float. */
export function idf(docFreq, maxDoc) {
  return f(Math.log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)));
}

/** Per field: avgdl and the 256 length factors k1·((1−b) + b·dl/avgdl). */
export function fieldStats(sumTotalTermFreq, maxDoc, k1, b) {
  const avgdl = sumTotalTermFreq <= 0 ? 1 : f(sumTotalTermFreq / maxDoc);
  const oneMinusB = f(1 - b);
  const cache = Float64Array.from(NORM_TABLE, decoded => f(k1 * f(oneMinusB + f(f(b * decoded) / avgdl))));
  return { avgdl, cache };
}

/** The per-document scorer of one term (or phrase) weight: weightValue·freq / (freq + cache[norm]). */
export function docScorer(idfValue, queryBoost, topLevelBoost, k1, cache) {
  const weight = f(f(idfValue * queryBoost) * topLevelBoost);
  const weightValue = f(weight * f(k1 + 1));
  return (freq, norm) => f(f(weightValue * freq) / f(freq + cache[norm]));
}
