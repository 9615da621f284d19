/**
 * Reading and changing accounts end to end: getAccountInfo with include and extraProfileFields,
 * setAccountInfo's merge (absent fields stay, null deletes) checked against the site schema,
 * deleteAccount, the resetPassword token flow, and linking a social login to an existing account
 * (getConflictingAccount, linkAccounts).
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/index.js';
import {
  API_KEY,
  expectCode,
  expectRefused,
  failureOf,
  GRACE,
  PASSWORD,
  regTokenOf,
  SECRET,
  useAccountsWorld,
  validationErrorsOf,
} from './helpers.js';

const world = useAccountsWorld();

/** The data schema of the fixture's site, as a user would declare it. */
interface GraceData {
  favoriteColor: string;
  newsletter: boolean;
  memberId: string;
  loyalty: { tier: string; points: number };
}

describe.each(['json', 'xml'] as const)('getAccountInfo (format=%s)', (format) => {
  it(
    'answers profile, data and preferences by default; ' + 'include adds sections, extraProfileFields extra fields',
    async () => {
      const s = world.server({ format });
      const basic = await s.accounts.getAccountInfo({ UID: GRACE.UID });
      expect(basic['UID']).toBe(GRACE.UID);
      expect(basic['profile']).toEqual({
        firstName: 'Grace',
        lastName: 'Hopper',
        country: 'US',
        age: 85,
      });
      expect(basic['data']).toMatchObject({ favoriteColor: 'navy' });
      expect(basic['emails']).toBeUndefined();

      const more = await s.accounts.getAccountInfo({
        UID: GRACE.UID,
        include: 'profile,emails,loginIDs,identities-all',
        extraProfileFields: 'bio',
      });
      expect(more['profile']).toMatchObject({ bio: 'Wrote the first compiler.' });
      expect(more['emails']).toMatchObject({ verified: [GRACE.email] });
      expect(more['loginIDs']).toMatchObject({ emails: [GRACE.email] });
      expect(more['data']).toBeUndefined();
      expect(String(more['created'])).toBe('2020-01-01T00:00:00.000Z');
    },
  );

  it('answers the password only as its salted hash, and only when include=password asks', async () => {
    const s = world.server({ format });
    const plain = await s.accounts.getAccountInfo({ UID: GRACE.UID });
    expect(plain['password']).toBeUndefined();
    const info = await s.accounts.getAccountInfo({ UID: GRACE.UID, include: 'profile,password' });
    expect(info['password']).toMatchObject({ hash: expect.any(String), hashSettings: expect.any(Object) });
    expect(JSON.stringify(info)).not.toContain(GRACE.password);
  });

  it('an unknown UID is 403005, a missing UID and regToken 400002', async () => {
    const s = world.server({ format });
    expectCode(await failureOf(s.accounts.getAccountInfo({ UID: 'nobody' })), 403005);
    expectCode(await failureOf(s.accounts.getAccountInfo({})), 400002);
  });
});

