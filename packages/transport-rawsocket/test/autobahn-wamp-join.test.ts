/**
 * Autobahn|Python's ApplicationSession completes a WAMP session handshake (HELLO → WELCOME, then
 * GOODBYE both ways) with our RawSocket server side, for each serializer. The peer on our side is
 * a scripted responder until @wamp/router exists. (Autobahn 22.7.1's asyncio RawSocket client
 * cannot join: it lacks transport_details; the Twisted one is used.)
 */
import type { ISerializer, ITransportListener } from '@wamp/interfaces';
import { CborSerializer } from '@wamp/serializers/cbor';
import { JsonSerializer } from '@wamp/serializers/json';
import { MsgPackSerializer } from '@wamp/serializers/msgpack';
import type { Responder } from '@wamp/test-support';
import { autobahnPythonAvailable, helloResponder, pythonHelper, runPythonJson } from '@wamp/test-support';
import { listenRawSocket } from '../src/index.js';

const cases: [string, () => ISerializer][] = [
  ['json', () => new JsonSerializer()],
  ['msgpack', () => new MsgPackSerializer()],
  ['cbor', () => new CborSerializer()],
];

(autobahnPythonAvailable() ? describe : describe.skip)('Autobahn|Python joins a realm over our RawSocket server side', () => {
  let listener: ITransportListener | undefined;
  afterEach(() => listener?.close());

  it.each(cases)('with %s', async (name, make) => {
    const responders: Responder[] = [];
    listener = await listenRawSocket({ port: 0, serializers: [make()], handlerFactory: () => (responders.push(helloResponder()), responders.at(-1)!) });
    const result = await runPythonJson<Record<string, unknown>>(pythonHelper('wamp_join_twisted.py'), ['127.0.0.1', String(listener.address.port), name]);
    expect(result).toMatchObject({ joined: true, realm: 'realm1', left: 'wamp.close.goodbye_and_out' });
    expect(responders[0]!.joined).toEqual(['realm1']);
    expect(responders[0]!.goodbyes).toEqual(['wamp.close.normal']);
  }, 20_000);
});
