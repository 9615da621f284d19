/**
 * Behaviour of the socialize methods. Methods with state (sessions, users, status, settings, …) are
 * implemented for real; every other catalogued method gets the common checks of handlers.ts.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { calcSignature } from '../auth/signing.js';
import { DEFAULT_SIGNATURE_WINDOW_SECONDS, signFriend, signUser, validateUserSignature } from '../auth/sigutils.js';
import { apiError, isApiOutcome, type ApiOutcome } from './envelope.js';
import {
  actingUser,
  csv,
  nowSeconds,
  pick,
  signature,
  str,
  withoutUndefined,
  type Data,
  type Handler,
  type HandlerContext,
  type HandlerTable,
} from './handler.js';
import {
  MAX_SITE_ENTRIES,
  MAX_STATUS_HISTORY,
  MAX_USER_ACTIONS,
  pushCapped,
  randomToken,
  setCapped,
  type Identity,
  type SiteState,
  type UserRecord,
} from './state.js';
import type { FixtureExternalFriend } from './types.js';

// Fields of the User object returned without extraFields (the basic profile).
const CORE_PROFILE = [
  'nickname',
  'photoURL',
  'thumbnailURL',
  'firstName',
  'lastName',
  'gender',
  'age',
  'birthDay',
  'birthMonth',
  'birthYear',
  'email',
  'country',
  'state',
  'city',
  'zip',
  'profileURL',
  'proxiedEmail',
] as const;

const FRIEND_BASIC = ['nickname', 'photoURL', 'thumbnailURL'] as const;

function providersOf(user: UserRecord): string | undefined {
  const list = [...new Set(user.identities.map((i) => i.provider))];
  return list.length > 0 ? list.join(',') : undefined;
}

/** Post IDs for the connected providers a post goes to (enabledProviders / disabledProviders honoured). */
function postTargets(
  user: UserRecord,
  params: Readonly<Record<string, unknown>>,
  supported?: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  if (user.identities.length === 0) return out;
  const enabled = csv(params['enabledProviders']);
  const all = enabled === undefined || enabled.includes('*');
  const disabled = csv(params['disabledProviders']);
  // Each connected provider once, in the order of the user's identities.
  for (const { provider } of user.identities) {
    if (out.includes(provider) || (supported && !supported.has(provider))) continue;
    if (!all && !enabled.includes(provider)) continue;
    if (disabled?.includes(provider)) continue;
    out.push(provider);
  }
  return out;
}

function postIds(ctx: HandlerContext, providers: readonly string[]): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const p of providers) ids[p] = ctx.state.nextId(`${p}-post`);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Sessions and login
// ---------------------------------------------------------------------------------------------

/** Session lifetime from Gigya's sessionExpiration: 0 browser session, -1 about 60 s, -2 forever, N seconds. */
function sessionLifetime(value: unknown): number | undefined | ApiOutcome {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (n === 0 || n === -2) return undefined;
  if (n === -1) return 60;
  if (n > 0) return n;
  return apiError(400006, 'Invalid parameter value: sessionExpiration must be 0, -1, -2 or a number of seconds.');
}

function mergeUserInfo(user: UserRecord, info: unknown): void {
  if (typeof info !== 'object' || info === null) return;
  for (const [key, value] of Object.entries(info)) if (value !== undefined) user.profile[key] = value;
}

/** Links provider sessions to a user (creating identities); 400006 if an identity belongs to someone else. */
function linkProviderSessions(
  ctx: HandlerContext,
  target: UserRecord | undefined,
  sessions: Record<string, Record<string, unknown>>,
): UserRecord | ApiOutcome {
  let user = target;
  for (const [provider, session] of Object.entries(sessions)) {
    const providerUID =
      str(session['providerUID']) ??
      createHash('sha256')
        .update(`${provider}\u0000${str(session['authToken']) ?? str(session['code']) ?? ''}`)
        .digest('hex')
        .slice(0, 16);
    const owner = ctx.state.findByIdentity(ctx.site, provider, providerUID);
    if (owner && user && owner !== user) {
      return apiError(
        400006,
        `Invalid parameter value: providerSessions.${provider}: this identity belongs to another user.`,
      );
    }
    if (!user) {
      user = owner;
      if (!user) {
        user = ctx.state.newUser(ctx.state.generatedUid(provider, providerUID), { isSiteUID: false });
        ctx.site.users.set(user.UID, user);
      }
    }
    if (!user.identities.some((i) => i.provider === provider && i.providerUID === providerUID)) {
      user.identities.push({
        provider,
        providerUID,
        isLoginIdentity: true,
        allowsLogin: true,
        lastLoginTime: nowSeconds(ctx),
      });
    }
    user.providerSessions.set(provider, { ...session, providerUID });
    user.loginProvider = provider;
  }
  if (!user) return apiError(400002, 'Missing required parameter: siteUID or providerSessions');
  return user;
}

