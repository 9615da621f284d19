/**
 * The accounts part of `npm start`: register → login → getAccountInfo → setAccountInfo (a data
 * field the site schema types) → search with a cursor → getJWT + verifyIdToken → a webhook checked
 * with verifyWebhook.
 *
 * Against the emulator every step runs. Against real Gigya only the read-only steps run
 * (getAccountInfo of GIGYA_UID, search, getJWT, the public keys), unless GIGYA_ALLOW_WRITES=1
 * allows writes: then a throwaway account is registered, changed and deleted again. Webhooks need a
 * receiver Gigya can reach, so that step runs against the emulator only.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorHandle } from '../src/emulator/index.js';
import {
  createNonceCache,
  GigyaApiError,
  verifyIdToken,
  verifyWebhook,
  type GigyaClient,
  type ResponseFormat,
} from '../src/index.js';

/** The site's own account data, as its schema declares it (accounts.setSchema below). */
interface SiteData {
  favoriteColor?: string;
  loyaltyPoints?: number;
}

/** The site's schema, given to the client once: every accounts method reading or writing data is typed by it. */
export interface WalkthroughSchema {
  readonly data: SiteData;
}

/** A client typed with the walkthrough site's schema: `createClient<WalkthroughSchema>(options)`. */
// biome-ignore lint/complexity/noBannedTypes: no extra namespaces; `{}` is the identity of `&`.
export type WalkthroughClient = GigyaClient<{}, WalkthroughSchema>;

export interface AccountsWalkthroughOptions {
  readonly apiKey: string;
  readonly secret: string;
  /** The local emulator, when running against it. */
  readonly emulator: EmulatorHandle | undefined;
  /** Real Gigya: may the walkthrough write (register, change and delete a test account)? */
  readonly allowWrites: boolean;
  /** Real Gigya: an existing account to read. */
  readonly uid: string | undefined;
  readonly check: (what: string, ok: boolean) => void;
}

const SCHEMA = {
  dataSchema: {
    fields: {
      favoriteColor: { type: 'string', writeAccess: 'clientModify' },
      loyaltyPoints: { type: 'long', writeAccess: 'serverOnly' },
    },
  },
};

