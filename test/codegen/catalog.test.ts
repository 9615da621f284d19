/**
 * The built-in catalog (catalog/) holds what issues 3 and 8 ask for and follows the conventions of
 * catalog/README.md that the loader does not enforce (they are style, not format).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareStrings, type FieldIR, type MethodIR, type NamespaceIR } from '../../codegen/ir.js';
import { loadCatalog, SPECIAL_FILES } from '../../codegen/load/index.js';
import { isSecretParam } from '../../src/trace.js';

const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));
const ir = loadCatalog(CATALOG);
const socialize = ir.namespaces.find((n) => n.name === 'socialize')!;
const method = (name: string): MethodIR => {
  const m = socialize.methods.find((x) => x.name === name);
  if (!m) throw new Error(`socialize.${name} is not in the catalog`);
  return m;
};
const code = (c: number) => ir.errors.codes.find((x) => x.code === c);

/** The YAML as written (order and explicit keys are lost in the IR). */
const rawSocialize = parse(readFileSync(`${CATALOG}socialize.yaml`, 'utf8')) as {
  shapes: Record<string, unknown>;
  methods: Record<string, unknown>[];
};
const rawErrors = parse(readFileSync(`${CATALOG}errors.yaml`, 'utf8')) as { codes: { code: number }[] };

function allFields(): FieldIR[] {
  return [
    ...socialize.methods.flatMap((m) => [...m.params, ...m.response.fields]),
    ...socialize.shapes.flatMap((s) => s.fields),
  ];
}

describe('catalog/socialize.yaml', () => {
  it('has every socialize method of the facts file, including the seed methods', () => {
    expect(socialize.methods).toHaveLength(40);
    for (const name of [
      'setStatus',
      'getUserInfo',
      'publishUserAction',
      'getFriendsInfo',
      'disconnect',
      'facebook.deauthorize',
    ]) {
      expect(method(name).wireName).toBe(`socialize.${name}`);
    }
  });

  it('keeps deprecated and legacy methods, marked', () => {
    expect([method('getFeed').status, method('linkAccounts').status]).toEqual(['deprecated', 'deprecated']);
    expect(method('linkAccounts').deprecated).toBe('Use setUID, or notifyRegistration with siteUID.');
    expect([method('disconnect').status, method('disconnect').deprecated]).toEqual(['legacy', 'Use removeConnection.']);
    expect(
      ['checkin', 'exportUsers', 'getAlbums', 'getPhotos', 'getPlaces', 'sendNotification', 'unlinkAccounts'].map(
        (n) => method(n).status,
      ),
    ).toEqual(Array(7).fill('legacy'));
    for (const m of socialize.methods.filter((x) => x.status === 'deprecated'))
      expect(m.deprecated, m.name).toBeTruthy();
  });

  it('states status, sources and safeToRepeat on every method (the first two have loader defaults)', () => {
    for (const m of rawSocialize.methods) {
      expect(Object.keys(m), String(m['name'])).toEqual(
        expect.arrayContaining(['status', 'sources', 'safeToRepeat', 'params', 'response', 'errors']),
      );
      expect((m['sources'] as unknown[]).length, String(m['name'])).toBeGreaterThan(0);
    }
    expect([method('getUserInfo').safeToRepeat, method('setStatus').safeToRepeat]).toEqual([true, false]);
  });

  it('writes methods and shapes sorted by name (code-point order)', () => {
    const names = rawSocialize.methods.map((m) => String(m['name']));
    expect(names).toEqual([...names].sort(compareStrings));
    const shapes = Object.keys(rawSocialize.shapes);
    expect(shapes).toEqual([...shapes].sort(compareStrings));
  });

  it('models the User and Friend objects as reusable shapes', () => {
    const shapeNames = socialize.shapes.map((s) => s.name);
    expect(shapeNames).toEqual(expect.arrayContaining(['User', 'Friend', 'Identity']));
    expect(method('getUserInfo').response.extends).toEqual(['User']);
    expect(method('getFriendsInfo').response.fields.find((f) => f.name === 'friends')?.typeText).toBe('Friend[]');
    expect(socialize.shapes.find((s) => s.name === 'User')?.fields.find((f) => f.name === 'UID')?.required).toBe(true);
  });

  it('types complex params as nested objects, never as JSON text', () => {
    expect(method('publishUserAction').params.find((p) => p.name === 'userAction')).toMatchObject({
      typeText: 'UserAction',
      required: true,
    });
    const userAction = socialize.shapes.find((s) => s.name === 'UserAction')!;
    expect(userAction.inParams).toBe(true);
    expect(userAction.fields.find((f) => f.name === 'mediaItems')?.typeText).toBe('MediaItem[]');
  });

  it('spells the user id uid, recording that the reference spells it UID', () => {
    const uids = socialize.methods.flatMap((m) =>
      m.params.filter((p) => p.name.toLowerCase() === 'uid').map((p) => [m.name, p.name, p.referenceName]),
    );
    expect(uids.length).toBeGreaterThan(25);
    for (const entry of uids) expect(entry).toEqual([entry[0], 'uid', 'UID']);
    expect(method('setStatus').params.map((p) => p.name)).toEqual(expect.arrayContaining(['uid', 'status']));
  });

  it('marks recalled facts, and every method says how verified it is', () => {
    expect(allFields().some((f) => f.recalled)).toBe(true);
    for (const m of socialize.methods) expect(['verified', 'partial', 'recalled'], m.name).toContain(m.verification);
    expect(method('unlinkAccounts')).toMatchObject({ verification: 'recalled', sources: ['S_KNOW'] });
  });

  it('lists the error codes each method documents', () => {
    expect(method('setStatus').listedErrors).toEqual([400106, 403005, 403012, 403024, 500023, 500024]);
    expect(method('exchangeUIDSignature').listedErrors).toContain(403002);
  });
});