const notifyLogin: Handler = (ctx) => {
  const siteUID = str(ctx.params['siteUID']);
  const providerSessions = ctx.params['providerSessions'] as Record<string, Record<string, unknown>> | undefined;
  if (siteUID === undefined && (providerSessions === undefined || Object.keys(providerSessions).length === 0)) {
    return apiError(400002, 'Missing required parameter: siteUID or providerSessions');
  }
  const lifetime = sessionLifetime(ctx.params['sessionExpiration']);
  if (isApiOutcome(lifetime)) return lifetime;
  let user: UserRecord | undefined;
  if (siteUID !== undefined) {
    user = ctx.site.users.get(siteUID);
    if (!user) {
      user = ctx.state.newUser(siteUID, { isSiteUID: true });
      ctx.site.users.set(siteUID, user);
    }
    user.loginProvider = 'site';
  }
  if (providerSessions !== undefined) {
    const linked = linkProviderSessions(ctx, user, providerSessions);
    if (isApiOutcome(linked)) return linked;
    user = linked;
  }
  if (!user) return apiError(400002, 'Missing required parameter: siteUID or providerSessions');
  mergeUserInfo(user, ctx.params['userInfo']);
  const mobile = ctx.params['targetEnv'] === 'mobile';
  ctx.state.createSession(user, mobile ? 'mobile' : 'browser', lifetime);
  const session = mobile
    ? { sessionToken: `st2.${randomToken(32)}`, sessionSecret: randomBytes(20).toString('base64') }
    : {
        cookieName: `glt_${ctx.site.apiKey}`,
        cookieValue: `st2.${randomToken(32)}`,
        cookieDomain: ctx.site.cookieDomain || undefined,
        cookiePath: '/',
      };
  return withoutUndefined({ UID: user.UID, ...signature(ctx, user.UID), ...session });
};

const logout: Handler = (ctx) => {
  const user = actingUser(ctx, false);
  if (isApiOutcome(user)) return user;
  ctx.state.endSessions(ctx.site, user);
  return withoutUndefined({ logoutActiveSession: true, connectedProviders: providersOf(user) });
};

const getToken: Handler = (ctx) => {
  const grant = ctx.params['grant_type'];
  if (grant === 'authorization_code') {
    if (ctx.params['code'] === undefined) return apiError(400002, 'Missing required parameter: code');
    return apiError(
      400006,
      'Invalid parameter value: code (the emulator issues no authorization codes; use grant_type=none with x_siteUID).',
    );
  }
  const expiresIn =
    typeof ctx.params['x_sessionExpiration'] === 'number' && ctx.params['x_sessionExpiration'] > 0
      ? ctx.params['x_sessionExpiration']
      : undefined;
  const siteUID = str(ctx.params['x_siteUID']);
  let uid: string | undefined;
  if (siteUID !== undefined) {
    let user = ctx.site.users.get(siteUID);
    if (!user) {
      user = ctx.state.newUser(siteUID, { isSiteUID: true });
      ctx.site.users.set(siteUID, user);
    }
    mergeUserInfo(user, ctx.params['x_userInfo']);
    ctx.state.createSession(user, 'token', expiresIn);
    uid = user.UID;
  }
  const token = ctx.state.issueToken(ctx.site, uid, expiresIn);
  return withoutUndefined({ access_token: token.token, expires_in: expiresIn });
};

// ---------------------------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------------------------

