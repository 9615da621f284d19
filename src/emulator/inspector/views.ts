/**
 * What the inspector shows, as JSON: requests (the log's records, their headers and answer
 * redacted here), the state (sites, accounts, sessions) and the fault rules. Nothing here reads a
 * secret: records are redacted when made, headers and answers when shown, accounts are listed
 * without passwords or session secrets.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { lookupErrorCode } from '../../../generated/errors.docs.gen.js';
import { isSecretParam, JWT_SHAPE, REDACTED } from '../../trace.js';
import { redactCredentials } from '../../wire/response.js';
import type { EmulatorContext } from '../context.js';
import { jsonNumber, jsonText } from '../envelope.js';
import { FAULT_TYPE_LIST } from '../faults.js';
import type { RecordedRequest } from '../types.js';

/** One line of the request log. */
export interface RequestSummary {
  readonly seq: number;
  readonly receivedAt: number;
  readonly httpMethod: string;
  readonly method: string;
  readonly apiKey: string | undefined;
  readonly authMode: string;
  readonly errorCode: number | undefined;
  readonly httpStatus: number | undefined;
  readonly durationMs: number;
  readonly faults: readonly string[];
  /** A 403003 with a diagnosis to open. */
  readonly diagnosed: boolean;
}

export function summaryOf(r: RecordedRequest): RequestSummary {
  return {
    seq: r.seq,
    receivedAt: r.receivedAt,
    httpMethod: r.httpMethod,
    method: r.method,
    apiKey: r.apiKey,
    authMode: r.authMode,
    errorCode: r.errorCode,
    httpStatus: r.httpStatus,
    durationMs: Math.round(r.durationMs * 10) / 10,
    faults: r.faults,
    diagnosed: r.signatureCheck !== undefined,
  };
}

/**
 * `JSON.stringify(summaryOf(r))`, written as text: a listening page gets one per request, and the
 * summary object in between cost more than the text.
 */
export function summaryJson(r: RecordedRequest): string {
  let text = `{"seq":${jsonNumber(r.seq)},"receivedAt":${jsonNumber(r.receivedAt)}`;
  text += `,"httpMethod":${jsonText(r.httpMethod)},"method":${jsonText(r.method)}`;
  if (r.apiKey !== undefined) text += `,"apiKey":${jsonText(r.apiKey)}`;
  text += `,"authMode":${jsonText(r.authMode)}`;
  if (r.errorCode !== undefined) text += `,"errorCode":${jsonNumber(r.errorCode)}`;
  if (r.httpStatus !== undefined) text += `,"httpStatus":${jsonNumber(r.httpStatus)}`;
  text += `,"durationMs":${jsonNumber(Math.round(r.durationMs * 10) / 10)}`;
  text += `,"faults":${r.faults.length === 0 ? '[]' : JSON.stringify(r.faults)}`;
  return `${text},"diagnosed":${r.signatureCheck !== undefined}}`;
}

/** The newest `limit` records, oldest first. */
export function recentRequests(emulator: EmulatorContext, limit: number): RequestSummary[] {
  const entries = emulator.requests.entries;
  return entries.slice(Math.max(0, entries.length - limit)).map(summaryOf);
}

/** Header names whose values are credentials whatever they hold. */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'cookie']);

/** Headers with credentials replaced; the scheme of an Authorization header stays readable. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(', ') : raw;
    let shown: string;
    if (CREDENTIAL_HEADERS.has(name)) {
      const scheme = /^(\w+)\s+\S/.exec(value)?.[1];
      shown = name === 'cookie' || scheme === undefined ? REDACTED : `${scheme} ${REDACTED}`;
    } else if (isSecretParam(name.replace(/^x-/, '').replace(/-/g, '_')) || JWT_SHAPE.test(value)) {
      shown = REDACTED;
    } else {
      shown = redactCredentials(value);
    }
    Object.defineProperty(out, name, { value: shown, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export interface RequestView {
  readonly request: RecordedRequest;
  /** The code's name and message from the catalog. */
  readonly error: { readonly name: string; readonly message: string } | undefined;
  /** Undefined once the request is older than the details kept. */
  readonly headers: Record<string, string> | undefined;
  readonly answer: string | undefined;
  /** The answer is longer than what is kept. */
  readonly answerCut: boolean;
  /** For a 403003 still kept: the signature expected (for this failed request only) and the one received. */
  readonly signatures: { readonly expected: string; readonly received: string } | undefined;
}

