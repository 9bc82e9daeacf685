import { Call, Register } from '@wamp/message';
import { Router } from '../src/index.js';
import type { TestClient } from './support/loopback.js';
import { join } from './support/loopback.js';

function router(uriCheck?: 'strict'): Router {
  return new Router({ realms: [{ name: 'realm1', uriCheck }], log: () => {} });
}

async function register(client: TestClient, procedure: string, options: Record<string, unknown> = {}): Promise<number> {
  client.send([64, client.request(), options, procedure]);
  const registered = await client.expect(65);
  return registered[2] as number;
}

describe('Dealer: REGISTER and UNREGISTER', () => {
  it('answers REGISTER with REGISTERED carrying the request ID and a registration ID', async () => {
    const { client } = await join(router());
    client.send([64, client.request(), {}, 'com.example.add2']);
    const registered = await client.expect(65);
    expect(registered[1]).toBe(1);
    expect(registered[2]).toEqual(expect.any(Number));
    expect(registered[2]).toBeGreaterThanOrEqual(1);
  });

  it('refuses a second REGISTER of the same procedure with wamp.error.procedure_already_exists', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    await register(a.client, 'com.example.add2');
    b.client.send([64, b.client.request(), {}, 'com.example.add2']);
    expect(await b.client.next()).toEqual([8, 64, 1, {}, 'wamp.error.procedure_already_exists', ['procedure com.example.add2 is already registered']]);
    a.client.send([64, a.client.request(), {}, 'com.example.add2']);
    expect((await a.client.next())[4]).toBe('wamp.error.procedure_already_exists');
  });

  it('refuses to register under the reserved wamp. prefix with wamp.error.invalid_uri', async () => {
    const { client } = await join(router());
    client.send([64, client.request(), {}, 'wamp.session.count']);
    expect(await client.next()).toEqual([8, 64, 1, {}, 'wamp.error.invalid_uri', ['procedure wamp.session.count: the wamp. prefix is reserved for the router']]);
  });

  it('refuses URIs that break the realm’s strict rule with wamp.error.invalid_uri', async () => {
    const { client } = await join(router('strict'));
    client.send([64, client.request(), {}, 'com.Example.Add2']);
    expect(await client.next()).toEqual([8, 64, 1, {}, 'wamp.error.invalid_uri', ['procedure "com.Example.Add2" is not a valid URI on realm realm1']]);
    client.send([48, client.request(), {}, 'com.example-x.y']);
    expect((await client.next()).slice(0, 5)).toEqual([8, 48, 2, {}, 'wamp.error.invalid_uri']);
  });

  it('checks URIs itself when a transport hands over an unparsed message', async () => {
    const { client } = await join(router());
    client.send(new Register({ request: client.request(), procedure: 'com..add2' }));
    expect((await client.next()).slice(0, 5)).toEqual([8, 64, 1, {}, 'wamp.error.invalid_uri']);
  });

  it('routes by the spec’s precedence: exact, then the longest prefix, then the most specific wildcard', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    const exact = await register(callee.client, 'com.example.a.b');
    const shortPrefix = await register(callee.client, 'com.example.', { match: 'prefix' });
    const longPrefix = await register(callee.client, 'com.example.a.', { match: 'prefix' });
    const loose = await register(callee.client, 'org..c.d', { match: 'wildcard' });
    const tight = await register(callee.client, 'org.x..d', { match: 'wildcard' });
    const routedTo = async (procedure: string): Promise<[unknown, unknown]> => {
      caller.client.send(new Call({ request: caller.client.request(), procedure }));
      const invocation = await callee.client.expect(68);
      callee.client.send([70, invocation[1], {}]);
      await caller.client.expect(50);
      return [invocation[2], (invocation[3] as { procedure?: string }).procedure];
    };
    expect(await routedTo('com.example.a.b')).toEqual([exact, undefined]);
    expect(await routedTo('com.example.a.c')).toEqual([longPrefix, 'com.example.a.c']);
    expect(await routedTo('com.example.zzz')).toEqual([shortPrefix, 'com.example.zzz']);
    expect(await routedTo('org.x.c.d')).toEqual([tight, 'org.x.c.d']);
    expect(await routedTo('org.y.c.d')).toEqual([loose, 'org.y.c.d']);
    caller.client.send(new Call({ request: caller.client.request(), procedure: 'org.y.c' }));
    expect((await caller.client.expect(8))[4]).toBe('wamp.error.no_such_procedure');
  });

  it('shares a registration among callees by its invocation policy, and refuses a different policy', async () => {
    const r = router();
    const [a, b, c, caller] = [await join(r), await join(r), await join(r), await join(r)];
    const id = await register(a.client, 'com.example.shared', { invoke: 'roundrobin' });
    expect(await register(b.client, 'com.example.shared', { invoke: 'roundrobin' })).toBe(id);
    c.client.send([64, c.client.request(), { invoke: 'first' }, 'com.example.shared']);
    expect((await c.client.next()).slice(4, 5)).toEqual(['wamp.error.procedure_exists_with_different_invocation_policy']);
    c.client.send([64, c.client.request(), {}, 'com.example.shared']);
    expect((await c.client.next())[4]).toBe('wamp.error.procedure_already_exists');
    const served: string[] = [];
    for (let i = 0; i < 4; i++) {
      const before = { a: a.client.messages.length, b: b.client.messages.length };
      caller.client.send(new Call({ request: caller.client.request(), procedure: 'com.example.shared' }));
      const deadline = Date.now() + 2000;
      while (a.client.messages.length === before.a && b.client.messages.length === before.b && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
      const who = a.client.messages.length > before.a ? a : b;
      served.push(who === a ? 'a' : 'b');
      const invocation = await who.client.expect(68);
      who.client.send([70, invocation[1], {}]);
      await caller.client.expect(50);
    }
    expect(served).toEqual(['a', 'b', 'a', 'b']);
  });

  it('accepts the defaults spelled out: match exact, invoke single', async () => {
    const { client } = await join(router());
    await register(client, 'com.example.add2', { match: 'exact', invoke: 'single' });
  });

  it('answers UNREGISTER with UNREGISTERED, after which the procedure is gone and free again', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    const id = await register(callee.client, 'com.example.add2');
    callee.client.send([66, callee.client.request(), id]);
    expect(await callee.client.next()).toEqual([67, 2]);
    caller.client.send([48, caller.client.request(), {}, 'com.example.add2']);
    expect((await caller.client.next())[4]).toBe('wamp.error.no_such_procedure');
    await register(caller.client, 'com.example.add2');
  });

  it('answers UNREGISTER of an unknown registration, or another session’s, with wamp.error.no_such_registration', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const id = await register(a.client, 'com.example.add2');
    b.client.send([66, b.client.request(), id]);
    expect(await b.client.next()).toEqual([8, 66, 1, {}, 'wamp.error.no_such_registration', [`no registration ${id} of this session`]]);
    a.client.send([66, a.client.request(), 12345]);
    expect((await a.client.next())[4]).toBe('wamp.error.no_such_registration');
  });
});

