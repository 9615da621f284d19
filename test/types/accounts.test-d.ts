/**
 * Compile-only checks of the accounts namespace and of what catalog v2 types for every method:
 * nested groups, the site's own schema typed once on the client, flow states, common params, both
 * spellings of socialize's uid, open list params and the per-call apiKey. Checked by `tsc --noEmit`.
 */
import { expectTypeOf } from 'vitest';
import type {
  AccountsAccount,
  AccountsGetAccountInfoResponse,
  AccountsLoginErrorFields,
  AccountsSearchResponse,
} from '../../generated/accounts/index.js';
import * as accounts from '../../generated/accounts/index.js';
import type { Namespaces } from '../../generated/index.js';
import {
  createClient,
  type CursorFields,
  type CursorPage,
  type DeepPartial,
  type GigyaApiError,
  type MergePatch,
  type GigyaResult,
  type IgnoredParam,
} from '../../src/index.js';
import type { GeneratedCatalog } from '../../src/client.js';

interface MyData {
  newsletter: boolean;
  loyalty: { tier: 'gold' | 'silver'; points: number };
}
interface MyPrefs {
  terms: { isConsentGranted: boolean };
}

declare const options: Parameters<typeof createClient>[0];
const plain = createClient(options);
const typed = createClient<{ data: MyData; preferences: MyPrefs }>(options);

export async function groups(): Promise<void> {
  // Sub-namespaces are nested objects; the wire name stays the documented one.
  await plain.accounts.tfa.getProviders({ UID: 'u1' });
  await plain.accounts.otp.sendCode({ phoneNumber: '+15551234567', lang: 'en' });
  // getlink is documented in lower case; the client names it getLink.
  await plain.accounts.auth.magiclink.getLink({ email: 'a@example.com' });
  // @ts-expect-error the member is camel case
  void plain.accounts.auth.magiclink.getlink;
  expectTypeOf(plain.accounts.tfa.getProviders.descriptor.name).toEqualTypeOf<string>();
}

