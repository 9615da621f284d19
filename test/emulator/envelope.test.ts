import { describe, expect, it } from 'vitest';
import {
  apiError,
  buildEnvelope,
  envelopeJson,
  newCallId,
  renderEnvelope,
  renderOutcome,
} from '../../src/emulator/envelope.js';
import type { ApiOutcome } from '../../src/emulator/envelope.js';

const CALL_ID = '0123456789abcdef0123456789abcdef';

/** Outcomes whose JSON text must not depend on the way it is written. */
const OUTCOMES: ApiOutcome[] = [
  { errorCode: 0 },
  { errorCode: 0, data: {} },
  { errorCode: 0, data: { providerPostIDs: { twitter: 'p1' }, UID: 'alice' } },
  { errorCode: 0, data: { skipped: undefined, kept: null, list: [1, 'two', { three: 3 }] } },
  // Data never overwrites the envelope's own fields.
  { errorCode: 0, data: { callId: 'forged', time: 'then', statusCode: 500, extra: 'x' } },
  // Keys that are array indexes come first in an object, whatever the insertion order.
  { errorCode: 0, data: { name: 'n', 7: 'seven', 0: 'zero', '01': 'not an index' } },
  { errorCode: 0, data: { when: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)), toJSONKey: { toJSON: (k: string) => k } } },
  { errorCode: 0, data: { fn: () => 1, text: 'quote " backslash \\ line\n and \u2028' } },
  apiError(403003, 'Invalid signature'),
  apiError(400006, 'Invalid parameter value', { validationErrors: [{ errorCode: 400006, fieldName: 'UID' }] }),
  { errorCode: 301001, errorMessage: 'Moved', data: { apiDomain: 'eu1.gigya.com' } },
  { errorCode: 999999 },
  { errorCode: 400006.5 },
];

describe('envelopeJson', () => {
  it('writes what JSON.stringify writes of the envelope object', () => {
    const times = [0, 1, 999, 1_000, 1_767_225_600_123, 1_767_225_600_999.7, -1, -1_001, 253_402_300_799_999];
    for (const outcome of OUTCOMES)
      for (const nowMs of times)
        for (const [callId, context] of [
          [CALL_ID, undefined],
          [CALL_ID, 'ctx "1"'],
          ['not "hex" \\ </script>', ''],
        ] as const) {
          const ctx = { callId, nowMs, context };
          expect(envelopeJson(outcome, ctx)).toBe(JSON.stringify(buildEnvelope(outcome, ctx)));
        }
  });

  it('writes years a Date writes with six digits the same way too', () => {
    const ctx = { callId: CALL_ID, nowMs: 253_402_300_800_000, context: undefined };
    expect(envelopeJson({ errorCode: 0 }, ctx)).toBe(JSON.stringify(buildEnvelope({ errorCode: 0 }, ctx)));
    expect(envelopeJson({ errorCode: 0 }, ctx)).toContain('"time":"+010000-01-01T00:00:00.000Z"');
  });

  it('throws for a time no Date holds, as the object form does', () => {
    const ctx = { callId: CALL_ID, nowMs: Number.NaN, context: undefined };
    expect(() => buildEnvelope({ errorCode: 0 }, ctx)).toThrow(RangeError);
    expect(() => envelopeJson({ errorCode: 0 }, ctx)).toThrow(RangeError);
  });

  it('renders every format as renderEnvelope renders the envelope object', () => {
    const ctx = { callId: CALL_ID, nowMs: 1_767_225_600_123, context: 'c' };
    for (const outcome of OUTCOMES.filter((o) => !Object.values(o.data ?? {}).some((v) => typeof v === 'function')))
      for (const format of ['json', 'jsonp', 'xml'] as const) {
        const callback = format === 'jsonp' ? 'cb.done' : undefined;
        expect(renderOutcome(format, 'socialize.setStatus', outcome, ctx, callback)).toEqual(
          renderEnvelope(format, 'socialize.setStatus', buildEnvelope(outcome, ctx), callback),
        );
      }
  });
});

describe('newCallId', () => {
  it('gives 32 hex digits, never the same twice, across many draws of the random pool', () => {
    const ids = Array.from({ length: 2_000 }, newCallId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
