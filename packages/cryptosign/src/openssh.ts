/**
 * OpenSSH Ed25519 keys: the private key file (`-----BEGIN OPENSSH PRIVATE KEY-----`, format
 * `openssh-key-v1`) and the public key line (`ssh-ed25519 AAAA… comment`).
 *
 * @module
 */
import { fromBase64 } from './bytes.js';

const MAGIC = 'openssh-key-v1\0';

/** Reads the length-prefixed fields of an SSH wire buffer. */
class SshReader {
  #pos = 0;
  constructor(private readonly bytes: Uint8Array, private readonly what: string) {}

  uint32(): number {
    if (this.#pos + 4 > this.bytes.length) throw new TypeError(`${this.what}: truncated`);
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.#pos, 4).getUint32(0);
    this.#pos += 4;
    return v;
  }

  bytesField(): Uint8Array {
    const n = this.uint32();
    if (this.#pos + n > this.bytes.length) throw new TypeError(`${this.what}: truncated`);
    const out = this.bytes.subarray(this.#pos, this.#pos + n);
    this.#pos += n;
    return out;
  }

  string(): string {
    return new TextDecoder().decode(this.bytesField());
  }
}

/** What an OpenSSH private key file holds. */
export interface OpenSshPrivateKey {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly comment: string;
}

/**
 * Parses an unencrypted OpenSSH Ed25519 private key file.
 *
 * @throws {TypeError} for anything else: not an OpenSSH key, encrypted (passphrase) keys, several
 * keys, non-Ed25519 keys, or a corrupt file — the message says which.
 */
export function parseOpenSshPrivateKey(text: string): OpenSshPrivateKey {
  const match = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text);
  if (!match) throw new TypeError('not an OpenSSH private key (no BEGIN/END OPENSSH PRIVATE KEY lines)');
  const raw = fromBase64(match[1] as string, 'OpenSSH private key');
  const what = 'OpenSSH private key';
  if (new TextDecoder().decode(raw.subarray(0, MAGIC.length)) !== MAGIC) throw new TypeError(`${what}: not in openssh-key-v1 format`);
  const r = new SshReader(raw.subarray(MAGIC.length), what);
  const cipher = r.string();
  const kdf = r.string();
  r.bytesField(); // kdf options
  if (cipher !== 'none' || kdf !== 'none') {
    throw new TypeError(`${what} is encrypted with a passphrase (cipher ${cipher}, kdf ${kdf}); decrypt it first (ssh-keygen -p)`);
  }
  if (r.uint32() !== 1) throw new TypeError(`${what}: holds more than one key`);
  r.bytesField(); // public key blob (repeated in the private section)
  const priv = new SshReader(r.bytesField(), what);
  if (priv.uint32() !== priv.uint32()) throw new TypeError(`${what}: check integers differ (corrupt file)`);
  const type = priv.string();
  if (type !== 'ssh-ed25519') throw new TypeError(`${what}: key type ${type} is not ssh-ed25519`);
  const publicKey = priv.bytesField();
  const secret = priv.bytesField();
  if (publicKey.length !== 32 || secret.length !== 64) throw new TypeError(`${what}: Ed25519 key of the wrong size`);
  return { seed: secret.slice(0, 32), publicKey: publicKey.slice(), comment: priv.string() };
}

/**
 * Parses an OpenSSH public key line `ssh-ed25519 AAAA… [comment]`.
 *
 * @throws {TypeError} for another key type or a corrupt line.
 */
export function parseOpenSshPublicKey(line: string): { publicKey: Uint8Array; comment: string } {
  const [type, blob, ...comment] = line.trim().split(/\s+/);
  if (type !== 'ssh-ed25519' || blob === undefined) throw new TypeError(`not an ssh-ed25519 public key line: ${JSON.stringify(line.slice(0, 40))}`);
  const r = new SshReader(fromBase64(blob, 'OpenSSH public key'), 'OpenSSH public key');
  if (r.string() !== 'ssh-ed25519') throw new TypeError('OpenSSH public key: blob is not ssh-ed25519');
  const publicKey = r.bytesField();
  if (publicKey.length !== 32) throw new TypeError(`OpenSSH public key: ${publicKey.length} bytes, expected 32`);
  return { publicKey: publicKey.slice(), comment: comment.join(' ') };
}
