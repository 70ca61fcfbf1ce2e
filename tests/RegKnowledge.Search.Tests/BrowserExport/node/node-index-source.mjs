// Reads an exported browser index from disk for the search engine (the browser fetches the same files over HTTP).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

export function diskSource(folder) {
  return async file => new Uint8Array(gunzipSync(readFileSync(path.join(folder, file))));
}