const getUserInfo: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const extra = (csv(ctx.params['extraFields']) ?? []).map((f) => f.toLowerCase());
  const extraProfile: Data = {};
  for (const [key, value] of Object.entries(user.profile)) {
    if (extra.includes(key.toLowerCase()) && !(CORE_PROFILE as readonly string[]).includes(key))
      extraProfile[key] = value;
  }
  const loginIdentity = user.identities.find((i) => i.provider === user.loginProvider);
  return withoutUndefined({
    UID: user.UID,
    ...signature(ctx, user.UID),
    isSiteUID: user.isSiteUID,
    isSiteUser: true,
    isConnected: user.identities.length > 0,
    isLoggedIn: ctx.state.activeSession(user) !== undefined || ctx.auth.tokenUid === user.UID,
    isTempUser: !user.registered,
    loginProvider: user.loginProvider,
    loginProviderUID: loginIdentity?.providerUID,
    providers: providersOf(user),
    identities: user.identities.length > 0 ? structuredClone(user.identities) : undefined,
    ...pick(user.profile, CORE_PROFILE),
    ...extraProfile,
  });
};

const setUserInfo: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  mergeUserInfo(user, ctx.params['userInfo']);
  return {};
};

const renameTo = (ctx: HandlerContext, user: UserRecord, siteUID: string): ApiOutcome | undefined => {
  if (siteUID === user.UID) return undefined;
  if (ctx.site.users.has(siteUID)) return apiError(403043, 'Another user already has this siteUID.');
  ctx.state.renameUser(ctx.site, user, siteUID);
  return undefined;
};

const setUID: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  return renameTo(ctx, user, String(ctx.params['siteUID'])) ?? {};
};

const notifyRegistration: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const siteUID = str(ctx.params['siteUID']);
  if (siteUID !== undefined) {
    const failed = renameTo(ctx, user, siteUID);
    if (failed) return failed;
  }
  user.registered = true;
  return {};
};

const deleteAccount: Handler = (ctx) => {
  const user = actingUser(ctx, false);
  if (isApiOutcome(user)) return user;
  ctx.state.deleteUser(ctx.site, user);
  return {};
};

// ---------------------------------------------------------------------------------------------
// Posting
// ---------------------------------------------------------------------------------------------

const STATUS_PROVIDERS: ReadonlySet<string> = new Set(['facebook', 'twitter', 'linkedin', 'qq', 'renren']);

const setStatus: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const status = String(ctx.params['status']);
  const providerPostIDs = postIds(ctx, postTargets(user, ctx.params, STATUS_PROVIDERS));
  user.status = status;
  pushCapped(user.statusHistory, { status, at: ctx.nowMs, providerPostIDs }, MAX_STATUS_HISTORY);
  return Object.keys(providerPostIDs).length > 0 ? { providerPostIDs } : {};
};

const publishUserAction: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const providerPostIDs = postIds(ctx, postTargets(user, ctx.params));
  const { uid: _uid, userAction, ...rest } = ctx.params;
  pushCapped(
    user.actions,
    {
      id: ctx.state.nextId('action'),
      at: ctx.nowMs,
      userAction: structuredClone(userAction as Record<string, unknown>),
      providerPostIDs,
      params: structuredClone(rest),
    },
    MAX_USER_ACTIONS,
  );
  return Object.keys(providerPostIDs).length > 0 ? { providerPostIDs } : {};
};

// ---------------------------------------------------------------------------------------------
// Friends and connections
// ---------------------------------------------------------------------------------------------

