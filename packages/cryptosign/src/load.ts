/**
 * Loads a cryptosign key from a file (Node only).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { CryptosignKey } from './cryptosign-key.js';

/**
 * Reads `path` and builds the key from whatever it holds: an OpenSSH private key, an OpenSSH
 * public key line, or an Autobahn|Python / Crossbar.io key file.
 *
 * @throws {TypeError} naming the file when its content is none of these.
 */
export async function load(path: string): Promise<CryptosignKey> {
  const text = await readFile(path, 'utf8');
  try {
    if (text.includes('-----BEGIN OPENSSH PRIVATE KEY-----')) return await CryptosignKey.fromOpenSshPrivateKey(text);
    if (text.trimStart().startsWith('ssh-ed25519 ')) return CryptosignKey.fromOpenSshPublicKey(text);
    return await CryptosignKey.fromKeyFile(text);
  } catch (error) {
    throw new TypeError(`${path}: ${(error as Error).message}`, { cause: error });
  }
}
