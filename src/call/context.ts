import type { AuthStrategy } from '../auth/strategies.js';
import type { CallSettings } from '../options.js';
import type { ErrorCodeInfo } from '../runtime.js';
import type { ClientLog } from '../log.js';
import type { Endpoint } from '../wire/hosts.js';
import type { Transport } from '../wire/transport.js';

/** Finds what the error table says about a code; undefined for a code it does not list. */
export type ErrorLookup = (code: number) => ErrorCodeInfo | undefined;

/** Client-wide state and settings every call of a client runs with. */
export interface ClientContext {
  readonly auth: AuthStrategy;
  /**
   * Mutable: a 301001 answer moves the client to the data center Gigya names. Shared with the
   * clients `withOptions` derives without an endpoint of their own.
   */
  endpoint: Endpoint;
  readonly transport: Transport;
  /** Timeout, format and retries, unless a call's options override them. */
  readonly settings: CallSettings;
  readonly validateParams: boolean;
  /** Headers sent with every call, under the call's own. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether the client owns `authorization` (see `refuseOwnedHeaders`). */
  readonly authorizationIsOwned: boolean;
  /** Most characters of a response body kept in a trace. */
  readonly traceBodyLimit: number;
  readonly sdk: string;
  readonly log: ClientLog;
  /** The client's signal: aborting it aborts every call of the client. */
  readonly signal: AbortSignal | undefined;
  readonly now: () => number;
  /** Seconds to add to the local clock, learned from Gigya's answer to 403002; shared by derived clients. */
  clockOffsetSeconds: number;
  readonly random: () => number;
  /** The error tables the client was given, consulted in order. */
  readonly lookupError: ErrorLookup;
}