describe.each(['json', 'xml'] as const)('setAccountInfo (format=%s)', (format) => {
  it('merges: fields absent from the call stay, nested objects merge, null deletes a data field', async () => {
    const s = world.server({ format });
    await s.accounts.setAccountInfo({
      UID: GRACE.UID,
      profile: { city: 'Arlington' },
      data: { newsletter: true, loyalty: { points: 1500 }, favoriteColor: null },
    });
    const stored = world.emulator.accounts.get(GRACE.UID)!;
    expect(stored.profile).toEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
      country: 'US',
      age: 85,
      bio: 'Wrote the first compiler.',
      city: 'Arlington',
    });
    expect(stored.data).toEqual({ newsletter: true, loyalty: { tier: 'gold', points: 1500 } });
    expect(stored.lastUpdated).toBeGreaterThan(Date.parse('2025-01-01'));
  });

  it(
    'null deletes a profile field and a field of the typed site schema; ' + 'getAccountInfo no longer answers them',
    async () => {
      // The client knows the site's schema: the write type-checks with null and nothing is cast.
      const typed = createClient<{ data: GraceData }>({
        apiKey: API_KEY,
        secret: SECRET,
        baseUrl: world.emulator.url,
        format,
      });
      try {
        await typed.accounts.setAccountInfo({
          UID: GRACE.UID,
          profile: { country: null, city: 'Arlington' },
          data: { favoriteColor: null, loyalty: { points: null } },
        });
        const info = await typed.accounts.getAccountInfo({ UID: GRACE.UID });
        expect(info.profile).toEqual({ firstName: 'Grace', lastName: 'Hopper', age: 85, city: 'Arlington' });
        expect(info.profile).not.toHaveProperty('country');
        expect(info.data).toEqual({ loyalty: { tier: 'gold' } });
        // Deleting what is not there changes nothing; a wrong type is still refused before sending.
        await typed.accounts.setAccountInfo({ UID: GRACE.UID, profile: { country: null } });
        expect(world.emulator.accounts.get(GRACE.UID)!.profile).not.toHaveProperty('country');
        await expectRefused(
          world.server({ format }),
          (c) => c.accounts.setAccountInfo({ UID: GRACE.UID, profile: { country: 1 } } as never),
          400006,
        );
      } finally {
        await typed.close();
      }
    },
  );

  it(
    'checks every section against the schema: ' + 'types, formats and unknown profile fields, writing nothing on error',
    async () => {
      const s = world.server({ format });
      const error = expectCode(
        await failureOf(
          s.accounts.setAccountInfo({
            UID: GRACE.UID,
            profile: { city: 'Arlington' },
            data: { newsletter: 'sometimes', memberId: 'X1', loyalty: { points: 'many' } },
          }),
        ),
        400006,
      );
      const fields = validationErrorsOf(error)
        .map((e) => e.fieldName)
        .sort();
      expect(fields).toEqual(['data.loyalty.points', 'data.memberId', 'data.newsletter']);
      expect(world.emulator.accounts.get(GRACE.UID)!.profile).not.toHaveProperty('city');
      // The profile's fields are the catalog's: an unknown one is refused before any site schema is read.
      await expectRefused(
        s,
        (c) => c.accounts.setAccountInfo({ UID: GRACE.UID, profile: { shoeSize: 42 } } as never),
        400006,
      );
      expect(world.emulator.accounts.get(GRACE.UID)!.data).toMatchObject({
        favoriteColor: 'navy',
        loyalty: { points: 1200 },
      });
      // Form-encoded numbers and booleans are read by the schema's type.
      await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { memberId: 'M123456', shoeSize: '7.5' } });
      expect(world.emulator.accounts.get(GRACE.UID)!.data).toMatchObject({ memberId: 'M123456', shoeSize: 7.5 });
    },
  );

  it(
    'serverOnly fields are written only by a server call for a UID; ' + 'a call with a regToken is a client call',
    async () => {
      const s = world.server({ format });
      await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { loyalty: { tier: 'platinum' } } });
      expect(world.emulator.accounts.get(GRACE.UID)!.data).toMatchObject({ loyalty: { tier: 'platinum' } });

      const c = world.browser({ format });
      const { regToken } = await c.accounts.initRegistration({});
      await c.accounts.register({ regToken, email: 'client@example.com', password: PASSWORD });
      // setAccountInfo needs server credentials, but a regToken acts for the registering user.
      expectCode(await failureOf(c.accounts.setAccountInfo({ regToken, data: { favoriteColor: 'plum' } })), 403007);
      const error = expectCode(
        await failureOf(s.accounts.setAccountInfo({ regToken, data: { loyalty: { tier: 'gold' } } })),
        400006,
      );
      expect(validationErrorsOf(error)[0]).toMatchObject({ fieldName: 'data.loyalty.tier' });
      await s.accounts.setAccountInfo({ regToken, data: { favoriteColor: 'plum' } });
      expect(world.emulator.accounts.findByLoginID('client@example.com')!.data).toEqual({ favoriteColor: 'plum' });
    },
  );

  it('a new password needs the current one, or a server securityOverride', async () => {
    const s = world.server({ format });
    expectCode(await failureOf(s.accounts.setAccountInfo({ UID: GRACE.UID, newPassword: 'Another-Pass-1' })), 400002);
    expectCode(
      await failureOf(
        s.accounts.setAccountInfo({ UID: GRACE.UID, password: 'wrong-Pass-1', newPassword: 'Another-Pass-1' }),
      ),
      403042,
    );
    await s.accounts.setAccountInfo({
      UID: GRACE.UID,
      password: GRACE.password,
      newPassword: 'Another-Pass-1',
    });
    const c = world.browser({ format });
    expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })), 403042);
    expect((await c.accounts.login({ loginID: GRACE.email, password: 'Another-Pass-1' })).errorCode).toBe(0);
  });
});

