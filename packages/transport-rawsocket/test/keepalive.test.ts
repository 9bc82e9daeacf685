/** Keepalive with a manual clock: PING schedule, PONG matching, timeout. */
import { Keepalive } from '../src/keepalive.js';
import type { Scheduler } from '../src/timers.js';

/** A manual clock: timers fire only when `advance` passes their time. */
class ManualClock implements Scheduler {
  now = 0;
  #timers = new Map<number, { at: number; fn: () => void }>();
  #next = 1;

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  get pending(): number {
    return this.#timers.size;
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = until;
  }
}

function setup(interval = 1000, timeout = 300) {
  const clock = new ManualClock();
  const pings: Uint8Array[] = [];
  let timeouts = 0;
  const keepalive = new Keepalive({ interval, timeout, scheduler: clock, sendPing: (p) => pings.push(p), onTimeout: () => timeouts++ });
  return { clock, pings, keepalive, timeouts: () => timeouts };
}

describe('Keepalive', () => {
  it('sends the first PING one interval after start', () => {
    const { clock, pings, keepalive } = setup();
    keepalive.start();
    clock.advance(999);
    expect(pings).toHaveLength(0);
    clock.advance(1);
    expect(pings).toHaveLength(1);
    expect(pings[0]).toHaveLength(8);
  });

  it('schedules the next PING one interval after the matching PONG, with a new payload', () => {
    const { clock, pings, keepalive, timeouts } = setup();
    keepalive.start();
    clock.advance(1000);
    clock.advance(100);
    keepalive.pong(pings[0]!.slice());
    clock.advance(999);
    expect(pings).toHaveLength(1);
    clock.advance(1);
    expect(pings).toHaveLength(2);
    expect(Buffer.from(pings[1]!).equals(Buffer.from(pings[0]!))).toBe(false);
    expect(timeouts()).toBe(0);
  });

  it('times out when no PONG echoes the PING, and then stops', () => {
    const { clock, pings, keepalive, timeouts } = setup();
    keepalive.start();
    clock.advance(1000);
    keepalive.pong(Uint8Array.of(1, 2, 3)); // echoes something else: ignored
    clock.advance(300);
    expect(timeouts()).toBe(1);
    expect(clock.pending).toBe(0);
    clock.advance(10_000);
    expect(pings).toHaveLength(1);
  });

  it('ignores a PONG that echoes an earlier PING', () => {
    const { clock, pings, keepalive, timeouts } = setup();
    keepalive.start();
    clock.advance(1000);
    const first = pings[0]!.slice();
    keepalive.pong(first);
    clock.advance(1000);
    keepalive.pong(first);
    clock.advance(300);
    expect(timeouts()).toBe(1);
  });

  it('does nothing with interval 0, and stop() clears every timer', () => {
    const off = setup(0);
    off.keepalive.start();
    expect(off.clock.pending).toBe(0);
    const on = setup();
    on.keepalive.start();
    on.clock.advance(1000);
    on.keepalive.stop();
    expect(on.clock.pending).toBe(0);
    on.clock.advance(5000);
    expect(on.timeouts()).toBe(0);
  });
});
