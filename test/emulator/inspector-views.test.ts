import { describe, expect, it } from 'vitest';
import { summaryJson, summaryOf } from '../../src/emulator/inspector/views.js';
import { RequestLog } from '../../src/emulator/request-log.js';
import type { RecordedRequest } from '../../src/emulator/types.js';

describe('summaryJson', () => {
  it('writes what JSON.stringify writes of the summary', () => {
    const log = new RequestLog(10, undefined);
    const base = log.open('POST', 1_767_225_600_123);
    const records: RecordedRequest[] = [
      base,
      { ...base, method: 'socialize.setStatus', apiKey: '3_site', authMode: 'signed', errorCode: 0, httpStatus: 200 },
      { ...base, method: 'we"ird\\name\n', apiKey: '</script>\u2028', durationMs: 0.04999 },
      { ...base, receivedAt: 1.5, durationMs: 12.345, faults: ['latency', 'truncate'], errorCode: 403003 },
      { ...base, receivedAt: Number.NaN, durationMs: Number.POSITIVE_INFINITY, httpStatus: 503 },
      {
        ...base,
        signatureCheck: { baseString: 'b', keyName: 'site secret', mistake: undefined } as never,
        errorCode: 403003,
      },
    ];
    for (const r of records) expect(summaryJson(r)).toBe(JSON.stringify(summaryOf(r)));
  });
});
