/**
 * PUBLISH (Basic Profile, "Publishing and Events").
 *
 * @module
 */
import { MESSAGE_TYPE, Published } from '@wamp/message';
import type { Publish } from '@wamp/message';
import type { SessionPeer } from '../session-peer.js';
import type { Refuse } from './request-checks.js';
import { checkAuthorized, checkUri, replyWithError } from './request-checks.js';

/**
 * Publishes an event, after the request ID, URI and permission checks. With `acknowledge: true`
 * the publisher gets PUBLISHED or the ERROR; without it a refused publication is only logged,
 * since the spec makes PUBLISH fire-and-forget and clients treat an ERROR for an unacknowledged
 * PUBLISH as a protocol violation.
 */
export function handlePublish(session: SessionPeer, msg: Publish): void {
  if (!session.acceptRequest('PUBLISH', msg.request)) return;
  const acknowledge = msg.options.acknowledge === true;
  const realm = session.realm;
  if (!realm.isValidUri(msg.topic) || msg.topic.startsWith('wamp.') || !realm.authorizer.authorize(session.authrole, msg.topic, 'publish')) {
    const refuse: Refuse = acknowledge
      ? replyWithError(session, MESSAGE_TYPE.PUBLISH, msg.request)
      : (error, message) => session.log('warn', `PUBLISH ${msg.request} of session ${session.sessionId} dropped: ${error}: ${message}`);
    if (checkUri(session, msg.topic, 'topic', true, refuse)) checkAuthorized(session, msg.topic, 'publish', refuse);
    return;
  }
  const publication = realm.broker.publish(session, msg);
  if (acknowledge) session.send(new Published({ request: msg.request, publication }));
}
