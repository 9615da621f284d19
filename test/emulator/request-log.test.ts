import { describe, expect, it } from 'vitest';
import { RequestLog } from '../../src/emulator/request-log.js';

describe('RequestLog', () => {
  it('keeps the newest entries, in completion order, never more than its limit', () => {
    const log = new RequestLog(10, undefined);
    const held = log.entries;
    for (let i = 1; i <= 1_000; i++) {
      log.add({ ...log.open('POST', i), method: `m${i}` });
      expect(log.entries.length).toBe(Math.min(i, 10));
    }
    expect(log.entries.map((e) => e.method)).toEqual(Array.from({ length: 10 }, (_, i) => `m${991 + i}`));
    // A list read before is the live list: it sees the same entries.
    expect(held).toBe(log.entries);
  });

  it('starts a new list on clear, leaving one read before as it was', () => {
    const log = new RequestLog(5, undefined);
    for (let i = 0; i < 7; i++) log.add(log.open('POST', i));
    const before = log.entries;
    log.clear();
    log.add(log.open('GET', 99));
    expect(before).toHaveLength(5);
    expect(log.entries.map((e) => e.httpMethod)).toEqual(['GET']);
  });
});
