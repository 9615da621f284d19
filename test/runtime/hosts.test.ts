import { describe, expect, it } from 'vitest';
import { GigyaConfigError } from '../../src/errors.js';
import { checkMethodName, DATA_CENTERS, methodUrl, namespaceOf, resolveEndpoint } from '../../src/wire/hosts.js';

const url = (options: Parameters<typeof resolveEndpoint>[0], method: string): string =>
  methodUrl(resolveEndpoint(options), method).href;

describe('data centers', () => {
  it('maps every data center the issue names to its API domain, us1 by default, over https', () => {
    expect(DATA_CENTERS).toEqual({
      us1: 'us1.gigya.com',
      eu1: 'eu1.gigya.com',
      au1: 'au1.gigya.com',
      eu2: 'eu2.gigya.com',
      cn1: 'cn1.sapcdm.cn',
      global: 'global.gigya.com',
      ru1: 'ru1.gigya.com',
      il1: 'il1.gigya.com',
    });
    expect(url({}, 'socialize.getUserInfo')).toBe('https://socialize.us1.gigya.com/socialize.getUserInfo');
    for (const [dc, domain] of Object.entries(DATA_CENTERS)) {
      expect(url({ dataCenter: dc }, 'socialize.setStatus')).toBe(`https://socialize.${domain}/socialize.setStatus`);
    }
  });

  it('accepts every data center the seeds and the reference name, by name and in any case', () => {
    // The seed's SDK guide lists a Russian data center; the reference adds il1 (a community SDK's type).
    expect(url({ dataCenter: 'ru1' }, 'socialize.getUserInfo')).toBe(
      'https://socialize.ru1.gigya.com/socialize.getUserInfo',
    );
    expect(url({ dataCenter: 'il1' }, 'accounts.search')).toBe('https://accounts.il1.gigya.com/accounts.search');
    expect(url({ dataCenter: ' EU1 ' }, 'ds.get')).toBe('https://ds.eu1.gigya.com/ds.get');
    expect(() => resolveEndpoint({ dataCenter: 42 as never })).toThrow(/dataCenter must be a string/);
    expect(() => resolveEndpoint({ dataCenter: 'us2' })).toThrow(
      /Use one of us1, eu1, au1, eu2, cn1, global, ru1, il1/,
    );
  });

  it('uses plain http only when protocol says so', () => {
    expect(url({ protocol: 'http', dataCenter: 'eu1' }, 'socialize.setStatus')).toBe(
      'http://socialize.eu1.gigya.com/socialize.setStatus',
    );
    expect(() => resolveEndpoint({ protocol: 'ftp' as never })).toThrow(GigyaConfigError);
  });

  it('accepts any apiDomain (it wins over dataCenter), and a full domain as dataCenter', () => {
    expect(url({ apiDomain: 'us1-st1.gigya.com', dataCenter: 'eu1' }, 'accounts.getAccountInfo')).toBe(
      'https://accounts.us1-st1.gigya.com/accounts.getAccountInfo',
    );
    expect(url({ dataCenter: 'il1.gigya.com' }, 'socialize.getUserInfo')).toBe(
      'https://socialize.il1.gigya.com/socialize.getUserInfo',
    );
    expect(url({ apiDomain: 'EU1.Gigya.com.' }, 'ds.store')).toBe('https://ds.eu1.gigya.com/ds.store');
    expect(() => resolveEndpoint({ dataCenter: 'mars1' })).toThrow(/Unknown dataCenter "mars1"/);
    expect(() => resolveEndpoint({ apiDomain: 'evil.example/x?y=' })).toThrow(GigyaConfigError);
  });

  it('serves a method from its namespace host, nested names included', () => {
    expect(namespaceOf('accounts.tfa.initTFA')).toBe('accounts');
    expect(url({}, 'accounts.tfa.initTFA')).toBe('https://accounts.us1.gigya.com/accounts.tfa.initTFA');
  });
});

describe('baseUrl', () => {
  it('sends every method to <baseUrl>/<method>, keeping a path prefix and the scheme as given', () => {
    expect(url({ baseUrl: 'http://127.0.0.1:4010', dataCenter: 'eu1', protocol: 'https' }, 'socialize.setStatus')).toBe(
      'http://127.0.0.1:4010/socialize.setStatus',
    );
    expect(url({ baseUrl: 'https://gw.example.com/gigya' }, 'accounts.tfa.initTFA')).toBe(
      'https://gw.example.com/gigya/accounts.tfa.initTFA',
    );
    expect(url({ baseUrl: 'https://gw.example.com/gigya/' }, 'socialize.getUserInfo')).toBe(
      'https://gw.example.com/gigya/socialize.getUserInfo',
    );
  });

  it('rejects what cannot be a base URL', () => {
    for (const bad of [
      '127.0.0.1:4010',
      'ftp://host',
      'http://host/?a=1',
      'http://host/#x',
      'http://user:hunter2@host',
    ]) {
      expect(() => resolveEndpoint({ baseUrl: bad }), bad).toThrow(GigyaConfigError);
    }
    const error = (() => {
      try {
        resolveEndpoint({ baseUrl: 'http://user:hunter2@host' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a config error');
    })();
    expect(error.message).not.toContain('hunter2');
  });
});

describe('checkMethodName', () => {
  it('accepts full dotted names (one leading slash dropped) and refuses the rest', () => {
    expect(checkMethodName('socialize.getUserInfo')).toBe('socialize.getUserInfo');
    expect(checkMethodName('/accounts.tfa.initTFA')).toBe('accounts.tfa.initTFA');
    for (const bad of ['getUserInfo', 'not a method', 'socialize..x', 'socialize.get/../x', '']) {
      expect(() => checkMethodName(bad), bad).toThrow(GigyaConfigError);
    }
  });
});