export async function siteSchema(): Promise<void> {
  const account = await typed.accounts.getAccountInfo({ UID: 'u1' });
  expectTypeOf(account.data).toEqualTypeOf<MyData | undefined>();
  expectTypeOf(account.preferences).toEqualTypeOf<MyPrefs | undefined>();
  // Without a schema, each part is an open record.
  const open = await plain.accounts.getAccountInfo({ UID: 'u1' });
  expectTypeOf(open.data).toEqualTypeOf<Record<string, unknown> | undefined>();
  // Subscriptions were not given: open too.
  expectTypeOf(account.subscriptions).toEqualTypeOf<Record<string, unknown> | undefined>();

  // Writes take deep partials of the schema.
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { loyalty: { points: 3 } } });
  await typed.accounts.setAccountInfo({ UID: 'u1', preferences: { terms: { isConsentGranted: true } } });
  // @ts-expect-error a field the site's schema does not have
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { colour: 'blue' } });
  // @ts-expect-error a wrong type inside the schema
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { loyalty: { tier: 'bronze' } } });

  // setAccountInfo merges: null deletes a field, at any depth, in the typed profile and the schema.
  await plain.accounts.setAccountInfo({ UID: 'u1', profile: { country: null, favorites: { books: null } } });
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { loyalty: { tier: null }, newsletter: null } });
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { loyalty: null }, preferences: { terms: null } });
  await plain.accounts.setAccountInfo({ UID: 'u1', data: { anything: { nested: null } }, subscriptions: { n: null } });
  // @ts-expect-error null deletes, but a wrong type is still refused in the profile
  await plain.accounts.setAccountInfo({ UID: 'u1', profile: { country: 1 } });
  // @ts-expect-error a misspelled profile field is still refused
  await plain.accounts.setAccountInfo({ UID: 'u1', profile: { contry: null } });
  // @ts-expect-error and in the site's schema
  await typed.accounts.setAccountInfo({ UID: 'u1', data: { loyalty: { points: 'many' } } });
  // @ts-expect-error an array is sent whole: its elements are complete, not patches
  await plain.accounts.setAccountInfo({ UID: 'u1', profile: { phones: [null] } });
  expectTypeOf<MergePatch<{ a: { b: string[] } }>>().toEqualTypeOf<{
    a?: { b?: string[] | null | undefined } | null | undefined;
  }>();
  // Suggested values stay strings in a patch (`string & {}` is not an object to map over).
  expectTypeOf<MergePatch<{ g?: 'm' | 'f' | (string & {}) }>>().toEqualTypeOf<{
    g?: 'm' | 'f' | (string & {}) | null | undefined;
  }>();
  // Writes that do not merge keep the deep partial, without null.
  // @ts-expect-error register creates the account: null deletes nothing there
  await typed.accounts.register({ regToken: 't', password: 'p', email: 'a@example.com', data: { newsletter: null } });
  expectTypeOf<DeepPartial<{ a: { b: number } }>>().toEqualTypeOf<{ a?: { b?: number } }>();

  // Search results are accounts of the site's schema, with the cursor fields.
  const page = await typed.accounts.search({ query: 'SELECT * FROM accounts', openCursor: true });
  expectTypeOf(page.results).toEqualTypeOf<AccountsSearchResponse<{ data: MyData; preferences: MyPrefs }>['results']>();
  expectTypeOf(page.results?.[0]?.data).toEqualTypeOf<MyData | undefined>();
  expectTypeOf(page.nextCursorId).toEqualTypeOf<string | undefined>();
  expectTypeOf(page.totalCount).toEqualTypeOf<number | undefined>();
  expectTypeOf(page.objectsCount).toEqualTypeOf<number | undefined>();
  await typed.accounts.search({ cursorId: page.nextCursorId ?? '' });
  expectTypeOf(typed.accounts.search.descriptor.cursor).toEqualTypeOf<CursorFields | undefined>();

  // paginate: items are the site's accounts; pages carry the whole answer; the cursor params are its own.
  type Schema = { data: MyData; preferences: MyPrefs };
  for await (const account of typed.accounts.search.paginate({ query: 'SELECT * FROM accounts', pageSize: 500 })) {
    expectTypeOf(account).toEqualTypeOf<AccountsAccount<Schema>>();
    expectTypeOf(account.data?.loyalty.tier).toEqualTypeOf<'gold' | 'silver' | undefined>();
    break;
  }
  for await (const p of typed.accounts.search.paginate({ query: 'SELECT UID FROM accounts' }).pages()) {
    expectTypeOf(p).toEqualTypeOf<CursorPage<AccountsAccount<Schema>, GigyaResult<AccountsSearchResponse<Schema>>>>();
    expectTypeOf(p.result.totalCount).toEqualTypeOf<number | undefined>();
  }
  // @ts-expect-error the paginator opens and continues the cursor itself
  typed.accounts.search.paginate({ query: 'SELECT * FROM accounts', openCursor: true });
  // @ts-expect-error a page size is a number
  typed.accounts.search.paginate({ query: 'SELECT * FROM accounts', pageSize: '10' });
  // @ts-expect-error methods without a cursor have no paginate
  typed.accounts.getAccountInfo.paginate;

  // The per-method function takes the schema as its type argument.
  const viaFunction = await accounts.getAccountInfo<{ data: MyData }>(plain, { UID: 'u1' });
  expectTypeOf(viaFunction.data).toEqualTypeOf<MyData | undefined>();
  expectTypeOf<AccountsGetAccountInfoResponse>().toMatchTypeOf<{ data?: Record<string, unknown> }>();
}

