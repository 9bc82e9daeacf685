import { Builder } from 'flatbuffers';
import { MESSAGE_SPECS } from '../src/flatbuffers/fbs-message-specs.js';
import { CLIENT_ROLES, ROUTER_ROLES } from '../src/flatbuffers/fbs-roles.js';

// The decoder reads tables by the slots and kinds declared in the specs; the encoder writes
// them through flatc's generated functions. Spying on the builder shows both agree.
type Call = { method: string; slot: number };

function spyBuilder(): { builder: Builder; calls: Call[] } {
  const builder = new Builder(64);
  const calls: Call[] = [];
  for (const method of ['addFieldInt8', 'addFieldInt16', 'addFieldInt32', 'addFieldInt64', 'addFieldOffset'] as const) {
    const original = builder[method].bind(builder) as (...a: unknown[]) => void;
    (builder as unknown as Record<string, unknown>)[method] = (slot: number, ...rest: unknown[]) => {
      calls.push({ method, slot });
      original(slot, ...rest);
    };
  }
  return { builder, calls };
}

const WIDTH: Record<string, string> = {
  u64: 'addFieldInt64',
  u32: 'addFieldInt32',
  u16: 'addFieldInt16',
  requestType: 'addFieldInt16',
  bool: 'addFieldInt8',
  match: 'addFieldInt8',
  invoke: 'addFieldInt8',
  cancelMode: 'addFieldInt8',
  authMethod: 'addFieldInt8',
  encAlgo: 'addFieldInt8',
  encSerializer: 'addFieldInt8',
};

function valueFor(kind: string): number | bigint | boolean {
  if (kind === 'u64') return 1n;
  if (kind === 'bool') return true;
  return 1;
}

describe('FlatBuffers table layouts', () => {
  for (const spec of MESSAGE_SPECS.values()) {
    it(`declares ${spec.name}'s fields with the slots and widths of the generated code`, () => {
      for (const field of spec.fields) {
        const { builder, calls } = spyBuilder();
        spec.start(builder);
        field.add(builder, valueFor(field.kind));
        expect(calls).toEqual([{ method: WIDTH[field.kind] ?? 'addFieldOffset', slot: field.slot }]);
      }
      for (const slot of [spec.payload?.args, spec.payload?.kwargs, spec.payload?.payload]) {
        if (slot === undefined) continue;
        const { builder, calls } = spyBuilder();
        spec.start(builder);
        slot.add(builder, 0);
        expect(calls).toEqual([{ method: 'addFieldOffset', slot: slot.slot }]);
      }
    });
  }

  for (const roles of [CLIENT_ROLES, ROUTER_ROLES]) {
    for (const role of roles.roles) {
      it(`declares the ${role.role} features in schema order`, () => {
        role.features.forEach(([, add], slot) => {
          const { builder, calls } = spyBuilder();
          role.start(builder);
          add(builder, true);
          expect(calls).toEqual([{ method: 'addFieldInt8', slot }]);
        });
        const { builder, calls } = spyBuilder();
        roles.start(builder);
        role.addTo(builder, 0);
        expect(calls).toEqual([{ method: 'addFieldOffset', slot: role.slot }]);
      });
    }
  }
});