const getFriendsInfo: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const extended = ctx.params['detailLevel'] === 'extended';
  const only = csv(ctx.params['UIDs']);
  const siteUsersOnly = ctx.params['siteUsersOnly'] === true;
  const enabled = csv(ctx.params['enabledProviders']);
  const disabled = new Set(csv(ctx.params['disabledProviders']) ?? []);
  const ts = String(nowSeconds(ctx));
  const friends: Data[] = [];
  for (const ref of user.friends) {
    let friend: Data;
    let identities: Identity[];
    if (typeof ref === 'string') {
      const other = ctx.site.users.get(ref);
      if (!other) continue;
      identities = other.identities;
      friend = {
        UID: other.UID,
        isSiteUser: true,
        isSiteUID: other.isSiteUID,
        ...pick(other.profile, extended ? CORE_PROFILE : FRIEND_BASIC),
      };
    } else {
      const { UID, identities: ids, ...fields } = ref as FixtureExternalFriend;
      identities = ids ?? [];
      friend = { UID, isSiteUser: false, isSiteUID: false, ...(extended ? fields : pick(fields, FRIEND_BASIC)) };
    }
    const uid = friend['UID'] as string;
    if (only && !only.includes(uid)) continue;
    if (siteUsersOnly && friend['isSiteUser'] !== true) continue;
    const providers = identities.map((i) => i.provider);
    if (enabled && !enabled.includes('*') && !providers.some((p) => enabled.includes(p))) continue;
    if (providers.length > 0 && providers.every((p) => disabled.has(p))) continue;
    if (identities.length > 0) friend['identities'] = structuredClone(identities);
    friend['friendshipSignature'] = signFriend(user.UID, ts, uid, ctx.site.secretKey);
    friend['signatureTimestamp'] = ts;
    friends.push(friend);
  }
  return { friends };
};

/** AES-CBC with a key derived from the site secret, as Gigya encrypts provider tokens for the partner. */
function encryptForSite(site: SiteState, text: string, iv: Buffer, padding: unknown): string {
  const key = [16, 24, 32].includes(site.secretKey.length)
    ? site.secretKey
    : createHash('sha256').update(site.secretKey).digest();
  const cipher = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
  let plain = Buffer.from(text, 'utf8');
  if (padding === 'ZEROS') {
    cipher.setAutoPadding(false);
    const padded = Buffer.alloc(Math.ceil(Math.max(plain.length, 1) / 16) * 16);
    plain.copy(padded);
    plain = padded;
  }
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

const getSessionInfo: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const provider = String(ctx.params['provider']);
  const identity = user.identities.find((i) => i.provider === provider);
  if (!identity) return apiError(400106, `The user has no ${provider} identity.`);
  const stored = user.providerSessions.get(provider) ?? {};
  const iv = randomBytes(16);
  const encryptAll = ctx.params['encryptAll'] === true;
  const authToken =
    str(stored['authToken']) ??
    `${provider}-token-${createHash('sha256').update(`${user.UID}\u0000${provider}`).digest('hex').slice(0, 24)}`;
  const tokenSecret = str(stored['tokenSecret']);
  const sessionHandle = str(stored['sessionHandle']);
  const enc = (text: string | undefined): string | undefined =>
    text === undefined ? undefined : encryptForSite(ctx.site, text, iv, ctx.params['paddingMode']);
  const data: Data = {
    authToken: encryptAll ? enc(authToken) : authToken,
    tokenSecret: enc(tokenSecret),
    tokenExpirationUTC: str(stored['tokenExpiration']),
    sessionHandle: enc(sessionHandle),
    sessionExpiration: str(stored['sessionHandleExpiration']),
    IV: tokenSecret !== undefined || sessionHandle !== undefined || encryptAll ? iv.toString('base64') : undefined,
    providerUID: identity.providerUID,
  };
  if (ctx.params['signIDs'] === true) {
    const ts = String(nowSeconds(ctx));
    data['timestamp'] = ts;
    data['providerUIDSig'] = calcSignature(`${ts}_${identity.providerUID}`, ctx.site.secretKey);
  }
  return withoutUndefined(data);
};

const removeConnection: Handler = (ctx) => {
  const user = actingUser(ctx, false);
  if (isApiOutcome(user)) return user;
  const provider = str(ctx.params['provider']);
  const removing = provider === undefined ? user.identities : user.identities.filter((i) => i.provider === provider);
  if (provider !== undefined && removing.length === 0) return apiError(400106, `The user has no ${provider} identity.`);
  const remaining = user.identities.filter((i) => !removing.includes(i));
  if (
    ctx.params['lastIdentityHandling'] === 'fail' &&
    !user.isSiteUID &&
    !remaining.some((i) => i['allowsLogin'] !== false)
  ) {
    return apiError(400030, 'This is the last identity the user can log in with (lastIdentityHandling=fail).');
  }
  user.identities = remaining;
  for (const identity of removing) user.providerSessions.delete(identity.provider);
  if (user.loginProvider !== 'site' && !remaining.some((i) => i.provider === user.loginProvider))
    user.loginProvider = remaining[0]?.provider;
  return {};
};