describe.each(['json', 'xml'] as const)('deleteAccount, resetPassword, linking (format=%s)', (format) => {
  it('deleteAccount removes the account, its login ID and its sessions', async () => {
    const s = world.server({ format });
    await world.browser({ format }).accounts.login({ loginID: GRACE.email, password: GRACE.password });
    await s.accounts.deleteAccount({ UID: GRACE.UID });
    expect(world.emulator.accounts.get(GRACE.UID)).toBeUndefined();
    expect(world.emulator.accounts.sessions(GRACE.UID)).toHaveLength(0);
    expect(String((await s.accounts.isAvailableLoginID({ loginID: GRACE.email }))['isAvailable'])).toBe('true');
    expectCode(await failureOf(s.accounts.deleteAccount({ UID: GRACE.UID })), 403005);
  });

  it('resetPassword: the emailed token sets a new password once, and unlocks a locked account', async () => {
    const c = world.browser({ format });
    for (let i = 0; i < 3; i++) await failureOf(c.accounts.login({ loginID: GRACE.email, password: `bad-Pass-${i}` }));
    expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })), 403120);

    await c.accounts.resetPassword({ loginID: GRACE.email });
    const mail = world.emulator.accounts.lastMessage(GRACE.email, 'passwordReset')!;
    const error = expectCode(
      await failureOf(c.accounts.resetPassword({ passwordResetToken: mail.token, newPassword: 'weak' })),
      400009,
    );
    expect(validationErrorsOf(error)[0]).toMatchObject({ fieldName: 'newPassword' });
    await c.accounts.resetPassword({ passwordResetToken: mail.token, newPassword: 'Brand-New-Pass-2' });
    expectCode(
      await failureOf(c.accounts.resetPassword({ passwordResetToken: mail.token, newPassword: 'Brand-New-Pass-3' })),
      400006,
    );
    expect((await c.accounts.login({ loginID: GRACE.email, password: 'Brand-New-Pass-2' })).errorCode).toBe(0);
  });

  it('resetPassword: unknown login IDs are 403047; sendEmail=false hands the token only to a server', async () => {
    const c = world.browser({ format });
    expectCode(await failureOf(c.accounts.resetPassword({ loginID: 'nobody@example.com' })), 403047);
    expectCode(await failureOf(c.accounts.resetPassword({ loginID: GRACE.email, sendEmail: false })), 403007);
    const answer = await world.server({ format }).accounts.resetPassword({ loginID: GRACE.email, sendEmail: false });
    expect(answer['passwordResetToken']).toEqual(expect.any(String));
  });

  it(
    'a social login whose email is an existing login ID is parked (403043); getConflictingAccount and linkAccounts ' +
      'join them',
    async () => {
      const s = world.server({ format });
      world.emulator.accounts.setProviderUser('facebook', 'fb-token-1', { providerUID: 'fb-100', email: GRACE.email });
      const social = { facebook: { authToken: 'fb-token-1' } };
      const parked = expectCode(await failureOf(s.accounts.notifyLogin({ providerSessions: social })), 403043);
      const regToken = regTokenOf(parked);
      expect(regToken).toEqual(expect.any(String));

      const conflict = await s.accounts.getConflictingAccount({ regToken });
      expect(conflict['conflictingAccount']).toMatchObject({ loginID: GRACE.email, loginProviders: ['site'] });

      expectCode(
        await failureOf(s.accounts.linkAccounts({ regToken, loginID: GRACE.email, password: 'wrong-Pass-0' })),
        403042,
      );
      const linked = await s.accounts.linkAccounts({ regToken, loginID: GRACE.email, password: GRACE.password });
      expect(linked['UID']).toBe(GRACE.UID);
      const grace = world.emulator.accounts.get(GRACE.UID)!;
      expect(grace.identities.map((i) => `${i.provider}:${i.providerUID}`)).toEqual(['facebook:fb-100']);
      expect(world.emulator.accounts.list()).toHaveLength(6);
      // The same social login now finds Grace.
      expect((await s.accounts.notifyLogin({ providerSessions: social }))['UID']).toBe(GRACE.UID);
    },
  );
});

