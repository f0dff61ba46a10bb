// Story packs as .zip files: what is zipped comes back unchanged, and what is not a pack is refused with a message
// before anything large is inflated.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, MAX_PACK_ENTRIES, unzipPack, zipPack } from '../../../lib/stories/pack.ts';

const PACK = {
  'ferry/sources.json': '{ "story": { "id": "ferry", "title": "Ferry" }, "sources": [] }\n',
  'ferry/ledger.txt': 'The harbour board voted 5 to 2 — “a fair deal,” said Tomás Reyes.\n',
};

describe('story pack zips', () => {
  it('round-trips a pack, accents and quotes included', () => {
    expect(unzipPack(zipPack(PACK))).toEqual(PACK);
  });

  it('skips folder entries', () => {
    const zip = zipSync({ 'ferry/': new Uint8Array(), 'ferry/a.txt': strToU8('text') });
    expect(unzipPack(zip)).toEqual({ 'ferry/a.txt': 'text' });
  });

  it('refuses data that is not a zip', () => {
    expect(() => unzipPack(strToU8('just some text'))).toThrow('This file is not a story pack (.zip)');
  });

  it('refuses a zip cut short, and an empty file', () => {
    const zip = zipPack(PACK);
    expect(() => unzipPack(zip.subarray(0, zip.length - 30))).toThrow('This file is not a story pack (.zip)');
    expect(() => unzipPack(new Uint8Array())).toThrow('This file is not a story pack (.zip)');
  });

  it('refuses an entry that is not UTF-8 text, naming it', () => {
    const zip = zipSync({ 'ferry/photo.txt': new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    expect(() => unzipPack(zip)).toThrow('ferry/photo.txt: (file) is not UTF-8 text.');
  });

  it('refuses a pack of too many files', () => {
    const files = Object.fromEntries(Array.from({ length: MAX_PACK_ENTRIES + 1 }, (_, i) => [`p/${i}.txt`, strToU8('x')]));
    expect(() => unzipPack(zipSync(files))).toThrow(`more than ${MAX_PACK_ENTRIES} files`);
  });

  it('refuses a pack too large once unzipped, from its declared sizes', () => {
    // Compresses to almost nothing: a zip bomb in miniature.
    const zip = zipSync({ 'p/big.txt': new Uint8Array(MAX_PACK_BYTES + 1).fill(32) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => unzipPack(zip)).toThrow('larger than 20 MB');
  });
});
