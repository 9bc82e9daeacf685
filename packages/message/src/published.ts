/**
 * PUBLISHED `[17, PUBLISH.Request|id, Publication|id]`: the broker acknowledges a PUBLISH sent with
 * `acknowledge: true` (Basic Profile, "Publishing and Events").
 *
 * @module
 */
import { BaseMessage } from './base-message.js';
import { checkId } from './check-id.js';
import { checkShape } from './check-shape.js';

/** Fields of a {@link Published}. */
export interface PublishedInit {
  /** The PUBLISH request acknowledged. */
  request: number;
  /** The publication's ID (global scope), as in the EVENTs it caused. */
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

  /**
   * Validates a PUBLISHED list and builds the message.
   *
   * @throws {ProtocolError} naming the field otherwise.
   */
  static parse(wmsg: readonly unknown[]): Published {
    checkShape(wmsg, 17, 'PUBLISHED', 3, 3);
    return new Published({
      request: checkId(wmsg[1], 'PUBLISHED.Request'),
      publication: checkId(wmsg[2], 'PUBLISHED.Publication'),
    });
  }

  marshal(): unknown[] {
    return [17, this.request, this.publication];
  }
}
