/**
 * accounts.getJWT and accounts.getJWTPublicKey.
 *
 * getJWT issues an RS256 id_token signed with the site's active key: `iss`
 * (https://fidm.gigya.com/jwt/<apiKey>/), `apiKey`, `iat`, `exp` (`expiration` seconds later,
 * default 300 as Gigya documents), `sub` = the UID, `aud` when given, and the requested `fields`
 * (profile fields with or without `profile.`, data fields as `data.x`). Fields the account does not
 * have come back in `ignoredFields`. getJWTPublicKey publishes the active key as a JWK, or every
 * published key as `{ keys: [...] }` with `V2=true`.
 */
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { bool, guarded, int, list, text, type Params } from '../params.js';
import type { AccountStore } from '../store.js';
import { accountByUid, idTokenClaims, signIdToken } from './common.js';

/** Longest id_token lifetime accepted, in seconds (a day; the sources state no limit). */
export const MAX_JWT_EXPIRATION = 24 * 3600;

export function getJWT(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = accountByUid(store, ctx, params, 'targetUID');
    if ('errorCode' in account) return account;
    const expiration = int(params, 'expiration');
    if (expiration !== undefined && (expiration <= 0 || expiration > MAX_JWT_EXPIRATION)) {
      return fail(400006, `Invalid parameter value: expiration must be between 1 and ${MAX_JWT_EXPIRATION} seconds`);
    }
    const audience = text(params, 'audience');
    const { claims, ignored } = idTokenClaims(store, ctx, account, {
      fields: list(params, 'fields') ?? [],
      ...(expiration === undefined ? {} : { expiresIn: expiration }),
      ...(audience === undefined ? {} : { audience }),
    });
    return ok({
      id_token: signIdToken(store, ctx, claims),
      ...(ignored.length > 0 ? { ignoredFields: ignored.join(',') } : {}),
    });
  });
}

export function getJWTPublicKey(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() =>
    bool(params, 'V2') === true ? ok(store.keys.jwks(ctx.apiKey)) : ok({ ...store.keys.activeJwk(ctx.apiKey) }),
  );
}
