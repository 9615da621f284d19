/**
 * What a method handler is, and the checks and helpers every namespace's handlers share: the user
 * a call acts for, the UID signature, param readers. Handlers live one file (or folder) per
 * namespace; src/emulator/handlers.ts joins their tables.
 */
import type { MethodDescriptor } from '../runtime.js';
import { signUser } from '../auth/sigutils.js';
import { apiError, type ApiOutcome } from './envelope.js';
import type { EmulatorState, SiteState, UserRecord } from './state.js';
import type { AuthOk } from './verify.js';

export interface HandlerContext {
  readonly state: EmulatorState;
  readonly site: SiteState;
  readonly auth: AuthOk;
  /** Typed, validated params (catalog names). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly descriptor: MethodDescriptor;
  readonly nowMs: number;
  /** The envelope's callId (account events carry it to webhooks). */
  readonly callId?: string;
}

export type Data = Record<string, unknown>;

/** A method's behaviour: the response fields of a success, or an outcome (usually an error). */
export type Handler = (ctx: HandlerContext) => Data | ApiOutcome;

/** Handlers by full method name. */
export type HandlerTable = Readonly<Record<string, Handler>>;

export const nowSeconds = (ctx: HandlerContext): number => Math.floor(ctx.nowMs / 1000);

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A csv param arrives as text (or an array from a typed caller); empty items dropped. */
export function csv(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

export function needsSession(descriptor: MethodDescriptor): boolean {
  let needs = sessionNeeded.get(descriptor);
  if (needs === undefined) {
    needs = (descriptor.errorCodes as readonly number[]).includes(500024);
    sessionNeeded.set(descriptor, needs);
  }
  return needs;
}

/** Per method: its catalog entry lists 500024 (a descriptor does not change). */
const sessionNeeded = new WeakMap<MethodDescriptor, boolean>();

/** The user the call acts for: `UID` param or the OAuth token's user; 400002 / 403005 / 500024. */
export function actingUser(ctx: HandlerContext, session = needsSession(ctx.descriptor)): UserRecord | ApiOutcome {
  const given = str(ctx.params['uid']);
  const tokenUid = ctx.auth.tokenUid;
  if (given !== undefined && tokenUid !== undefined && given !== tokenUid) {
    return apiError(403005, 'The oauth_token belongs to another user than UID.');
  }
  const uid = given ?? tokenUid;
  if (uid === undefined) return apiError(400002, 'Missing required parameter: UID');
  const user = ctx.site.users.get(uid);
  if (!user) return apiError(403005, 'No user with this UID on the site.');
  if (session && tokenUid !== uid && !ctx.state.activeSession(user)) {
    return apiError(500024, 'The user has no active session. Log the user in first (socialize.notifyLogin).');
  }
  return user;
}

export function signature(ctx: HandlerContext, uid: string): { UIDSignature: string; signatureTimestamp: string } {
  const ts = String(nowSeconds(ctx));
  return { UIDSignature: signUser(uid, ts, ctx.site.secretKey), signatureTimestamp: ts };
}

export function pick(source: Readonly<Record<string, unknown>>, keys: readonly string[]): Data {
  const out: Data = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== '') out[key] = source[key];
  return out;
}

export function withoutUndefined<T extends Data>(data: T): T {
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}