describe('setPassword (legacy)', () => {
  it('sets the password from a server call, checking the policy and a current password when one is given', async () => {
    const s = world.server();
    const c = world.browser();
    await s.accounts.setPassword({ UID: GRACE.UID, newPassword: 'Brand-New-Pass-3' });
    expect((await c.accounts.login({ loginID: GRACE.email, password: 'Brand-New-Pass-3' }))['UID']).toBe(GRACE.UID);
    expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })), 403042);
    expectCode(
      await failureOf(s.accounts.setPassword({ UID: GRACE.UID, newPassword: 'Other-Pass-4', password: 'not-it-5X' })),
      403042,
    );
    const weak = expectCode(await failureOf(s.accounts.setPassword({ UID: GRACE.UID, newPassword: 'short' })), 400009);
    expect(validationErrorsOf(weak).map((e) => e.fieldName)).toEqual(['newPassword']);
    expectCode(await failureOf(s.accounts.setPassword({ UID: 'nobody', newPassword: 'Brand-New-Pass-3' })), 403005);
    expectCode(await failureOf(c.accounts.setPassword({ UID: GRACE.UID, newPassword: 'Brand-New-Pass-3' })), 403007);
  });
});

describe.each(['json', 'xml'] as const)('addEmails and removeEmails (format=%s)', (format) => {
  it('adds addresses that are not login IDs, moves one between the lists, and removes them again', async () => {
    const s = world.server({ format });
    // Sorted, and empty lists spelled out (XML leaves them out).
    const emails = async () => {
      const answer = (await s.accounts.getAccountInfo({ UID: GRACE.UID, include: 'emails' }))['emails'] as {
        verified?: string[];
        unverified?: string[];
      };
      return { verified: [...(answer.verified ?? [])].sort(), unverified: [...(answer.unverified ?? [])].sort() };
    };
    await s.accounts.addEmails({
      UID: GRACE.UID,
      verifiedEmails: 'Grace@Navy.example',
      unverifiedEmails: ['g@x.example'],
    });
    expect(await emails()).toEqual({
      verified: [GRACE.email, 'grace@navy.example'].sort(),
      unverified: ['g@x.example'],
    });
    await s.accounts.addEmails({ UID: GRACE.UID, verifiedEmails: ['g@x.example'] });
    expect(await emails()).toEqual({
      verified: [GRACE.email, 'grace@navy.example', 'g@x.example'].sort(),
      unverified: [],
    });
    // The login email is still the login ID.
    expect(world.emulator.accounts.findByLoginID('grace@navy.example')).toBeUndefined();

    const refused = expectCode(
      await failureOf(s.accounts.removeEmails({ UID: GRACE.UID, verifiedEmails: [GRACE.email, 'not an address'] })),
      400009,
    );
    expect(validationErrorsOf(refused).map((e) => e.fieldName)).toEqual(['verifiedEmails', 'verifiedEmails']);
    await s.accounts.removeEmails({ UID: GRACE.UID, verifiedEmails: 'grace@navy.example,g@x.example' });
    expect(await emails()).toEqual({ verified: [GRACE.email], unverified: [] });
    expectCode(await failureOf(s.accounts.addEmails({ UID: 'nobody', verifiedEmails: 'a@b.example' })), 403005);
    expectCode(await failureOf(s.accounts.addEmails({ UID: GRACE.UID })), 400002);
  });
});
