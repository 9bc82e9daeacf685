/** The realistic mix the serializer benchmark encodes and decodes: CALL, RESULT and EVENT, small and 4 KiB. */
import type { IMessage } from '@wamp/interfaces';
import { Call, Event, Result } from '@wamp/message';

export interface Sample {
  readonly name: string;
  /** Builds the message afresh (our contenders encode message objects). */
  readonly message: () => IMessage;
}

const big = 'x'.repeat(4096);
const small = ['hi', 7, true]; // ~16 bytes of payload

export const SAMPLES: readonly Sample[] = [
  { name: 'CALL 16B', message: () => new Call({ request: 12345, options: {}, procedure: 'com.example.add2', args: small }) },
  { name: 'CALL 4KiB', message: () => new Call({ request: 12345, options: {}, procedure: 'com.example.store', args: [big], kwargs: { n: 1 } }) },
  { name: 'RESULT 16B', message: () => new Result({ request: 12345, details: {}, args: small }) },
  { name: 'RESULT 4KiB', message: () => new Result({ request: 12345, details: {}, args: [big] }) },
  {
    name: 'EVENT 16B',
    message: () => new Event({ subscription: 5823448172345611, publication: 2345876234598761, details: {}, args: small }),
  },
  {
    name: 'EVENT 4KiB',
    message: () => new Event({ subscription: 5823448172345611, publication: 2345876234598761, details: {}, args: [big], kwargs: { k: 'v' } }),
  },
];
