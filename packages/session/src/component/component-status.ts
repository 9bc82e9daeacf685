/**
 * `ComponentStatus`: what a component reports as it connects, joins, loses and regains its
 * session.
 *
 * @module
 */
import type { CloseDetails, SessionDetails } from '@wamp/interfaces';

/** One status change of a {@link Component}. */
export type ComponentStatus =
  | { readonly kind: 'connecting'; readonly transport: string; readonly attempt: number }
  | { readonly kind: 'joined'; readonly details: SessionDetails }
  | { readonly kind: 'left'; readonly details: CloseDetails }
  | { readonly kind: 'disconnected'; readonly transport: string; readonly reason: string }
  | { readonly kind: 'reconnecting'; readonly transport: string; readonly attempt: number; readonly delay: number }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' };
