/**
 * PUBLISH `[16, Request|id, Options|dict, Topic|uri, (Arguments|list, (ArgumentsKw|dict))]`
 * (Basic Profile, "Publishing and Events"; Advanced Profile publisher features).
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkDict } from './check-fields.js';
import { PASSTHRU_SPEC, checkOptions } from './check-options.js';
import type { OptionSpec } from './check-options.js';
import { checkShape } from './check-shape.js';
import { checkUri } from './check-uri.js';
import type { PassthruKeys, PayloadFields } from './payload.js';
import { isPassthru, readPayload, writePayload } from './payload.js';

/** `PUBLISH.Options` as on the wire. */
export interface PublishOptionsDict extends PassthruKeys {
  acknowledge?: boolean;
  exclude_me?: boolean;
  exclude?: number[];
  exclude_authid?: string[];
  exclude_authrole?: string[];
  eligible?: number[];
  eligible_authid?: string[];
  eligible_authrole?: string[];
  retain?: boolean;
  disclose_me?: boolean;
  rkey?: string;
  /** Autobahn/Crossbar.io: an application-chosen hash that makes the request idempotent. */
  transaction_hash?: string;
  [key: string]: unknown;
}

/** Fields of a {@link Publish}. */
export interface PublishInit extends PayloadFields {
  request: number;
  options?: PublishOptionsDict | undefined;
  topic: string;
}

const OPTIONS: OptionSpec = {
  ...PASSTHRU_SPEC,
  transaction_hash: 'string',
  acknowledge: 'bool',
  exclude_me: 'bool',
  exclude: 'idList',
  exclude_authid: 'stringList',
  exclude_authrole: 'stringList',
  eligible: 'idList',
  eligible_authid: 'stringList',
  eligible_authrole: 'stringList',
  retain: 'bool',
  disclose_me: 'bool',
  rkey: 'string',
};

/** PUBLISH: a publisher sends an event to a topic. */
export class Publish extends BaseMessage {
  static readonly MESSAGE_TYPE = 16;
  get MESSAGE_TYPE(): 16 {
    return 16;
  }
  request: number;
  options: PublishOptionsDict;
  topic: string;
  args: unknown[] | undefined;
  kwargs: Record<string, unknown> | undefined;
  payload: Uint8Array | undefined;

  constructor(init: PublishInit) {
    super();
    this.request = init.request;
    this.options = init.options ?? {};
    this.topic = init.topic;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.payload = init.payload;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid PUBLISH. */
  static parse(wmsg: readonly unknown[]): Publish {
    checkShape(wmsg, 16, 'PUBLISH', 4, 6);
    const options = checkDict(wmsg[2], 'PUBLISH.Options');
    checkOptions(options, OPTIONS, 'PUBLISH.Options');
    return new Publish({
      request: checkId(wmsg[1], 'PUBLISH.Request'),
      options,
      topic: checkUri(wmsg[3], 'PUBLISH.Topic'),
      ...readPayload(wmsg, 4, 'PUBLISH', isPassthru(options)),
    });
  }

  marshal(): unknown[] {
    return writePayload([16, this.request, this.options, this.topic], this);
  }
}
