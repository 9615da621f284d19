/**
 * Issue 12, defect 2: no walk over caller data recurses without bound. A param nested deeper than
 * MAX_PARAM_DEPTH is refused before sending (client) or with 400006 (emulator); a deeply nested JSON
 * text inside a string param is still traced and logged, with its depths redacted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, GigyaValidationError, getTrace, type CallTrace } from '../../src/index.js';
import { failureOf } from '../e2e/helpers.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { MAX_PARAM_DEPTH } from '../../src/wire/nesting.js';
import { API_KEY, callJson, SECRET } from '../emulator/helpers.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator();
});
beforeEach(() => emu.reset());
afterAll(() => emu.close());

/** `levels` arrays inside each other. */
function nestedArrays(levels: number): unknown {
  return JSON.parse('['.repeat(levels) + ']'.repeat(levels));
}

/** `levels` objects inside each other, the innermost holding a secret-named field. */
function nestedObjects(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { password: 'Deep-Secret-Pa55' };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

function loggedClient(lines: Array<[string, string, CallTrace]>) {
  return createClient({
    apiKey: API_KEY,
    secret: SECRET,
    baseUrl: emu.url,
    logLevel: 'debug',
    logger: {
      debug: (f, m) => lines.push(['debug', m, f.trace as CallTrace]),
      // A failed call is written at info (the error itself reaches the caller).
      info: (f, m) => lines.push(['info', m, f.trace as CallTrace]),
      warn: (f, m) => lines.push(['warn', m, f.trace as CallTrace]),
    },
  });
}

describe('too-deep params', () => {
  it(
    'setStatus with actionAttributes 3,000 levels deep: ' + 'a GigyaValidationError, nothing sent, the logger told',
    async () => {
      const lines: Array<[string, string, CallTrace]> = [];
      const client = loggedClient(lines);
      try {
        const error = await failureOf(
          client.socialize.setStatus({ uid: 'alice', status: 'x', actionAttributes: { x: nestedArrays(3000) } }),
        );
        expect(error).toBeInstanceOf(GigyaValidationError);
        const v = error as GigyaValidationError;
        expect(v.errorCode).toBe(400006);
        expect(v.issues[0]!.path).toBe('actionAttributes');
        expect(v.attempts).toBe(0);
        expect(emu.requests).toHaveLength(0);
        expect(lines.map(([level]) => level)).toEqual(['info']);
      } finally {
        await client.close();
      }
    },
  );

  it('the limit is exact: MAX_PARAM_DEPTH levels are sent, one more is refused (in extraParams too)', async () => {
    const client = loggedClient([]);
    try {
      await client.socialize.setStatus({
        uid: 'alice',
        status: 'x',
        actionAttributes: nestedObjects(MAX_PARAM_DEPTH),
      });
      expect(emu.requests.at(-1)!.errorCode).toBe(0);
      const error = await failureOf(
        client.socialize.setStatus({ uid: 'alice', status: 'x', actionAttributes: nestedObjects(MAX_PARAM_DEPTH + 1) }),
      );
      expect(error).toBeInstanceOf(GigyaValidationError);
      const extra = await failureOf(
        client.socialize.setStatus({ uid: 'alice', status: 'x' }, { extraParams: { deep: nestedArrays(100_000) } }),
      );
      expect(extra).toBeInstanceOf(GigyaValidationError);
      expect((extra as GigyaValidationError).issues[0]!.path).toBe('deep');
    } finally {
      await client.close();
    }
  });

  it('a string param holding deeply nested JSON text is sent, and traced and logged without a RangeError', async () => {
    const lines: Array<[string, string, CallTrace]> = [];
    const client = loggedClient(lines);
    try {
      const text = `${'{"a":'.repeat(20_000)}{"password":"Deep-Secret-Pa55"}${'}'.repeat(20_000)}`;
      const result = await client.socialize.setStatus({ uid: 'alice', status: 'x' }, { extraParams: { note: text } });
      expect(lines.map(([level]) => level)).toEqual(['debug']);
      const traced = getTrace(result)!.params['note']!;
      expect(traced).not.toContain('Deep-Secret-Pa55');
      expect(traced.length).toBeLessThan(text.length);
    } finally {
      await client.close();
    }
  });
});

describe('the emulator', () => {
  it('answers 400006 for settings 10,000 levels deep (not 500001), and keeps serving', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const answer = await callJson(emu.url, 'socialize.setUserSettings', { uid: 'alice', settings: deep });
    expect(answer.errorCode).toBe(400006);
    const fine = await callJson(emu.url, 'socialize.setUserSettings', { uid: 'alice', settings: { a: { b: 1 } } });
    expect(fine.errorCode).toBe(0);
  });
});
