// Reads the browser index written by RegKnowledge.Search.BrowserExport: gzip'd files named .bin, fetched only when needed
// and kept once fetched. The byte layouts are described in README.md ("Browser search") and in the C# writers.

/**
 * Bytes of a file, gunzipped unless a server already decoded them (no gzip magic). The bytes are written straight into a
 * DecompressionStream: wrapping them in a Blob first costs about 2.5 ms a file in Chromium (the blob is registered with the
 * browser process), twenty times the decompression itself.
 */
export async function gunzip(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** A source that fetches files relative to a base URL (the site's search/ folder). */
export function fetchSource(baseUrl) {
  return async path => {
    const response = await fetch(new URL(path, baseUrl));
    if (!response.ok) throw new Error(`search index file ${path}: HTTP ${response.status}`);
    return gunzip(new Uint8Array(await response.arrayBuffer()));
  };
}

/**
 * A source for pages opened from disk (file://), where Chromium refuses fetch() but runs classic scripts: each file is read
 * from its mirror js/<path>.js, a script that hands the base64 of the gzip'd bytes to __regkSearchFile(path, base64).
 */
export function scriptSource(baseUrl) {
  const waiting = new Map();
  globalThis.__regkSearchFile = (path, base64) => {
    const resolve = waiting.get(path);
    waiting.delete(path);
    resolve?.(base64);
  };
  return path => new Promise((resolve, reject) => {
    waiting.set(path, resolve);
    const script = document.createElement('script');
    script.src = new URL(`js/${path}.js`, baseUrl).href;
    script.onload = () => script.remove();
    script.onerror = () => {
      waiting.delete(path);
      script.remove();
      reject(new Error(`search index file ${path} did not load`));
    };
    document.head.append(script);
  }).then(base64 => gunzip(Uint8Array.from(atob(base64), c => c.charCodeAt(0))));
}

/** Reads unsigned LEB128 varints and raw bytes from a Uint8Array. */
export class ByteReader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  varint() {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }

  skipVarints(count) {
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < count; i++) while (bytes[at++] >= 0x80);
    this.at = at;
  }
}

const decoder = new TextDecoder();

/** One term range: its terms, and each term's postings per field (decoded on first use). */
export class TermShard {
  constructor(bytes, fieldCount) {
    this.bytes = bytes;
    this.fieldCount = fieldCount;
    const reader = new ByteReader(bytes);
    const namesLength = reader.varint();
    const names = decoder.decode(bytes.subarray(reader.at, reader.at + namesLength));
    reader.at += namesLength;
    this.terms = names.length === 0 ? [] : names.split('\n');
    this.index = new Map();
    this.offsets = new Int32Array(this.terms.length);
    // Position count before each term, to find its slice of the positions file.
    this.positionStarts = new Float64Array(this.terms.length);
    let positions = 0;
    for (let t = 0; t < this.terms.length; t++) {
      this.index.set(this.terms[t], t);
      this.offsets[t] = reader.at;
      this.positionStarts[t] = positions;
      const mask = bytes[reader.at++];
      for (let field = 0; field < fieldCount; field++) {
        if (!(mask & (1 << field))) continue;
        const df = reader.varint();
        reader.skipVarints(df);
        for (let i = 0; i < df; i++) positions += reader.varint() + 1;
        reader.at += df;
      }
    }
    this.decoded = new Map();
  }

  has(term) {
    return this.index.has(term);
  }

  /** [field] → { docs, freqs, norms, positionStart } or null, for a term of this range (null if absent). */
  postings(term) {
    const t = this.index.get(term);
    if (t === undefined) return null;
    let found = this.decoded.get(t);
    if (found) return found;
    const reader = new ByteReader(this.bytes, this.offsets[t]);
    const mask = this.bytes[reader.at++];
    let positionStart = this.positionStarts[t];
    found = [];
    for (let field = 0; field < this.fieldCount; field++) {
      if (!(mask & (1 << field))) {
        found.push(null);
        continue;
      }
      const df = reader.varint();
      const docs = new Int32Array(df);
      const freqs = new Int32Array(df);
      let doc = 0;
      for (let i = 0; i < df; i++) docs[i] = doc += reader.varint();
      let total = 0;
      for (let i = 0; i < df; i++) total += freqs[i] = reader.varint() + 1;
      const norms = this.bytes.subarray(reader.at, reader.at + df);
      reader.at += df;
      found.push({ docs, freqs, norms, positionStart });
      positionStart += total;
    }
    this.decoded.set(t, found);
    return found;
  }
}

/** The positions file of a term range: every position delta in file order, decoded to absolute positions on demand. */
export class PositionShard {
  constructor(bytes) {
    const reader = new ByteReader(bytes);
    const values = [];
    while (reader.at < bytes.length) values.push(reader.varint());
    this.deltas = Int32Array.from(values);
  }

  /** Absolute positions of each document of a field's postings: an array of Int32Array, one per document. */
  positions(fieldPostings) {
    const out = [];
    let at = fieldPostings.positionStart;
    for (const freq of fieldPostings.freqs) {
      const list = new Int32Array(freq);
      let position = 0;
      for (let i = 0; i < freq; i++) list[i] = position += this.deltas[at++];
      out.push(list);
    }
    return out;
  }
}

/** Facet codes per document: codes[f][starts[f][doc] .. starts[f][doc + 1]) are document doc's value codes for facet f. */
export class FacetCodes {
  constructor(bytes, facetCount, documents) {
    this.starts = [];
    this.codes = [];
    const reader = new ByteReader(bytes);
    // Each code takes at least one byte, so the file's length bounds the number of codes.
    const scratch = new Int32Array(bytes.length);
    for (let f = 0; f < facetCount; f++) {
      const starts = new Int32Array(documents + 1);
      let n = 0;
      for (let doc = 0; doc < documents; doc++) {
        starts[doc] = n;
        const count = reader.varint();
        for (let i = 0; i < count; i++) scratch[n++] = reader.varint();
      }
      starts[documents] = n;
      this.starts.push(starts);
      this.codes.push(scratch.slice(0, n));
    }
  }

  /** The codes of one document for facet f (a view, not a copy). */
  of(facet, doc) {
    return this.codes[facet].subarray(this.starts[facet][doc], this.starts[facet][doc + 1]);
  }

  /** Per document, 1 when it has any of the codes in `wanted` for facet f. */
  mask(facet, wanted) {
    const starts = this.starts[facet];
    const codes = this.codes[facet];
    const mask = new Uint8Array(starts.length - 1);
    for (let doc = 0; doc < mask.length; doc++) {
      for (let i = starts[doc]; i < starts[doc + 1]; i++) {
        if (wanted.has(codes[i])) {
          mask[doc] = 1;
          break;
        }
      }
    }
    return mask;
  }
}

/** Display chunk: [id, title, context, url, text] per document. */
export function parseChunk(bytes) {
  return JSON.parse(decoder.decode(bytes));
}

/** Word dictionary file: [{ term, df, word }]. */
export function parseWords(bytes) {
  return decoder.decode(bytes).split('\n').filter(Boolean).map(line => {
    const [term, df, word] = line.split('\t');
    return { term, df: Number(df), word: word ?? term };
  });
}