describe('catalog/errors.yaml', () => {
  it('has the codes of the seed REST page table', () => {
    expect(code(500024)).toMatchObject({
      name: 'NoValidSession',
      message: 'No valid session',
      httpStatus: 500,
      outcome: 'error',
    });
    expect(code(501001)).toMatchObject({ name: 'ApiMethodNotImplemented', message: 'Invalid API method' });
    expect(code(400094)).toMatchObject({
      name: 'MissingRequiredUidParameter',
      message: 'Missing required uid parameter',
      common: true,
    });
    expect(code(400095)).toMatchObject({ name: 'InvalidUidParameter', message: 'Invalid uid parameter' });
    expect(ir.errors.codes.length).toBeGreaterThanOrEqual(163);
  });

  it('marks what is a result: 0 and 2000xx are ok, 206xxx pending, the rest errors', () => {
    expect(code(0)?.outcome).toBe('ok');
    for (const c of ir.errors.codes) {
      const expected =
        c.code === 0 || (c.code >= 200000 && c.code < 201000)
          ? 'ok'
          : c.code >= 206000 && c.code < 207000
            ? 'pending'
            : 'error';
      expect([c.code, c.outcome]).toEqual([c.code, expected]);
    }
  });

  it('gives each code an HTTP status and a retry class', () => {
    expect(code(403003)).toMatchObject({ name: 'InvalidRequestSignature', httpStatus: 403, retry: 'none' });
    expect(code(403048)?.retry).toBe('rate-limit');
    expect(code(403004)?.retry).toBe('new-nonce');
    expect(code(301001)?.retry).toBe('redirect');
  });

  it('is written sorted by code', () => {
    const codes = rawErrors.codes.map((c) => c.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});

/**
 * `accounts_methods.all_names` of the research facts (shared/reference/gigya-api-facts.yaml), without the namespace.
 */
const FACTS_ACCOUNTS_NAMES = [
  'addEmails',
  'address.countries.get',
  'address.suggestions.get',
  'auth.getMethods',
  'auth.magiclink.email.getConfig',
  'auth.magiclink.email.login',
  'auth.magiclink.email.send',
  'auth.magiclink.email.setConfig',
  'auth.magiclink.getlink',
  'auth.otp.authenticate',
  'auth.otp.email.getConfig',
  'auth.otp.email.login',
  'auth.otp.email.sendCode',
  'auth.otp.email.setConfig',
  'auth.otp.verify',
  'auth.push.config.get',
  'auth.push.config.set',
  'auth.push.verify',
  'deleteAccount',
  'deleteConsentStatement',
  'deleteLegalStatements',
  'deleteLiteAccount',
  'deleteNativeScreenSet',
  'deleteSchemaFields',
  'deleteScreenSet',
  'devices.register',
  'devices.unregister',
  'devices.update',
  'duplicateLegalStatement',
  'emailAccount.changeEmail',
  'emailAccount.syncMultipleAccounts',
  'emailAccount.syncUid',
  'exchangeUIDSignature',
  'extensions.create',
  'extensions.delete',
  'extensions.get',
  'extensions.list',
  'extensions.modify',
  'finalizeRegistration',
  'getAccountInfo',
  'getConflictingAccount',
  'getConsentStatements',
  'getCounters',
  'getJWT',
  'getJWTPublicKey',
  'getLegalStatements',
  'getLiteToken',
  'getNativeScreenSet',
  'getNativeScreenSets',
  'getPolicies',
  'getRegisteredCounters',
  'getSchema',
  'getScreenSetVersions',
  'getScreenSets',
  'getSiteConsentDetails',
  'global.changeAccountResidency',
  'identifiers.createToken',
  'identifiers.find',
  'importAccount',
  'importFullAccount',
  'importLiteAccounts',
  'importProfilePhoto',
  'incrementCounters',
  'initRegistration',
  'isAvailableLoginID',
  'linkAccounts',
  'login',
  'logout',
  'notifyLogin',
  'notifySocialLogin',
  'otp.delete',
  'otp.login',
  'otp.sendCode',
  'otp.update',
  'policies.emailTemplates.getConfig',
  'policies.emailTemplates.setConfig',
  'progression.getPolicy',
  'progression.setPolicy',
  'publishProfilePhoto',
  'rba.getPolicy',
  'rba.lock',
  'rba.sdkConfiguration.get',
  'rba.setPolicy',
  'rba.unlock',
  'register',
  'registerCounters',
  'removeEmails',
  'resendDOIConfirmationEmail',
  'resendVerificationCode',
  'resetPassword',
  'resetSitePreferences',
  'search',
  'sendLiteInvite',
  'session.verify',
  'setAccountInfo',
  'setPassword',
  'setPolicies',
  'setProfilePhoto',
  'setSchema',
  'setScreenSet',
  'sms.config.get',
  'sms.config.set',
  'sms.templates.get',
  'sms.templates.set',
  'socialLogin',
  'store.downloadConsentDocument',
  'store.uploadConsentDocument',
  'stream.create',
  'stream.read',
  'tfa.backupcodes.create',
  'tfa.backupcodes.get',
  'tfa.backupcodes.verify',
  'tfa.deactivateProvider',
  'tfa.email.completeVerification',
  'tfa.email.getEmails',
  'tfa.email.sendVerificationCode',
  'tfa.finalizeTFA',
  'tfa.getCertificate',
  'tfa.getProviders',
  'tfa.initTFA',
  'tfa.phone.completeVerification',
  'tfa.phone.getCertificate',
  'tfa.phone.getRegisteredPhoneNumbers',
  'tfa.phone.importTFA',
  'tfa.phone.removePhone',
  'tfa.phone.sendVerificationCode',
  'tfa.push.isVerified',
  'tfa.push.optin',
  'tfa.push.sendVerification',
  'tfa.push.verify',
  'tfa.resetTFA',
  'tfa.totp.register',
  'tfa.totp.verify',
  'tfa.unregisterDevice',
  'unregisterCounters',
  'unsubscribe',
  'verifyLogin',
  'webhooks.delete',
  'webhooks.getAll',
  'webhooks.getStatus',
  'webhooks.set',
];

describe('the accounts namespace', () => {
  const accounts = ir.namespaces.find((n) => n.name === 'accounts') as NamespaceIR;
  const acc = (name: string): MethodIR => {
    const m = accounts.methods.find((x) => x.name === name);
    if (!m) throw new Error(`accounts.${name} is not in the catalog`);
    return m;
  };

  it('types all 141 documented accounts methods, over the namespace file and its group files', () => {
    // One name is settled differently from the facts file: the wire name that is called (see its notes).
    const expected = FACTS_ACCOUNTS_NAMES.map((n) => (n === 'getConsentStatements' ? 'getConsentsStatements' : n));
    expect(accounts.methods.map((m) => m.name)).toEqual([...expected].sort(compareStrings));
    expect(accounts.methods).toHaveLength(141);
    expect(accounts.sourceFiles).toEqual([
      'catalog/accounts.yaml',
      ...readdirSync(CATALOG)
        .filter((f) => f.startsWith('accounts.') && f !== 'accounts.yaml')
        .map((f) => `catalog/${f}`)
        .sort(compareStrings),
    ]);
    expect(acc('getConsentsStatements').notes.join(' ')).toMatch(/getConsentsStatements/);
  });

  it('nests the groups, each described, with the full wire name', () => {
    expect(acc('tfa.getProviders').wireName).toBe('accounts.tfa.getProviders');
    expect(acc('tfa.getProviders').names.path).toEqual(['tfa', 'getProviders']);
    expect(acc('auth.magiclink.getlink')).toMatchObject({
      wireName: 'accounts.auth.magiclink.getlink',
      alias: 'getLink',
    });
    expect(acc('auth.magiclink.getlink').names.path).toEqual(['auth', 'magiclink', 'getLink']);
    const described = new Set(accounts.groups.map((g) => g.path));
    const groups = new Set(accounts.methods.filter((m) => m.name.includes('.')).map((m) => m.name.split('.')[0]));
    for (const g of groups) expect(described, g).toContain(g);
  });

  it('types the site schema wherever an account is read or written', () => {
    const account = accounts.shapes.find((s) => s.name === 'Account')!;
    expect(
      Object.fromEntries(
        account.fields
          .filter((f) => ['data', 'preferences', 'subscriptions'].includes(f.name))
          .map((f) => [f.name, f.typeText]),
      ),
    ).toEqual({ data: 'SiteData', preferences: 'SitePreferences', subscriptions: 'SiteSubscriptions' });
    for (const name of ['setAccountInfo', 'register', 'importFullAccount'])
      expect(acc(name).params.find((p) => p.name === 'data')?.typeText, name).toBe('SiteData');
    for (const name of ['getAccountInfo', 'login', 'register', 'finalizeRegistration'])
      expect(acc(name).response.extends, name).toEqual(['Account']);
    expect(acc('search').response.fields.find((f) => f.name === 'results')?.typeText).toBe('Account[]');
    for (const name of ['getAccountInfo', 'setAccountInfo', 'search', 'login', 'importFullAccount'])
      expect(acc(name).siteParams || acc(name).siteResponse, name).toBe(true);
  });

  it('marks the search cursor, and the flow states of login', () => {
    expect(acc('search').cursor).toEqual({
      open: 'openCursor',
      param: 'cursorId',
      next: 'nextCursorId',
      items: 'results',
      pageSize: { param: 'query', clause: 'LIMIT' },
    });
    expect(acc('search').params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['query', 'openCursor', 'cursorId']),
    );
    const login = acc('login');
    expect(login.resultFlows.map((f) => f.code)).toEqual([200009, 206001, 206002]);
    expect(login.errorFlows.map((f) => f.code)).toEqual([401020, 403100, 403101, 403102, 409003]);
    const pending = login.resultFlows.find((f) => f.code === 206001)!;
    expect(pending.fields.find((f) => f.name === 'regToken')).toMatchObject({ required: true, typeText: 'string' });
  });

  it('repeats only what cannot do harm twice', () => {
    const writes = [
      'setAccountInfo',
      'register',
      'login',
      'deleteAccount',
      'importFullAccount',
      'resetPassword',
      'setSchema',
      'setPolicies',
    ];
    expect(writes.map((n) => acc(n).safeToRepeat)).toEqual(writes.map(() => false));
    expect(['getAccountInfo', 'search', 'getSchema', 'getJWTPublicKey'].map((n) => acc(n).safeToRepeat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('spells the user id UID, as documented', () => {
    const ids = accounts.methods.flatMap((m) =>
      m.params.filter((p) => p.name.toLowerCase() === 'uid').map((p) => p.name),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids)).toEqual(new Set(['UID']));
  });
});

describe('conventions of every catalog file', () => {
  const files = readdirSync(CATALOG).filter((f) => f.endsWith('.yaml') && !SPECIAL_FILES.includes(f));
  const raw = (file: string) =>
    parse(readFileSync(`${CATALOG}${file}`, 'utf8')) as {
      shapes?: Record<string, Record<string, unknown>>;
      methods?: Record<string, unknown>[];
    };

  it('writes methods and shapes sorted by name, and states status, sources and safeToRepeat', () => {
    for (const file of files) {
      const doc = raw(file);
      const names = (doc.methods ?? []).map((m) => String(m['name']));
      expect(names, file).toEqual([...names].sort(compareStrings));
      const shapes = Object.keys(doc.shapes ?? {});
      expect(shapes, file).toEqual([...shapes].sort(compareStrings));
      for (const m of doc.methods ?? [])
        expect(Object.keys(m), `${file} ${String(m['name'])}`).toEqual(
          expect.arrayContaining(['status', 'sources', 'safeToRepeat']),
        );
      for (const [name, shape] of Object.entries(doc.shapes ?? {}))
        expect(Object.keys(shape), `${file} ${name}`).toContain('sources');
    }
  });

  it('marks a top-level response field always present only with a source of its own (else it is refused)', () => {
    for (const ns of ir.namespaces) {
      const shapes = new Map(ns.shapes.map((s) => [s.name, s.fields] as const));
      for (const m of ns.methods) {
        const top = [...m.response.extends.flatMap((e) => shapes.get(e) ?? []), ...m.response.fields];
        for (const f of top.filter((x) => x.required))
          expect(f.sources.length, `${ns.name}.${m.name} ${f.name}`).toBeGreaterThan(0);
      }
    }
    // The audit's fields without a source are optional now.
    const socializeMethod = (n: string) => socialize.methods.find((m) => m.name === n)!;
    expect(socializeMethod('exchangeUIDSignature').response.fields.filter((f) => f.required)).toEqual([]);
    expect(socializeMethod('getToken').response.fields.find((f) => f.name === 'access_token')?.required).toBe(false);
  });

  it('never lists a common param on a method', () => {
    const common = new Set(ir.commonParams.params.map((p) => p.name));
    expect([...common].sort()).toEqual(['checkParams', 'cid', 'context']);
    for (const ns of ir.namespaces)
      for (const m of ns.methods)
        for (const p of m.params) expect(common.has(p.name), `${ns.name}.${m.name} ${p.name}`).toBe(false);
  });

  it('says where every error code comes from, and names 405001 after its source', () => {
    for (const c of ir.errors.codes) expect(c.sources.length, String(c.code)).toBeGreaterThan(0);
    expect(code(400009)).toMatchObject({ message: 'Validation error' });
    expect(code(405001)).toMatchObject({ name: 'InvalidApiMethod', sources: ['S_GRZ'] });
    expect(code(504002)?.retry).toBe('transient-if-safe');
  });
});

describe('secrets of the catalog', () => {
  /** Names that look secret but are not: settings, flags, questions and types. */
  const NOT_SECRET = new Set([
    'secretQuestion',
    'passwordReset',
    'resetPreferencesApiKey',
    'requirePasswordChange',
    'passwordComplexity',
    'apiKey',
    'tokenExpiration',
    'tokenExpiresIn',
    'passwordChangeInterval',
    'passwordHistorySize',
    'useXfCredentials',
    'accessTokenType',
    'includeSecretKeys',
    'tokenExpirationUTC',
  ]);

  it('redacts every param and field whose name says token, secret, password, assertion or credentials', () => {
    const names = new Set<string>();
    for (const ns of ir.namespaces) {
      for (const m of ns.methods) for (const f of [...m.params, ...m.response.fields]) names.add(f.name);
      for (const s of ns.shapes) for (const f of s.fields) names.add(f.name);
    }
    const secretLooking = [...names].filter((n) =>
      /token|secret|assertion|password|answer|privatekey|credential|backupcodes|qrcode|magiclink/i.test(n),
    );
    expect(secretLooking.length).toBeGreaterThan(30);
    expect(secretLooking.filter((n) => !NOT_SECRET.has(n) && !isSecretParam(n))).toEqual([]);
  });
});
