/**
 * PUBLISHED `[17, PUBLISH.Request|id, Publication|id]`: the broker acknowledges a PUBLISH sent with `acknowledge: true`.
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { readRequestAndId } from './read-request-and-id.js';

/** Fields of a {@link Published}. */
export interface PublishedInit {
  request: number;
  publication: number;
}

/** PUBLISHED: the broker acknowledges a PUBLISH sent with `acknowledge: true`. */
export class Published extends BaseMessage {
  static readonly MESSAGE_TYPE = 17;
  get MESSAGE_TYPE(): 17 {
    return 17;
  }
  request: number;
  publication: number;

  constructor(init: PublishedInit) {
    super();
    this.request = init.request;
    this.publication = init.publication;
  }

  /** @throws {ProtocolError} when `wmsg` is not a valid PUBLISHED. */
  static parse(wmsg: readonly unknown[]): Published {
    const [request, publication] = readRequestAndId(wmsg, 17, 'PUBLISHED', 'Publication');
    return new Published({ request, publication });
  }

  marshal(): unknown[] {
    return [17, this.request, this.publication];
  }
}
