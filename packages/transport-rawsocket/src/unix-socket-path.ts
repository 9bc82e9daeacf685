/**
 * Reclaiming a Unix socket path before listening on it.
 *
 * @module
 */
import { lstat, unlink } from 'node:fs/promises';
import { connect } from 'node:net';

/**
 * Removes a stale Unix socket file at `path`: one left behind by a process that is gone, which
 * would make `listen` fail with EADDRINUSE. A socket somebody still listens on, and any file that
 * is not a socket, are left alone (listening then fails with EADDRINUSE, as it should).
 */
export async function removeStaleSocket(path: string): Promise<void> {
  const stats = await lstat(path).catch(() => undefined);
  if (stats === undefined || !stats.isSocket()) return;
  const live = await new Promise<boolean>((resolve) => {
    const probe = connect({ path });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => {
      probe.destroy();
      resolve(false);
    });
  });
  if (!live) await unlink(path).catch(() => undefined);
}
