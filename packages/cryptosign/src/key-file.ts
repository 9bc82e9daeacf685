/**
 * The key file format of Autobahn|Python and Crossbar.io (`autobahn.util.parse_keyfile`): free
 * text up to the first empty line is a comment; after it, one `tag: value` per line, tags
 * case-insensitive, each at most once, from a fixed list.
 *
 * @module
 */

const TAGS = new Set([
  'public-key-ed25519',
  'public-adr-eth',
  'created-at',
  'creator',
  'user-id',
  'machine-id',
  'node-authid',
  'node-cluster-ip',
  'private-key-ed25519',
  'private-key-eth',
]);

/**
 * Parses a key file into its tags (lower-case).
 *
 * @throws {TypeError} for an unknown or repeated tag, or a line that is not `tag: value`.
 */
export function parseKeyFile(text: string): Map<string, string> {
  const lines = text.split(/\r?\n/);
  const blank = lines.findIndex((l) => l.trim() === '');
  const body = blank === -1 ? lines : lines.slice(blank + 1);
  const tags = new Map<string, string>();
  for (const [i, line] of body.entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new TypeError(`key file line ${i + 1 + (blank + 1)}: expected "tag: value", got ${JSON.stringify(line.slice(0, 40))}`);
    const tag = line.slice(0, colon).trim().toLowerCase();
    if (!TAGS.has(tag)) throw new TypeError(`key file: unknown tag "${tag}"`);
    if (tags.has(tag)) throw new TypeError(`key file: tag "${tag}" appears twice`);
    tags.set(tag, line.slice(colon + 1).trim());
  }
  return tags;
}

/** Writes a key file with a comment block and the given tags. */
export function formatKeyFile(comment: string, tags: ReadonlyArray<readonly [string, string]>): string {
  const head = comment
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .join('\n');
  return `${head}\n\n${tags.map(([t, v]) => `${t}: ${v}`).join('\n')}\n`;
}
