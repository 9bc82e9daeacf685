import fc from 'fast-check';
import { isUri } from '../src/check-uri.js';
const LOOSE = /^([^\s.#]+\.)*([^\s.#]+)$/;
it('isUri (loose, no rules): the regex-free fast path agrees with the loose regular expression on every BMP character and random mixes', () => {
  const chars = fc.constantFrom('a', 'b', '.', '#', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u0001', 'é', '_', '1', '\u200b', '\u0085', '\u180e');
  fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (s) => isUri(s) === LOOSE.test(s)), { numRuns: 20000 });
  for (let c = 0; c < 0x10000; c++) { const s = `a${String.fromCharCode(c)}b`; if (isUri(s) !== LOOSE.test(s)) throw new Error(`differs at ${c.toString(16)}`); }
});
