/**
 * Behaviour of the accounts methods: the accounts model (src/emulator/accounts/) behind the
 * emulator's request stages. A handler turns the request into the model's terms (the site, whether
 * the caller is trusted, the callId for webhook events), runs the flow and turns its Outcome into
 * an envelope. Methods the catalog lists without a flow of their own get the common checks (the
 * UID and regToken they name must exist) and a bare success. Every method with a flow is
 * catalogued (a test keeps it so), so the generated validators check its params, as the client's do.
 */
import { ACCOUNT_FLOWS, type AccountsFlow, type CallContext, type Outcome } from './accounts/index.js';
import { SUB_NAMESPACE_FLOWS } from './accounts/flows/factors/index.js';
import { text } from './accounts/params.js';
import type { ApiOutcome } from './envelope.js';
import type { Handler, HandlerContext, HandlerTable } from './handler.js';
import type { EmulatorAuthMode } from './types.js';

/**
 * Server credentials: what schema `writeAccess: serverOnly`, `internal`, setSchema and friends
 * need. An apiKey alone is the Web SDK's kind of call, and an oauth_token acts for a user with no
 * server secret behind it, so neither is trusted.
 */
export function isTrustedMode(mode: EmulatorAuthMode): boolean {
  return mode === 'signed' || mode === 'secret' || mode === 'bearer';
}

export function callContext(ctx: HandlerContext): CallContext {
  return {
    apiKey: ctx.site.apiKey,
    trusted: isTrustedMode(ctx.auth.mode),
    ...(ctx.callId === undefined ? {} : { callId: ctx.callId }),
  };
}

/** The model's Outcome as the envelope's outcome: response fields, and validationErrors beside them. */
export function toApiOutcome(outcome: Outcome): ApiOutcome {
  const data =
    outcome.validationErrors === undefined
      ? outcome.fields
      : { ...outcome.fields, validationErrors: outcome.validationErrors };
  return {
    errorCode: outcome.errorCode,
    ...(outcome.errorMessage === undefined ? {} : { errorMessage: outcome.errorMessage }),
    ...(outcome.errorDetails === undefined ? {} : { errorDetails: outcome.errorDetails }),
    data,
  };
}

function fromFlow(flow: AccountsFlow): Handler {
  return (ctx) => toApiOutcome(flow(ctx.state.accounts, callContext(ctx), ctx.params));
}

const FLOWS: Readonly<Record<string, AccountsFlow>> = { ...ACCOUNT_FLOWS, ...SUB_NAMESPACE_FLOWS };

/** The signing key of a webhook is one of the site's user keys with a secret, which only the emulator state knows. */
const setWebhook: Handler = (ctx) => {
  const key = text(ctx.params, 'signingUserKey');
  if (key !== undefined && ctx.site.userKeys.get(key)?.secret === undefined)
    return {
      errorCode: 400006,
      errorDetails: 'Invalid parameter value: signingUserKey is not a user key of the site with a secret.',
    };
  return fromFlow(ACCOUNT_FLOWS['accounts.webhooks.set'] as AccountsFlow)(ctx);
};

export const accountsHandlers: HandlerTable = {
  ...Object.fromEntries(Object.entries(FLOWS).map(([name, flow]) => [name, fromFlow(flow)])),
  'accounts.webhooks.set': setWebhook,
};

/** Params naming a token or assertion the emulator would have issued (emailToken, vToken, …). */
const TOKEN_PARAM = /(?:token|assertion)$/i;

/**
 * A catalogued accounts method without behaviour of its own: the account a `UID` names must exist
 * (403005), a `regToken` must be live (400006), and any other token it is given is one the
 * emulator never issued, so unknown (400006); then a bare success, which is what such a call
 * answers on a site with nothing configured.
 */
export const accountsGeneric: Handler = (ctx) => {
  const store = ctx.state.accounts;
  const apiKey = ctx.site.apiKey;
  const uid = text(ctx.params, 'UID');
  if (uid !== undefined && store.account(apiKey, uid) === undefined)
    return { errorCode: 403005, errorDetails: `Unauthorized user: no account with UID ${JSON.stringify(uid)}.` };
  for (const name of Object.keys(ctx.params)) {
    if (!TOKEN_PARAM.test(name) || text(ctx.params, name) === undefined) continue;
    if (name === 'regToken' && store.readRegToken(apiKey, text(ctx.params, name) as string) !== undefined) continue;
    return {
      errorCode: 400006,
      errorDetails: `Invalid parameter value: ${name} is unknown or has expired.`,
    };
  }
  return {};
};