export async function flows(): Promise<void> {
  const r = await plain.accounts.login({ loginID: 'a@example.com', password: 'secret' });
  expectTypeOf(r.regToken).toEqualTypeOf<string | undefined>();
  if (r.errorCode === 206001) {
    expectTypeOf(r.regToken).toEqualTypeOf<string>();
    await plain.accounts.finalizeRegistration({ regToken: r.regToken });
  }
  if (r.errorCode === 206002) {
    expectTypeOf(r.regToken).toEqualTypeOf<string>();
    expectTypeOf(r.unverifiedEmails).toEqualTypeOf<string[] | undefined>();
  }
  if (r.errorCode === 0) expectTypeOf(r.sessionInfo).not.toBeNever();

  // The codes that continue a flow by error carry their fields on the error's response.
  try {
    await plain.accounts.login({ loginID: 'a@example.com', password: 'secret' });
  } catch (e) {
    if (plain.accounts.login.isError(e)) {
      if (e.errorCode === 403101) {
        expectTypeOf(e.response.regToken).toEqualTypeOf<string>();
        await plain.accounts.tfa.getProviders({ regToken: e.response.regToken });
      }
      if (e.errorCode === 409003) {
        expectTypeOf(e.response.regToken).toEqualTypeOf<string>();
        expectTypeOf(e.response.provider).toEqualTypeOf<string | undefined>();
      }
      if (e.errorCode === 403120) expectTypeOf(e).toEqualTypeOf<GigyaApiError<403120>>();
    }
  }
  const safe = await plain.accounts.login.safe({ loginID: 'a@example.com', password: 'secret' });
  if (!safe.ok && plain.accounts.login.isError(safe.error) && safe.error.errorCode === 403102)
    expectTypeOf(safe.error.response.regToken).toEqualTypeOf<string>();
  expectTypeOf<AccountsLoginErrorFields[403100]['regToken']>().toEqualTypeOf<string>();
}

export async function commonParamsAndEnvelope(): Promise<void> {
  // Every method takes the common params; context comes back in the envelope.
  const r = await plain.accounts.getAccountInfo({ UID: 'u1', cid: 'checkout', context: { step: 2 } });
  await plain.socialize.getUserInfo({ uid: 'u1', cid: 'c', context: 'ctx', checkParams: true });
  await plain.accounts.tfa.getProviders({ UID: 'u1', cid: 'c' });
  expectTypeOf(r.context).toEqualTypeOf<string | Record<string, unknown> | undefined>();
  expectTypeOf(r.ignoredParams).toEqualTypeOf<readonly IgnoredParam[] | undefined>();
}

export async function spellings(): Promise<void> {
  // socialize: the seed's uid and the reference's UID, exactly one per call.
  await plain.socialize.getUserInfo({ uid: 'u1' });
  await plain.socialize.getUserInfo({ UID: 'u1' });
  // @ts-expect-error both spellings at once
  await plain.socialize.getUserInfo({ uid: 'u1', UID: 'u1' });
  // accounts methods use the documented UID.
  // @ts-expect-error accounts spells it UID
  await plain.accounts.getAccountInfo({ uid: 'u1' });
}

export async function listParams(): Promise<void> {
  // A list param takes a string (Gigya's comma-separated form) or an array; values Gigya adds later type-check.
  await plain.socialize.exportUsers({ fields: 'uid,provider,providerUID' });
  await plain.socialize.exportUsers({ fields: ['uid', 'provider'] });
  await plain.accounts.getAccountInfo({ UID: 'u1', include: 'profile,data,preferences' });
  await plain.accounts.getAccountInfo({ UID: 'u1', include: ['profile', 'data', 'aPartGigyaAddsLater'] });
  await plain.accounts.getAccountInfo({ UID: 'u1', extraProfileFields: ['languages', 'skills'] });
}

export async function perCallApiKey(): Promise<void> {
  await plain.accounts.getSchema({}, { apiKey: '3_otherSite' });
}

// The catalog overload still takes a generated module, and both type arguments combine.
declare const extra: GeneratedCatalog<{ demo: { ping(): Promise<void> } }>;
const withExtra = createClient(options, extra);
expectTypeOf(withExtra.demo.ping).toEqualTypeOf<() => Promise<void>>();
const both = createClient<{ demo: { ping(): Promise<void> } }, { data: MyData }>(options, extra);
export async function combined(): Promise<void> {
  const a = await both.accounts.getAccountInfo({ UID: 'u1' });
  expectTypeOf(a.data).toEqualTypeOf<MyData | undefined>();
  expectTypeOf<Namespaces['accounts']>().toEqualTypeOf<typeof plain.accounts>();
}
