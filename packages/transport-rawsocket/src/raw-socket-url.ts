/**
 * RawSocket URLs: where `rawSocket(url)` connects.
 *
 * @module
 */

/** Where a RawSocket URL points: a TCP host and port, or a Unix socket path; over TLS or not. */
export type RawSocketTarget =
  | { readonly kind: 'tcp'; readonly secure: boolean; readonly host: string; readonly port: number }
  | { readonly kind: 'unix'; readonly secure: boolean; readonly path: string };

const TCP = /^(rss?):\/\/(\[[0-9a-f:.]+\]|[^\s:/?#[\]@]+)(?::(\d{1,5}))?\/?$/i;
const AUTOBAHN_UNIX = /^(rss?):\/\/unix:([^?#]+)$/i;
const UNIX = /^unix:\/\/(\/[^?#]*)$/i;

/**
 * Parses a RawSocket URL:
 * - `rs://host:port` (TCP) and `rss://host:port` (TLS); IPv6 hosts in brackets; without a port,
 *   80 and 443 as Autobahn|Python assumes (`autobahn.rawsocket.util.parse_url`);
 * - `unix:///path/to/socket` (a Unix socket), and Autobahn's forms `rs://unix:/path` and
 *   `rss://unix:/path` (TLS over a Unix socket).
 * Autobahn accepts no other scheme (no `tcp://` or `tls://`), and neither do we.
 *
 * @throws {TypeError} for anything else, naming the URL.
 */
export function parseRawSocketUrl(url: string): RawSocketTarget {
  const fail = (why: string): never => {
    throw new TypeError(`rawSocket: ${JSON.stringify(url)} is not a RawSocket URL (${why}); use rs://host:port, rss://host:port or unix:///path`);
  };
  if (typeof url !== 'string') return fail('not a string');
  const unix = UNIX.exec(url);
  if (unix) return { kind: 'unix', secure: false, path: decodeURIComponent(unix[1] as string) };
  const autobahnUnix = AUTOBAHN_UNIX.exec(url);
  if (autobahnUnix) return { kind: 'unix', secure: (autobahnUnix[1] as string).toLowerCase() === 'rss', path: autobahnUnix[2] as string };
  const tcp = TCP.exec(url);
  if (!tcp) return fail(/^(rss?|unix):/i.test(url) ? 'malformed, or with a path, query or fragment' : 'unknown scheme');
  const secure = (tcp[1] as string).toLowerCase() === 'rss';
  const port = tcp[3] === undefined ? (secure ? 443 : 80) : Number(tcp[3]);
  if (port < 1 || port > 65535) return fail(`port ${port} out of range`);
  return { kind: 'tcp', secure, host: (tcp[2] as string).replace(/^\[|\]$/g, ''), port };
}