const importIdentities: Handler = (ctx) => {
  const uid = String(ctx.params['uid']);
  let user = ctx.site.users.get(uid);
  if (!user) {
    if (ctx.params['allowNewUser'] !== true)
      return apiError(403005, 'No user with this UID on the site (pass allowNewUser=true to create one).');
    user = ctx.state.newUser(uid, { isSiteUID: true });
    ctx.site.users.set(uid, user);
  }
  const mode = ctx.params['handleIdentityConflicts'] ?? 'Error';
  const incoming = ctx.params['identities'] as Identity[];
  const conflicts: Array<{ provider: string; providerUID: string; owner: UserRecord }> = [];
  for (const identity of incoming) {
    const owner = ctx.state.findByIdentity(ctx.site, identity.provider, identity.providerUID);
    if (owner && owner !== user)
      conflicts.push({ provider: identity.provider, providerUID: identity.providerUID, owner });
  }
  if (conflicts.length > 0 && mode === 'Error')
    return apiError(409001, 'An identity already belongs to another user (see handleIdentityConflicts).');
  for (const identity of incoming) {
    const conflict = conflicts.find((c) => c.provider === identity.provider && c.providerUID === identity.providerUID);
    if (conflict && mode === 'Ignore') continue;
    if (conflict)
      conflict.owner.identities = conflict.owner.identities.filter(
        (i) => !(i.provider === identity.provider && i.providerUID === identity.providerUID),
      );
    const existing = user.identities.findIndex(
      (i) => i.provider === identity.provider && i.providerUID === identity.providerUID,
    );
    if (existing === -1) user.identities.push(structuredClone(identity));
    else user.identities[existing] = { ...user.identities[existing], ...structuredClone(identity) };
  }
  const sessions = ctx.params['providerSessions'] as Record<string, Record<string, unknown>> | undefined;
  for (const [provider, session] of Object.entries(sessions ?? {}))
    user.providerSessions.set(provider, structuredClone(session));
  user.loginProvider ??= user.identities[0]?.provider;
  return conflicts.length > 0
    ? { identityConflicts: conflicts.map(({ provider, providerUID }) => ({ provider, providerUID })) }
    : {};
};

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const groupOf = (ctx: HandlerContext): string => str(ctx.params['group']) ?? '';

const getUserSettings: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const stored = user.settings.get(groupOf(ctx)) ?? {};
  const names = csv(ctx.params['settings']);
  return { settings: structuredClone(names ? pick(stored, names) : stored) };
};

const setUserSettings: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const group = groupOf(ctx);
  user.settings.set(group, {
    ...(user.settings.get(group) ?? {}),
    ...structuredClone(ctx.params['settings'] as Record<string, unknown>),
  });
  return {};
};

const delUserSettings: Handler = (ctx) => {
  const user = actingUser(ctx);
  if (isApiOutcome(user)) return user;
  const group = groupOf(ctx);
  const names = csv(ctx.params['settings']);
  const stored = user.settings.get(group);
  if (!names) user.settings.delete(group);
  else if (stored) for (const name of names) delete stored[name];
  return {};
};

// ---------------------------------------------------------------------------------------------
// Signatures, URLs, reactions, export
// ---------------------------------------------------------------------------------------------

