/**
 * `ComponentConfig`: the configuration a session (or component) runs with.
 *
 * @module
 */

/** Configuration handed to a session (Autobahn's `ComponentConfig`). */
export interface ComponentConfig {
  /** The realm to join. */
  readonly realm: string;
  /** Application data for the session's hooks (Autobahn's `extra`). */
  readonly extra?: unknown;
  /** Session resumption (draft): ask for a resumable session. @default false */
  readonly resumable?: boolean | undefined;
}
