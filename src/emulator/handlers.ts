/**
 * Which handler answers a method: the namespaces' tables, then, for every other catalogued method,
 * the common checks, data-driven from the catalog: a method with a `uid` param acts for a user, who
 * must exist (403005 otherwise); a method whose catalog entry lists 500024 needs that user to have
 * a live session (or a user-bound OAuth token). Accounts methods have checks of their own
 * (accounts-handlers.ts).
 */
import { accountsGeneric, accountsHandlers } from './accounts-handlers.js';
import { shapeOf } from './decode.js';
import { isApiOutcome, type ApiOutcome } from './envelope.js';
import { actingUser, needsSession, type Handler, type HandlerContext, type HandlerTable } from './handler.js';
import { socializeHandlers } from './socialize.js';

export type { HandlerContext } from './handler.js';

const HANDLERS: HandlerTable = { ...socializeHandlers, ...accountsHandlers };

/** Every catalogued method without its own behaviour: the common checks, then a bare success. */
const generic: Handler = (ctx) => {
  const shape = shapeOf(ctx.descriptor.params);
  if (
    shape &&
    'uid' in shape &&
    (ctx.params['uid'] !== undefined || ctx.auth.tokenUid !== undefined || needsSession(ctx.descriptor))
  ) {
    const user = actingUser(ctx);
    if (isApiOutcome(user)) return user;
  }
  return {};
};

/** Names of the methods with real behaviour (the rest answer a bare success). */
export const IMPLEMENTED_METHODS: readonly string[] = Object.keys(HANDLERS);

export function runHandler(ctx: HandlerContext): ApiOutcome {
  const name = ctx.descriptor.name;
  const handler = HANDLERS[name] ?? (name.startsWith('accounts.') ? accountsGeneric : generic);
  const result = handler(ctx);
  return isApiOutcome(result) ? result : { errorCode: 0, data: result };
}