const exchangeUIDSignature: Handler = (ctx) => {
  const uid = String(ctx.params['uid']);
  const ts = String(ctx.params['signatureTimestamp']);
  if (!ctx.site.users.has(uid)) return apiError(403005, 'No user with this UID on the site.');
  if (!/^-?\d{1,15}$/.test(ts))
    return apiError(400006, 'Invalid parameter value: signatureTimestamp must be Unix seconds.');
  if (Math.abs(nowSeconds(ctx) - Number(ts)) > DEFAULT_SIGNATURE_WINDOW_SECONDS)
    return apiError(403002, 'signatureTimestamp is too old; get a fresh signature.');
  if (
    !validateUserSignature(uid, ts, ctx.site.secretKey, String(ctx.params['UIDSignature']), {
      now: nowSeconds(ctx),
      windowSeconds: false,
    })
  ) {
    return apiError(400006, 'Invalid parameter value: UIDSignature does not match UID and signatureTimestamp.');
  }
  const newTs = String(nowSeconds(ctx));
  const key = ctx.auth.signingKey ?? ctx.site.secretKey;
  return { UID: uid, UIDSignature: signUser(uid, newTs, key), signatureTimestamp: newTs };
};

const shortenURL: Handler = (ctx) => {
  const url = String(ctx.params['url']);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return apiError(400006, 'Invalid parameter value: url must be an absolute http(s) URL.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return apiError(400006, 'Invalid parameter value: url must be an absolute http(s) URL.');
  for (const [id, long] of ctx.site.shortUrls) if (long === url) return { shortURL: `https://gig.ya/${id}` };
  const id = (ctx.site.shortUrls.size + 1).toString(36).padStart(5, '0');
  setCapped(ctx.site.shortUrls, id, url, MAX_SITE_ENTRIES);
  return { shortURL: `https://gig.ya/${id}` };
};

const incrementReactionsCount: Handler = (ctx) => {
  const bar = String(ctx.params['barID']);
  const button = String(ctx.params['buttonID']);
  const counts = ctx.site.reactions.get(bar) ?? new Map<string, number>();
  counts.set(button, (counts.get(button) ?? 0) + 1);
  setCapped(ctx.site.reactions, bar, counts, MAX_SITE_ENTRIES);
  return {};
};

const getReactionsCount: Handler = (ctx) => {
  const counts = ctx.site.reactions.get(String(ctx.params['barID'])) ?? new Map<string, number>();
  const buttons = csv(ctx.params['buttonIDs']);
  const list = buttons
    ? buttons.map((b) => ({ buttonId: b, count: counts.get(b) ?? 0 }))
    : [...counts].map(([buttonId, count]) => ({ buttonId, count }));
  return { counts: list };
};

const exportUsers: Handler = (ctx) => {
  const fields = csv(ctx.params['fields']) ?? ['uid', 'provider', 'providerUID'];
  const limit = typeof ctx.params['limit'] === 'number' ? ctx.params['limit'] : Infinity;
  const rows: Data[] = [];
  for (const user of ctx.site.users.values()) {
    if (!user.registered && ctx.params['includPendingUsers'] !== true) continue;
    const entries = user.identities.length > 0 ? user.identities : [undefined];
    for (const identity of entries) {
      if (rows.length >= limit) break;
      const full: Data = { uid: user.UID, provider: identity?.provider, providerUID: identity?.providerUID };
      rows.push(withoutUndefined(pick(full, fields)));
    }
  }
  return { users: rows };
};

export const socializeHandlers: HandlerTable = {
  'socialize.notifyLogin': notifyLogin,
  'socialize.logout': logout,
  'socialize.getToken': getToken,
  'socialize.getUserInfo': getUserInfo,
  'socialize.setUserInfo': setUserInfo,
  'socialize.setUID': setUID,
  'socialize.notifyRegistration': notifyRegistration,
  'socialize.deleteAccount': deleteAccount,
  'socialize.setStatus': setStatus,
  'socialize.publishUserAction': publishUserAction,
  'socialize.getFriendsInfo': getFriendsInfo,
  'socialize.getSessionInfo': getSessionInfo,
  'socialize.removeConnection': removeConnection,
  'socialize.disconnect': removeConnection,
  'socialize.importIdentities': importIdentities,
  'socialize.getUserSettings': getUserSettings,
  'socialize.setUserSettings': setUserSettings,
  'socialize.delUserSettings': delUserSettings,
  'socialize.exchangeUIDSignature': exchangeUIDSignature,
  'socialize.shortenURL': shortenURL,
  'socialize.incrementReactionsCount': incrementReactionsCount,
  'socialize.getReactionsCount': getReactionsCount,
  'socialize.exportUsers': exportUsers,
};