describe('Dealer: CALL → INVOCATION → YIELD/ERROR → RESULT/ERROR', () => {
  it('passes args and kwargs unchanged both ways, with the dealer’s own invocation request IDs', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    const registration = await register(callee.client, 'com.example.add2');
    const args = [1, 'two', { three: [3] }, null, 2 ** 53, -1.5];
    const kwargs = { a: { b: [true, false] }, 'ü': 'ñ' };
    caller.client.send([48, caller.client.request(), {}, 'com.example.add2', args, kwargs]);
    caller.client.send([48, caller.client.request(), {}, 'com.example.add2', [], { only: 'kw' }]);
    const first = await callee.client.expect(68);
    const second = await callee.client.expect(68);
    expect(first).toEqual([68, 1, registration, {}, args, kwargs]);
    expect(second).toEqual([68, 2, registration, {}, [], { only: 'kw' }]);
    callee.client.send([70, 2, {}, ['second']]);
    callee.client.send([70, 1, {}, [], { sum: 3 }]);
    // Results of different calls may come back in any order; each mirrors its CALL.Request.
    expect(await caller.client.next()).toEqual([50, 2, {}, ['second']]);
    expect(await caller.client.next()).toEqual([50, 1, {}, [], { sum: 3 }]);
  });

  it('keeps one caller’s invocations of one callee in call order, across procedures', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.a');
    await register(callee.client, 'com.example.b');
    for (let i = 0; i < 10; i++) caller.client.send([48, caller.client.request(), {}, i % 2 ? 'com.example.a' : 'com.example.b', [i]]);
    for (let i = 0; i < 10; i++) expect((await callee.client.expect(68))[4]).toEqual([i]);
  });

  it('answers a CALL nobody registered with wamp.error.no_such_procedure', async () => {
    const { client } = await join(router());
    client.send([48, client.request(), {}, 'com.example.nothing', [1]]);
    expect(await client.next()).toEqual([8, 48, 1, {}, 'wamp.error.no_such_procedure', ['no callee registered procedure com.example.nothing']]);
  });

  it('passes a callee’s ERROR to the caller with its URI, args and kwargs unchanged', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.div');
    caller.client.send([48, caller.client.request(), {}, 'com.example.div', [1, 0]]);
    const invocation = await callee.client.expect(68);
    callee.client.send([8, 68, invocation[1], {}, 'com.example.error.division_by_zero', ['cannot divide by 0'], { dividend: 1 }]);
    expect(await caller.client.next()).toEqual([8, 48, 1, {}, 'com.example.error.division_by_zero', ['cannot divide by 0'], { dividend: 1 }]);
  });

  it('fails a callee’s pending calls with wamp.error.canceled when it leaves, and forgets its registrations', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.slow');
    caller.client.send([48, caller.client.request(), {}, 'com.example.slow']);
    caller.client.send([48, caller.client.request(), {}, 'com.example.slow']);
    await callee.client.expect(68);
    await callee.client.expect(68);
    callee.client.send([6, {}, 'wamp.close.normal']);
    expect(await caller.client.next()).toEqual([8, 48, 1, {}, 'wamp.error.canceled', ['the callee of com.example.slow left before answering']]);
    expect(await caller.client.next()).toEqual([8, 48, 2, {}, 'wamp.error.canceled', ['the callee of com.example.slow left before answering']]);
    caller.client.send([48, caller.client.request(), {}, 'com.example.slow']);
    expect((await caller.client.next())[4]).toBe('wamp.error.no_such_procedure');
  });

  it('fails pending calls the same way when the callee’s transport is lost', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.slow');
    caller.client.send([48, caller.client.request(), {}, 'com.example.slow']);
    await callee.client.expect(68);
    callee.client.abort();
    expect((await caller.client.next())[4]).toBe('wamp.error.canceled');
  });

  it('drops the result when the caller left, and does not treat the late YIELD as a violation', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.slow');
    caller.client.send([48, caller.client.request(), {}, 'com.example.slow']);
    const invocation = await callee.client.expect(68);
    caller.client.close();
    await caller.client.closed();
    callee.client.send([70, invocation[1], {}, ['late']]);
    // The callee stays in good standing: its next request is answered normally.
    callee.client.send([32, callee.client.request(), {}, 'com.example.topic']);
    await callee.client.expect(33);
    expect(caller.client.unread()).toEqual([]);
  });

  it('drops progressive YIELDs (receive_progress is not forwarded) and delivers the final one', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.stream');
    caller.client.send([48, caller.client.request(), { receive_progress: true }, 'com.example.stream']);
    const invocation = await callee.client.expect(68);
    expect(invocation[3]).toEqual({});
    callee.client.send([70, invocation[1], { progress: true }, ['chunk']]);
    callee.client.send([70, invocation[1], {}, ['done']]);
    expect(await caller.client.next()).toEqual([50, 1, {}, ['done']]);
  });

  it('ends the session of a callee that YIELDs for an invocation that is not pending', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.x');
    caller.client.send([48, caller.client.request(), {}, 'com.example.x']);
    const invocation = await callee.client.expect(68);
    callee.client.send([70, invocation[1], {}, ['ok']]);
    callee.client.send([70, invocation[1], {}, ['again']]);
    expect(await callee.client.next()).toEqual([3, { message: 'YIELD for INVOCATION request 1, which is not pending' }, 'wamp.error.protocol_violation']);
    expect(await caller.client.next()).toEqual([50, 1, {}, ['ok']]);
  });

  it.each([
    [48, 'ERROR with REQUEST.Type 48: a client sends ERROR only for INVOCATION (68)'],
    [16, 'ERROR with REQUEST.Type 16: a client sends ERROR only for INVOCATION (68)'],
  ])('ends the session of a client that sends ERROR for request type %d', async (type, message) => {
    const { client } = await join(router());
    client.send([8, type, 1, {}, 'com.example.error']);
    expect(await client.next()).toEqual([3, { message }, 'wamp.error.protocol_violation']);
  });

  it('ends the session of a client that sends ERROR for an invocation that is not pending', async () => {
    const { client } = await join(router());
    client.send([8, 68, 7, {}, 'com.example.error']);
    expect(await client.next()).toEqual([3, { message: 'ERROR for INVOCATION request 7, which is not pending' }, 'wamp.error.protocol_violation']);
  });

  it('lets a session call a procedure it registered itself, and cleans up when it leaves mid-call', async () => {
    const r = router();
    const { client } = await join(r);
    await register(client, 'com.example.echo');
    client.send([48, client.request(), {}, 'com.example.echo', ['hi']]);
    const invocation = await client.expect(68);
    client.send([70, invocation[1], {}, ['hi']]);
    expect(await client.next()).toEqual([50, 2, {}, ['hi']]);
    client.send([48, client.request(), {}, 'com.example.echo']);
    await client.expect(68);
    client.send([6, {}, 'wamp.close.normal']);
    expect(await client.next()).toEqual([6, {}, 'wamp.close.goodbye_and_out']);
  });

  it('answers wamp.error.payload_size_exceeded when the invocation is too large for the callee', async () => {
    const r = router();
    const callee = await join(r, 'realm1', {}, { maxMessageSize: 1000 });
    const caller = await join(r);
    await register(callee.client, 'com.example.small');
    caller.client.send([48, caller.client.request(), {}, 'com.example.small', ['x'.repeat(2000)]]);
    const error = await caller.client.next();
    expect(error.slice(0, 5)).toEqual([8, 48, 1, {}, 'wamp.error.payload_size_exceeded']);
    // The callee is not disturbed: the next (small) call reaches it.
    caller.client.send([48, caller.client.request(), {}, 'com.example.small', ['ok']]);
    expect((await callee.client.expect(68))[4]).toEqual(['ok']);
  });

  it('replaces a result too large for the caller with wamp.error.payload_size_exceeded', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r, 'realm1', {}, { maxMessageSize: 1000 });
    await register(callee.client, 'com.example.big');
    caller.client.send([48, caller.client.request(), {}, 'com.example.big']);
    const invocation = await callee.client.expect(68);
    callee.client.send([70, invocation[1], {}, ['x'.repeat(2000)]]);
    expect((await caller.client.next()).slice(0, 5)).toEqual([8, 48, 1, {}, 'wamp.error.payload_size_exceeded']);
  });

  it('forwards an opaque payload with its passthru keys (payload passthru mode)', async () => {
    const r = router();
    const callee = await join(r);
    const caller = await join(r);
    await register(callee.client, 'com.example.opaque');
    const payload = new Uint8Array([1, 2, 3, 250]);
    caller.client.send(new Call({ request: caller.client.request(), procedure: 'com.example.opaque', options: { ppt_scheme: 'x_custom', ppt_serializer: 'native' }, payload }));
    const invocation = await callee.client.expect(68);
    expect(invocation[3]).toEqual({ ppt_scheme: 'x_custom', ppt_serializer: 'native' });
    expect(invocation[4]).toEqual(payload);
  });

  it('assigns INVOCATION request IDs per callee, sequentially from 1', async () => {
    const r = router();
    const a = await join(r);
    const b = await join(r);
    const caller = await join(r);
    await register(a.client, 'com.example.a');
    await register(b.client, 'com.example.b');
    for (const p of ['com.example.a', 'com.example.b', 'com.example.a', 'com.example.b']) caller.client.send([48, caller.client.request(), {}, p]);
    expect([(await a.client.expect(68))[1], (await a.client.expect(68))[1]]).toEqual([1, 2]);
    expect([(await b.client.expect(68))[1], (await b.client.expect(68))[1]]).toEqual([1, 2]);
  });
});
