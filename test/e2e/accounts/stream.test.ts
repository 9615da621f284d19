/**
 * accounts.stream end to end: a stream created now sees the changes after it, in order, page by
 * page; re-reading a cursor answers the same page; bad cursors and limits are 400006.
 */
import { expect, it } from 'vitest';
import { expectCode, failureOf, GRACE, registerAccount, useAccountsWorld } from './helpers.js';

const world = useAccountsWorld();

it('pages through the changes made after the stream was created', async () => {
  const s = world.server();
  await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { favoriteColor: 'before' } });
  const { streamId, cursorId } = await s.accounts.stream.create({});
  expect(streamId).toEqual(expect.any(String));

  await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { favoriteColor: 'after' } });
  const created = await registerAccount(world.browser(), { email: 'streamed@example.com' });
  await s.accounts.deleteAccount({ UID: 'ada' });

  const first = await s.accounts.stream.read({ cursorId, limit: 2 });
  expect(first['results']).toEqual([
    { uid: GRACE.UID, operation: 'accountUpdated', details: [] },
    { uid: created['UID'], operation: 'accountCreated', details: [] },
  ]);
  expect((await s.accounts.stream.read({ cursorId, limit: 2 }))['results']).toEqual(first['results']);
  const second = await s.accounts.stream.read({ cursorId: first['cursorId']! });
  expect(
    (second['results'] as Array<{ operation: string; uid: string }>).map((r) => `${r.operation}:${r.uid}`),
  ).toEqual([`accountRegistered:${created['UID']}`, 'accountDeleted:ada']);
  const empty = await s.accounts.stream.read({ cursorId: second['cursorId']! });
  expect(empty['results']).toEqual([]);
  expect(empty['cursorId']).toEqual(expect.any(String));

  expectCode(await failureOf(s.accounts.stream.read({ cursorId: 'nope' })), 400006);
  expectCode(await failureOf(s.accounts.stream.read({ cursorId, limit: 0 })), 400006);
  expectCode(await failureOf(world.browser().accounts.stream.read({ cursorId })), 403007);
});
