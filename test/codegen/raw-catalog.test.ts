/**
 * The v2 catalog files (catalog/README.md plus the agreed extensions: sources.yaml, namespaces over
 * several files, provenance on every entry, inferred error codes, the site-schema shapes, cursor)
 * checked with codegen/raw-catalog.ts until the loader reads them, and what the accounts core holds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRawCatalog, type RawCatalog } from '../../codegen/raw-catalog.js';

const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));
const read = (dir: string): RawCatalog => readRawCatalog(dir, { v1Files: ['socialize.yaml'] });
const catalog = read(CATALOG);
const accounts = catalog.methods.filter((m) => m.namespace === 'accounts');
const rawAccounts = parse(readFileSync(`${CATALOG}accounts.yaml`, 'utf8')) as { shapes: Record<string, { fields: { name: string; type: string }[] }>; methods: Record<string, unknown>[] };
const method = (name: string): Record<string, unknown> => {
  const found = rawAccounts.methods.find((x) => x['name'] === name);
  if (found === undefined) throw new Error(`accounts.${name} is not in accounts.yaml`);
  return found;
};

describe('catalog/ in the v2 format', () => {
  it('has no problem the checker knows of', () => {
    expect(catalog.issues.map((i) => `${i.file}:${i.line} ${i.path} ${i.message}`)).toEqual([]);
  });

  it('holds every accounts method without a sub-namespace of the facts file, plus the policies and session groups', () => {
    // accounts_methods.all_names of the research facts (shared/reference/gigya-api-facts.yaml), methods without a group.
    const core = [
      'addEmails', 'deleteAccount', 'deleteConsentStatement', 'deleteLegalStatements', 'deleteLiteAccount', 'deleteNativeScreenSet',
      'deleteSchemaFields', 'deleteScreenSet', 'duplicateLegalStatement', 'exchangeUIDSignature', 'finalizeRegistration', 'getAccountInfo',
      'getConflictingAccount', 'getConsentStatements', 'getCounters', 'getJWT', 'getJWTPublicKey', 'getLegalStatements', 'getLiteToken',
      'getNativeScreenSet', 'getNativeScreenSets', 'getPolicies', 'getRegisteredCounters', 'getSchema', 'getScreenSetVersions',
      'getScreenSets', 'getSiteConsentDetails', 'importAccount', 'importFullAccount', 'importLiteAccounts', 'importProfilePhoto',
      'incrementCounters', 'initRegistration', 'isAvailableLoginID', 'linkAccounts', 'login', 'logout', 'notifyLogin', 'notifySocialLogin',
      'policies.emailTemplates.getConfig', 'policies.emailTemplates.setConfig', 'publishProfilePhoto', 'register', 'registerCounters',
      'removeEmails', 'resendDOIConfirmationEmail', 'resendVerificationCode', 'resetPassword', 'resetSitePreferences', 'search',
      'sendLiteInvite', 'session.verify', 'setAccountInfo', 'setPassword', 'setPolicies', 'setProfilePhoto', 'setSchema', 'setScreenSet',
      'socialLogin', 'unregisterCounters', 'unsubscribe', 'verifyLogin',
    ];
    // One name is settled differently from the facts file (see the method's notes and fidelity-differences.yaml).
    const expected = core.map((n) => `accounts.${n === 'getConsentStatements' ? 'getConsentsStatements' : n}`).sort();
    expect(accounts.map((m) => m.wireName).sort()).toEqual(expected);
    expect(accounts).toHaveLength(62);
    expect(new Set(accounts.map((m) => m.file))).toEqual(new Set(['accounts.yaml', 'accounts.policies.yaml', 'accounts.session.yaml']));
  });

  it('defines the shared shapes the group files build on', () => {
    const shapes = [...(catalog.shapes.get('accounts')?.keys() ?? [])];
    expect(shapes).toEqual(expect.arrayContaining(['Account', 'Profile', 'Identity', 'LoginIDs', 'Emails', 'Phone', 'SessionInfo', 'Password', 'Consent', 'Subscription', 'ValidationError', 'ConflictingAccount', 'ClientContext', 'ProviderSession', 'Policies', 'Schema']));
    const account = rawAccounts.shapes['Account']!.fields;
    expect(Object.fromEntries(account.filter((f) => ['data', 'preferences', 'subscriptions'].includes(f.name)).map((f) => [f.name, f.type]))).toEqual({ data: 'SiteData', preferences: 'SitePreferences', subscriptions: 'SiteSubscriptions' });
  });

  it('types the site schema wherever an account is read or written', () => {
    for (const name of ['setAccountInfo', 'register', 'importFullAccount']) {
      const params = method(name)['params'] as { name: string; type: string }[];
      expect(params.find((p) => p.name === 'data')?.type, name).toBe('SiteData');
    }
    for (const name of ['getAccountInfo', 'login', 'register', 'finalizeRegistration', 'verifyLogin']) {
      expect((method(name)['response'] as { extends: string[] }).extends, name).toEqual(['Account']);
    }
    expect((method('search')['response'] as { fields: { name: string; type: string }[] }).fields.find((f) => f.name === 'results')?.type).toBe('Account[]');
  });

  it('marks the search cursor, and lists the flow states of login', () => {
    expect(method('search')['cursor']).toEqual({ open: 'openCursor', param: 'cursorId', next: 'nextCursorId', items: 'results' });
    const codes = (method('login')['errors'] as (number | { code: number })[]).map((e) => (typeof e === 'number' ? e : e.code));
    expect(codes).toEqual(expect.arrayContaining([206001, 206002, 401020, 403100, 403101, 403102, 409003]));
  });

  it('states status, sources and safeToRepeat on every accounts method, and repeats only reads', () => {
    for (const m of rawAccounts.methods) {
      expect(Object.keys(m), String(m['name'])).toEqual(expect.arrayContaining(['status', 'sources', 'safeToRepeat', 'params', 'response', 'errors']));
    }
    const writes = ['setAccountInfo', 'register', 'login', 'deleteAccount', 'importFullAccount', 'resetPassword', 'setSchema', 'setPolicies'];
    expect(writes.map((n) => method(n)['safeToRepeat'])).toEqual(writes.map(() => false));
    expect(['getAccountInfo', 'search', 'getSchema', 'getJWTPublicKey'].map((n) => method(n)['safeToRepeat'])).toEqual([true, true, true, true]);
  });
});

describe('the checker', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A copy of catalog/ with one file changed. */
  function withChange(file: string, change: (text: string) => string): string[] {
    dir = mkdtempSync(path.join(tmpdir(), 'raw-catalog-'));
    cpSync(CATALOG, dir, { recursive: true });
    const target = path.join(dir, file);
    writeFileSync(target, change(readFileSync(target, 'utf8')));
    return read(dir).issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
  }

  it('reports methods out of order, unknown types and undeclared sources', () => {
    const issues = withChange('accounts.yaml', (t) =>
      t.replace('  - name: addEmails\n', '  - name: zzzFirst\n').replace('        type: SessionInfo\n', '        type: SesionInfo\n').replace('    sources: [S_TSW, S_SH, S_GRZ]\n', '    sources: [S_TSW, S_NOPE]\n'));
    expect(issues.join('\n')).toMatch(/methods are written sorted by name/);
    expect(issues.join('\n')).toMatch(/unknown type "SesionInfo"/);
    expect(issues.join('\n')).toMatch(/unknown source "S_NOPE"; declare it in sources.yaml/);
  });

  it('reports an error object that is neither inferred nor sourced, and codes errors.yaml lacks', () => {
    const issues = withChange('accounts.yaml', (t) => t.replace('      - 403002\n', '      - { code: 403002 }\n      - 999999\n'));
    expect(issues.join('\n')).toMatch(/error 403002 written as an object needs inferred/);
    expect(issues.join('\n')).toMatch(/error 999999 is not in errors.yaml/);
  });

  it('reports client params, a cursor naming no param, a group prefix that does not match, and a reserved shape', () => {
    const issues = withChange('accounts.yaml', (t) =>
      t.replace('      - name: timeout\n        type: int\n', '      - name: secret\n        type: int\n')
        .replace('      param: cursorId\n', '      param: cursorID\n')
        .replace('  Work:\n', '  SiteData:\n    description: Not ours to define.\n    sources: [S_KNOW]\n    fields: []\n  Work:\n'));
    const text = issues.join('\n');
    expect(text).toMatch(/param secret is set by the client itself/);
    expect(text).toMatch(/cursor.param names no param/);
    expect(text).toMatch(/SiteData is reserved for the site's own schema/);
    const group = withChange('accounts.session.yaml', (t) => t.replace('  - name: session.verify\n', '  - name: verify\n'));
    expect(group.join('\n')).toMatch(/methods of accounts.session.yaml start with session\./);
  });

  it('reports a shape defined in two files of one namespace, and errors.yaml out of order', () => {
    const twice = withChange('accounts.session.yaml', (t) => t.replace('\nmethods:\n', '\nshapes:\n  Phone:\n    description: Again.\n    sources: [S_KNOW]\n    fields: []\n\nmethods:\n'));
    expect(twice.join('\n')).toMatch(/shape Phone is also defined in/);
    const order = withChange('errors.yaml', (t) => t.replace('  - code: 503001\n', '  - code: 100\n'));
    expect(order.join('\n')).toMatch(/code 100 is out of order/);
  });
});