/** A local HTTP receiver for the emulator's webhook notifications (raw bodies kept for the signature). */
export class WebhookReceiver {
  readonly received: Array<{ body: Buffer; headers: IncomingHttpHeaders }> = [];
  #server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({ body: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/gigya-webhooks`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}

/** A field the next step needs: its absence fails the walkthrough with its name, not later with a vaguer error. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing from the answer`);
  return value;
}

export async function accountsWalkthrough(
  client: WalkthroughClient,
  format: ResponseFormat,
  options: AccountsWalkthroughOptions,
  receiver: WebhookReceiver | undefined,
): Promise<void> {
  const { apiKey, emulator, check } = options;
  const writes = emulator !== undefined || options.allowWrites;
  console.log(`\n── accounts (format=${format}) ──`);
  if (!writes)
    console.log(
      '  Real Gigya: read-only steps only. Set GIGYA_ALLOW_WRITES=1 to also register, log in, change and delete a ' +
        'test account.',
    );

  let uid = options.uid;
  const created: string[] = [];
  try {
    const email = `quickstart.${format}.${Date.now().toString(36)}@example.com`;
    const password = `Quickstart-${Math.random().toString(36).slice(2, 10)}-9`;
    if (writes) {
      console.log(
        '\n▸ accounts.setSchema: declare data.favoriteColor (string) and data.loyaltyPoints (long, server only)',
      );
      await client.accounts.setSchema(SCHEMA);
      check('schema set', true);

      console.log('\n▸ accounts.initRegistration → accounts.register → accounts.finalizeRegistration');
      const regToken = present((await client.accounts.initRegistration({})).regToken, 'initRegistration: regToken');
      const pending = await client.accounts.register({
        regToken,
        email,
        password,
        profile: { firstName: 'Quinn', lastName: 'Start' },
        data: { favoriteColor: 'teal' },
      });
      // 206001 is a result, not an exception: the registration waits for finalizeRegistration.
      check(
        `register answered ${pending.errorCode} (pending registration) with a regToken`,
        pending.errorCode === 206001,
      );
      const done = await client.accounts.finalizeRegistration({ regToken });
      uid = String(done['UID']);
      created.push(uid);
      check(`registered ${email} as ${uid}`, done.errorCode === 0);
      // A friend, so the search below has two pages.
      const friend = await client.accounts.initRegistration({});
      const registeredFriend = await client.accounts.register({
        regToken: friend['regToken'],
        email: `friend.${email}`,
        password,
        data: { favoriteColor: 'coral' },
        finalizeRegistration: true,
      });
      created.push(String(registeredFriend['UID']));

      console.log('\n▸ accounts.login: loginID + password → session');
      const login = await client.accounts.login({ loginID: email, password });
      const session = login['sessionInfo'] as { cookieName?: string } | undefined;
      check(
        `logged in ${String(login['UID'])}, session cookie ${session?.cookieName ?? '(none)'}`,
        login['UID'] === uid,
      );
      const wrong = await failure(client.accounts.login({ loginID: email, password: 'not-the-password' }));
      check(
        `a wrong password is a typed error: ${wrong ? `${wrong.errorCode} ${wrong.errorMessage}` : 'none'}`,
        wrong?.errorCode === 403042,
      );
    }
    if (uid === undefined) {
      console.log('  (set GIGYA_UID to read an account)');
      return;
    }

    console.log('\n▸ accounts.getAccountInfo: profile and data');
    const info = await client.accounts.getAccountInfo({ UID: uid, include: 'profile,data,loginIDs' });
    const profile = (info['profile'] ?? {}) as { firstName?: string; email?: string };
    const data = info.data ?? {};
    console.log(
      `  ${profile.firstName ?? '(no first name)'} <${profile.email ?? 'no email'}>, favoriteColor:` +
        ` ${data.favoriteColor ?? '—'}`,
    );
    check(`read ${uid}`, info['UID'] === uid);

    if (writes) {
      console.log('\n▸ accounts.setAccountInfo: merge data (absent fields stay), checked against the schema');
      await client.accounts.setAccountInfo({ UID: uid, data: { loyaltyPoints: 1200 } });
      const merged = (await client.accounts.getAccountInfo({ UID: uid })).data ?? {};
      check(
        `data is now favoriteColor=${merged.favoriteColor}, loyaltyPoints=${merged.loyaltyPoints}`,
        merged.favoriteColor === 'teal' && Number(merged.loyaltyPoints) === 1200,
      );
      const refused = await failure(
        // @ts-expect-error The schema types loyaltyPoints as a number, so this does not compile; sent anyway, the site
        // refuses it too.
        client.accounts.setAccountInfo({ UID: uid, data: { loyaltyPoints: 'lots' } }),
      );
      const fields = (refused?.response?.['validationErrors'] ?? []) as Array<{ fieldName: string }>;
      check(
        `a value of the wrong type is refused ` +
          `(${refused ? `${refused.errorCode} on ${fields.map((f) => f.fieldName).join(', ')}` : 'accepted!'})`,
        fields[0]?.fieldName === 'data.loyaltyPoints',
      );
    }

    console.log('\n▸ accounts.search: a query with a cursor, one account per page');
    let page = await client.accounts.search({
      query: 'SELECT UID, data.favoriteColor FROM accounts WHERE data.favoriteColor IS NOT NULL LIMIT 1',
      openCursor: true,
    });
    const total = Number(page['totalCount']);
    let pages = 0;
    for (;;) {
      pages++;
      for (const row of (page['results'] ?? []) as Array<{ UID: string; data?: SiteData }>)
        console.log(`  page ${pages}: ${row.UID} (${row.data?.favoriteColor ?? '—'})`);
      const next = page['nextCursorId'];
      if (next === undefined || next === '' || pages >= 5) break;
      page = await client.accounts.search({ cursorId: next });
    }
    check(`${total} matching accounts, read in ${pages} pages`, emulator === undefined || pages === total);

    console.log('\n▸ accounts.getJWT + verifyIdToken: an id_token, checked with the keys of accounts.getJWTPublicKey');
    const { id_token } = await client.accounts.getJWT({
      targetUID: uid,
      fields: 'firstName,data.favoriteColor',
    });
    const claims = await verifyIdToken<{ firstName?: string; data?: SiteData }>(String(id_token), { apiKey, client });
    check(`id_token for ${claims.sub}, valid until ${new Date(claims.exp * 1000).toISOString()}`, claims.sub === uid);
    const forged = await verifyIdToken(`${String(id_token).slice(0, -6)}AAAAAA`, { apiKey, client }).then(
      () => 'accepted!',
      (error: Error & { problem?: string }) => error.problem ?? error.message,
    );
    check(`a tampered id_token is refused: ${forged}`, forged === 'bad-signature');

    if (emulator && receiver) {
      console.log('\n▸ Webhooks: the local receiver got signed notifications; verifyWebhook checks each');
      await emulator.webhooks.idle();
      const nonces = createNonceCache();
      const types: string[] = [];
      for (const { body, headers } of receiver.received.splice(0)) {
        const notification = await verifyWebhook({ body, headers }, { secret: options.secret, apiKey, client, nonces });
        types.push(...notification.events.filter((e) => e.data.uid === uid).map((e) => e.type));
      }
      check(
        `events for ${uid}: ${[...new Set(types)].join(', ')}`,
        types.includes('accountRegistered') && types.includes('accountLoggedIn'),
      );
    }
  } finally {
    if (emulator === undefined && created.length > 0) {
      console.log('\n▸ accounts.deleteAccount: remove the test accounts again');
      for (const made of created) await client.accounts.deleteAccount({ UID: made });
      console.log(`  deleted ${created.join(', ')}`);
    }
  }
}

/** The typed API error of a call that must fail (undefined when it succeeded). */
async function failure(call: Promise<unknown>): Promise<GigyaApiError | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    if (error instanceof GigyaApiError) return error;
    throw error;
  }
}
