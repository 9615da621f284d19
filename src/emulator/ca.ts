/**
 * The emulator's certificate authority: a CA of its own that signs a certificate for each host a
 * client tunnels to (`CONNECT socialize.us1.gigya.com:443`), so the emulator can end TLS for SDKs
 * that speak plain HTTP to their proxy (SAP's Java and Python SDKs). A user trusts the CA once
 * (`NODE_EXTRA_CA_CERTS`, a JVM truststore, Python's CA file) and every tunnelled host verifies.
 *
 * Certificates are built here as DER (X.509 v3, ECDSA P-256 with SHA-256) and signed with
 * node:crypto, so no dependency and no `openssl` binary is needed.
 */
import {
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { isIP } from 'node:net';
import { createSecureContext, type SecureContext } from 'node:tls';
import type { EmulatorTlsOptions } from './types.js';

// ---------------------------------------------------------------------------------------------
// DER

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
const set = (...parts: Buffer[]): Buffer => tlv(0x31, ...parts);
const octets = (data: Buffer): Buffer => tlv(0x04, data);
const bits = (data: Buffer, unused = 0): Buffer => tlv(0x03, Buffer.from([unused]), data);
const bool = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));
const explicit = (n: number, inner: Buffer): Buffer => tlv(0xa0 + n, inner);

/** A non-negative INTEGER from big-endian bytes. */
function integer(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return tlv(0x02, (trimmed[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime up to 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
function time(at: Date): Buffer {
  const iso = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return at.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyId: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyId: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
} as const;

function name(commonName: string): Buffer {
  return seq(
    set(seq(oid(OID.organization), utf8('gigya-typed emulator'))),
    set(seq(oid(OID.commonName), utf8(commonName))),
  );
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}

/** dNSName or iPAddress entries of a subjectAltName. */
function altNames(host: string): Buffer {
  const family = isIP(host);
  if (family === 4) return seq(tlv(0x87, Buffer.from(host.split('.').map(Number))));
  if (family === 6) return seq(tlv(0x87, ipv6Bytes(host)));
  return seq(tlv(0x82, Buffer.from(host, 'ascii')));
}

function ipv6Bytes(host: string): Buffer {
  const [head = '', tail = ''] = host.split('::');
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const h = groups(head);
  const t = groups(tail);
  const all = host.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return Buffer.concat(all.map((g) => Buffer.from(g.padStart(4, '0'), 'hex')));
}

interface CertificateSpec {
  readonly subject: string;
  readonly publicKey: KeyObject;
  readonly issuer: string;
  readonly issuerKey: KeyObject;
  readonly issuerKeyId: Buffer;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions: readonly Buffer[];
}

function keyId(publicKey: KeyObject): Buffer {
  return createHash('sha1')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest();
}

function certificate(spec: CertificateSpec): string {
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const algorithm = seq(oid(OID.ecdsaWithSha256));
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    algorithm,
    name(spec.issuer),
    seq(time(spec.notBefore), time(spec.notAfter)),
    name(spec.subject),
    spec.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(
      3,
      seq(
        ...spec.extensions,
        extension(OID.subjectKeyId, false, octets(keyId(spec.publicKey))),
        extension(OID.authorityKeyId, false, seq(tlv(0x80, spec.issuerKeyId))),
      ),
    ),
  );
  const der = seq(tbs, algorithm, bits(sign('sha256', tbs, spec.issuerKey)));
  return `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;
}

// ---------------------------------------------------------------------------------------------
// The CA

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export class EmulatorCa {
  /** The CA certificate (PEM) to trust. */
  readonly certificate: string;
  readonly #key: KeyObject;
  readonly #subject: string;
  readonly #keyId: Buffer;
  readonly #now: () => number;
  readonly #contexts = new Map<string, SecureContext>();

  private constructor(certificate: string, key: KeyObject, now: () => number) {
    const parsed = new X509Certificate(certificate);
    if (!parsed.ca) throw new TypeError('The emulator CA certificate is not a CA (basicConstraints CA:TRUE).');
    if (!parsed.checkPrivateKey(key)) throw new TypeError('The emulator CA key does not match its certificate.');
    this.certificate = certificate;
    this.#key = key;
    this.#subject = /CN=([^\n]+)/.exec(parsed.subject)?.[1] ?? 'gigya-typed emulator CA';
    this.#keyId = keyId(parsed.publicKey);
    this.#now = now;
  }

  /** A new CA, valid for a year, or the given one (its key must be ECDSA P-256, RSA or Ed25519). */
  static create(given: EmulatorTlsOptions | undefined, now: () => number = Date.now): EmulatorCa {
    if (given) return new EmulatorCa(given.cert.toString(), createPrivateKey(given.key), now);
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const subject = `gigya-typed emulator CA ${randomBytes(4).toString('hex')}`;
    const at = now();
    const pem = certificate({
      subject,
      publicKey,
      issuer: subject,
      issuerKey: privateKey,
      issuerKeyId: keyId(publicKey),
      notBefore: new Date(at - DAY),
      notAfter: new Date(at + 365 * DAY),
      extensions: [
        extension(OID.basicConstraints, true, seq(bool(true), integer(Buffer.from([0])))),
        // keyCertSign and cRLSign.
        extension(OID.keyUsage, true, bits(Buffer.from([0x06]), 1)),
      ],
    });
    return new EmulatorCa(pem, privateKey, now);
  }

  /** The CA key as PKCS#8 PEM, to start a later run with the same CA. */
  exportKey(): string {
    return this.#key.export({ type: 'pkcs8', format: 'pem' }).toString();
  }

  /** A TLS context with a certificate for `host` (a name or an IP), signed by this CA; cached per host. */
  contextFor(host: string): SecureContext {
    const key = host.toLowerCase();
    let context = this.#contexts.get(key);
    if (!context) {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const at = this.#now();
      const cert = certificate({
        subject: key,
        publicKey,
        issuer: this.#subject,
        issuerKey: this.#key,
        issuerKeyId: this.#keyId,
        notBefore: new Date(at - HOUR),
        notAfter: new Date(at + 30 * DAY),
        extensions: [
          extension(OID.basicConstraints, true, seq()),
          // digitalSignature.
          extension(OID.keyUsage, true, bits(Buffer.from([0x80]), 7)),
          extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth))),
          extension(OID.subjectAltName, false, altNames(key)),
        ],
      });
      context = createSecureContext({
        key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        cert: `${cert}${this.certificate}`,
      });
      if (this.#contexts.size >= 1_000) this.#contexts.clear();
      this.#contexts.set(key, context);
    }
    return context;
  }
}
