/**
 * Message type code → message class. Kept apart from `message-type.ts` so the code table
 * carries no class (and importing it loads none).
 *
 * @module
 */
import type { IMessageClass } from '@wamp/interfaces';
import { Abort } from './abort.js';
import { Authenticate } from './authenticate.js';
import { Call } from './call.js';
import { Cancel } from './cancel.js';
import { Challenge } from './challenge.js';
import { ErrorMessage } from './error-message.js';
import { Event } from './event.js';
import { Goodbye } from './goodbye.js';
import { Hello } from './hello.js';
import { Interrupt } from './interrupt.js';
import { Invocation } from './invocation.js';
import { Publish } from './publish.js';
import { Published } from './published.js';
import { Register } from './register.js';
import { Registered } from './registered.js';
import { Result } from './result.js';
import { Subscribe } from './subscribe.js';
import { Subscribed } from './subscribed.js';
import { Unregister } from './unregister.js';
import { Unregistered } from './unregistered.js';
import { Unsubscribe } from './unsubscribe.js';
import { Unsubscribed } from './unsubscribed.js';
import { Welcome } from './welcome.js';
import { Yield } from './yield.js';

const CLASSES: readonly IMessageClass[] = [
  Hello, Welcome, Abort, Challenge, Authenticate, Goodbye, ErrorMessage,
  Publish, Published, Subscribe, Subscribed, Unsubscribe, Unsubscribed, Event,
  Call, Cancel, Result, Register, Registered, Unregister, Unregistered, Invocation, Interrupt, Yield,
];

/** The 24 message classes of the Basic and Advanced Profiles, by type code. */
export const MESSAGE_TYPE_MAP: ReadonlyMap<number, IMessageClass> = new Map(CLASSES.map((c) => [c.MESSAGE_TYPE, c]));