export function requestView(emulator: EmulatorContext, seq: number, answerKept: number): RequestView | undefined {
  const request = emulator.requests.find(seq);
  if (!request) return undefined;
  const details = emulator.requests.details(seq);
  const info = request.errorCode === undefined ? undefined : lookupErrorCode(request.errorCode);
  return {
    request,
    error: info === undefined ? undefined : { name: info.name, message: info.message },
    headers: details === undefined ? undefined : redactHeaders(details.headers),
    answer: details?.answer === undefined ? undefined : redactCredentials(details.answer),
    answerCut: details?.answer !== undefined && details.answer.length >= answerKept,
    signatures: details?.signatures,
  };
}

export interface AccountRow {
  readonly UID: string;
  readonly email: string | undefined;
  readonly username: string | undefined;
  readonly isRegistered: boolean;
  readonly isVerified: boolean;
  readonly isActive: boolean;
  readonly created: number;
  readonly lastLogin: number | undefined;
  readonly loginProvider: string | undefined;
  readonly sessions: number;
}

export interface SessionRow {
  readonly UID: string;
  readonly namespace: 'accounts' | 'socialize';
  readonly kind: string;
  readonly createdAt: number;
  readonly expiresAt: number | undefined;
}

export interface StateView {
  readonly sites: ReadonlyArray<{
    readonly apiKey: string;
    readonly dataCenter: string;
    readonly accounts: number;
    readonly users: number;
    readonly userKeys: readonly string[];
  }>;
  readonly apiKey: string | undefined;
  /** Accounts of `apiKey` matching the query, `offset` on. */
  readonly accounts: readonly AccountRow[];
  readonly matching: number;
  readonly sessions: readonly SessionRow[];
  readonly sessionCount: number;
}

/** Rows shown at most, for accounts and for sessions. */
export const STATE_ROWS = 50;

export function stateView(
  emulator: EmulatorContext,
  wanted: string | undefined,
  query: string,
  offset: number,
): StateView {
  const { state } = emulator;
  const sites = [...state.sites.values()].map((s) => ({
    apiKey: s.apiKey,
    dataCenter: s.dataCenter,
    accounts: state.accounts.accountCount(s.apiKey),
    users: s.users.size,
    userKeys: [...s.userKeys.keys()],
  }));
  const site = (wanted === undefined ? undefined : state.site(wanted)) ?? state.sites.values().next().value;
  if (!site) return { sites, apiKey: undefined, accounts: [], matching: 0, sessions: [], sessionCount: 0 };
  const needle = query.trim().toLowerCase();
  const accounts: AccountRow[] = [];
  const sessions: SessionRow[] = [];
  let matching = 0;
  let sessionCount = 0;
  for (const account of state.accounts.accounts(site.apiKey)) {
    const live = state.accounts.liveSessions(site.apiKey, account.UID);
    sessionCount += live.length;
    for (const s of live)
      if (sessions.length < STATE_ROWS)
        sessions.push({
          UID: account.UID,
          namespace: 'accounts',
          kind: s.kind,
          createdAt: s.createdAt,
          expiresAt: s.expiresAt,
        });
    const email = account.loginEmails[0]?.email ?? (account.profile['email'] as string | undefined);
    if (needle !== '' && ![account.UID, email, account.username].some((v) => v?.toLowerCase().includes(needle)))
      continue;
    matching += 1;
    if (matching <= offset || accounts.length >= STATE_ROWS) continue;
    accounts.push({
      UID: account.UID,
      email,
      username: account.username,
      isRegistered: account.isRegistered,
      isVerified: account.isVerified,
      isActive: account.isActive,
      created: account.created,
      lastLogin: account.lastLogin,
      loginProvider: account.loginProvider,
      sessions: live.length,
    });
  }
  for (const user of site.users.values())
    for (const s of user.sessions) {
      if (s.expiresAt !== undefined && s.expiresAt <= emulator.now()) continue;
      sessionCount += 1;
      if (sessions.length < STATE_ROWS)
        sessions.push({
          UID: user.UID,
          namespace: 'socialize',
          kind: s.kind,
          createdAt: s.createdAt,
          expiresAt: s.expiresAt,
        });
    }
  return { sites, apiKey: site.apiKey, accounts, matching, sessions, sessionCount };
}

export function faultsView(emulator: EmulatorContext): unknown {
  return {
    rules: emulator.faults.list(),
    types: FAULT_TYPE_LIST,
    faultHeader: emulator.config.faultHeader,
    latencyMs: emulator.config.latencyMs,
  };
}
