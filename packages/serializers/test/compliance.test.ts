import { describeObjectSerializerCompliance } from '@wamp/compliance-tests/object-serializer';
import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
import { CborObjectSerializer, CborSerializer } from '../src/cbor.js';
import { FlatBuffersSerializer } from '../src/flatbuffers.js';
import { JsonObjectSerializer, JsonSerializer } from '../src/json.js';
import { MsgPackObjectSerializer, MsgPackSerializer } from '../src/msgpack.js';

describeSerializerCompliance('JsonSerializer', { setup: (args) => new JsonSerializer({ batched: args?.batched }), teardown: () => {} });
describeSerializerCompliance('MsgPackSerializer', { setup: (args) => new MsgPackSerializer({ batched: args?.batched }), teardown: () => {} });
describeSerializerCompliance('CborSerializer', { setup: (args) => new CborSerializer({ batched: args?.batched }), teardown: () => {} });
// FlatBuffers tables hold fixed Options/Details keys: messages with other keys are refused
// (SerializationError), everything else must round-trip exactly. No batched variant.
for (const [label, payloadSerializer] of [
  ['CBOR', new CborObjectSerializer()],
  ['JSON', new JsonObjectSerializer()],
  ['MessagePack', new MsgPackObjectSerializer()],
] as const) {
  describeSerializerCompliance(
    `FlatBuffersSerializer (payload ${label})`,
    { setup: () => new FlatBuffersSerializer({ payloadSerializer }), teardown: () => {} },
    undefined,
    { partial: true },
  );
}
describeObjectSerializerCompliance('JsonObjectSerializer', { setup: (args) => new JsonObjectSerializer({ batched: args?.batched }), teardown: () => {} });
describeObjectSerializerCompliance('MsgPackObjectSerializer', { setup: (args) => new MsgPackObjectSerializer({ batched: args?.batched }), teardown: () => {} });
describeObjectSerializerCompliance('CborObjectSerializer', { setup: (args) => new CborObjectSerializer({ batched: args?.batched }), teardown: () => {} });
