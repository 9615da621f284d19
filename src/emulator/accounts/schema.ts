/**
 * A site's account schema, as `accounts.setSchema` / `getSchema` describe it: typed fields in
 * profile, data, preferences (consents) and subscriptions, each with `required`, `writeAccess`,
 * `allowNull`, an optional `format` regex, and a dynamic data schema that learns new fields.
 *
 * Writes are checked here and come back normalized (numeric text read as numbers and so on, since
 * Gigya accepts form-encoded values) with Gigya-style field errors.
 */
import type { ValidationError } from './outcome.js';
import { isPlainObject, type JsonObject } from './params.js';

export type FieldType =
  | 'string'
  | 'basic-string'
  | 'text'
  | 'long'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'date'
  | 'consent'
  | 'subscription'
  | 'array'
  | 'object';
export type WriteAccess = 'serverOnly' | 'clientCreate' | 'clientModify';
export type SchemaSection = 'profile' | 'data' | 'preferences' | 'subscriptions';

export const SCHEMA_SECTIONS: readonly SchemaSection[] = ['profile', 'data', 'preferences', 'subscriptions'];

const DATA_TYPES: readonly FieldType[] = [
  'string',
  'basic-string',
  'text',
  'long',
  'integer',
  'float',
  'boolean',
  'date',
];
const WRITE_ACCESS: readonly WriteAccess[] = ['serverOnly', 'clientCreate', 'clientModify'];

export interface SchemaField {
  readonly type: FieldType;
  readonly required: boolean;
  readonly writeAccess: WriteAccess;
  readonly allowNull: boolean;
  /** `regex('…')` as Gigya spells it. */
  readonly format?: string;
  readonly encrypt?: string;
  /** Learned from a write under the dynamic data schema rather than declared. */
  readonly dynamic?: boolean;
}

// Gigya's predefined profile fields. Basic ones come back from getAccountInfo by default; the
// others only when named in extraProfileFields.
const BASIC_PROFILE: Readonly<Record<string, FieldType>> = {
  email: 'string',
  firstName: 'string',
  lastName: 'string',
  nickname: 'string',
  photoURL: 'string',
  thumbnailURL: 'string',
  profileURL: 'string',
  gender: 'string',
  age: 'long',
  birthDay: 'long',
  birthMonth: 'long',
  birthYear: 'long',
  country: 'string',
  state: 'string',
  city: 'string',
  zip: 'string',
  proxiedEmail: 'string',
};

const EXTRA_PROFILE: Readonly<Record<string, FieldType>> = {
  languages: 'string',
  address: 'string',
  phones: 'array',
  education: 'array',
  educationLevel: 'string',
  honors: 'string',
  publications: 'array',
  patents: 'array',
  certifications: 'array',
  professionalHeadline: 'string',
  bio: 'string',
  industry: 'string',
  specialties: 'string',
  work: 'array',
  skills: 'array',
  religion: 'string',
  politicalView: 'string',
  interestedIn: 'string',
  relationshipStatus: 'string',
  hometown: 'string',
  favorites: 'object',
  followersCount: 'long',
  followingCount: 'long',
  username: 'string',
  name: 'string',
  locale: 'string',
  verified: 'boolean',
  timezone: 'string',
  likes: 'array',
  samlData: 'object',
  oidcData: 'object',
};

export const BASIC_PROFILE_FIELDS: readonly string[] = Object.keys(BASIC_PROFILE);
export const EXTRA_PROFILE_FIELDS: readonly string[] = Object.keys(EXTRA_PROFILE);

/** setSchema's shape for one section. Field names may carry the section prefix (`data.x`) or not. */
export interface SchemaSectionInput {
  readonly fields?: Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;
  readonly dynamicSchema?: boolean;
}

export interface SetSchemaInput {
  readonly profileSchema?: SchemaSectionInput;
  readonly dataSchema?: SchemaSectionInput;
  readonly preferencesSchema?: SchemaSectionInput;
  readonly subscriptionsSchema?: SchemaSectionInput;
}

const SECTION_OF_INPUT: Readonly<Record<keyof SetSchemaInput, SchemaSection>> = {
  profileSchema: 'profile',
  dataSchema: 'data',
  preferencesSchema: 'preferences',
  subscriptionsSchema: 'subscriptions',
};

const PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

function schemaError(fieldName: string, message: string, errorCode = 400006): ValidationError {
  return { errorCode, message, fieldName };
}

/** Compiles `regex('…')` (or a bare pattern); undefined when it does not compile. */
export function compileFormat(format: string): RegExp | undefined {
  const m = /^regex\((['"])(.*)\1\)$/s.exec(format.trim());
  try {
    return new RegExp(m ? (m[2] ?? '') : format);
  } catch {
    return undefined;
  }
}

export interface NormalizedWrite {
  /** The update with values in their stored types (same shape as given). */
  readonly update: JsonObject;
  readonly errors: readonly ValidationError[];
  /** Fields the dynamic data schema learns if the write is applied. */
  readonly learned: ReadonlyMap<string, SchemaField>;
}

export class SiteSchema {
  readonly #fields: Record<SchemaSection, Map<string, SchemaField>> = {
    profile: new Map(),
    data: new Map(),
    preferences: new Map(),
    subscriptions: new Map(),
  };
  #dynamicData = true;
  readonly #formats = new Map<string, RegExp>();

  constructor() {
    for (const [name, type] of [...Object.entries(BASIC_PROFILE), ...Object.entries(EXTRA_PROFILE)]) {
      this.#fields.profile.set(name, { type, required: false, writeAccess: 'clientModify', allowNull: true });
    }
  }

  get dynamicDataSchema(): boolean {
    return this.#dynamicData;
  }

  field(section: SchemaSection, path: string): SchemaField | undefined {
    return this.#fields[section].get(path);
  }

  fields(section: SchemaSection): ReadonlyMap<string, SchemaField> {
    return this.#fields[section];
  }

  /**
   * Applies an `accounts.setSchema` call atomically: every problem is reported and nothing changes
   * unless all of it is valid. A field set to null is removed (data, preferences, subscriptions).
   */
  apply(input: SetSchemaInput): ValidationError[] {
    const errors: ValidationError[] = [];
    const staged: Array<{ section: SchemaSection; path: string; field: SchemaField | null }> = [];
    let dynamic: boolean | undefined;
    for (const key of Object.keys(input) as Array<keyof SetSchemaInput>) {
      const section = SECTION_OF_INPUT[key];
      const def = input[key];
      if (section === undefined || def === undefined) continue;
      if (!isPlainObject(def)) {
        errors.push(schemaError(key, `${key} must be an object with a "fields" object`));
        continue;
      }
      if (def.dynamicSchema !== undefined) {
        if (section !== 'data' || typeof def.dynamicSchema !== 'boolean')
          errors.push(schemaError(`${key}.dynamicSchema`, 'dynamicSchema is a boolean of dataSchema only'));
        else dynamic = def.dynamicSchema;
      }
      if (def.fields === undefined) continue;
      if (!isPlainObject(def.fields)) {
        errors.push(schemaError(`${key}.fields`, 'fields must be an object keyed by field name'));
        continue;
      }
      for (const [name, spec] of Object.entries(def.fields)) {
        const path = name.startsWith(`${section}.`) ? name.slice(section.length + 1) : name;
        const where = `${section}.${path}`;
        const result = this.#stageField(section, path, spec, where);
        if (typeof result === 'string') errors.push(schemaError(where, result));
        else staged.push({ section, path, field: result });
      }
    }
    // A field cannot sit under another field, in the schema as it would become.
    for (const s of staged) {
      if (s.field === null) continue;
      const conflict = this.#pathConflict(s.section, s.path, staged);
      if (conflict !== undefined) errors.push(schemaError(`${s.section}.${s.path}`, conflict));
    }
    if (errors.length > 0) return errors;
    for (const s of staged) {
      if (s.field === null) this.#fields[s.section].delete(s.path);
      else this.#fields[s.section].set(s.path, s.field);
    }
    if (dynamic !== undefined) this.#dynamicData = dynamic;
    return [];
  }

  #stageField(section: SchemaSection, path: string, spec: unknown, where: string): SchemaField | null | string {
    if (!PATH.test(path)) return `"${path}" is not a valid field name (dot-separated words)`;
    const existing = this.#fields[section].get(path);
    if (spec === null) {
      if (section === 'profile') return 'profile fields are predefined and cannot be removed';
      if (!existing) return `${where} is not in the schema`;
      return null;
    }
    if (!isPlainObject(spec)) return 'a field definition must be an object (or null to remove it)';
    if (section === 'profile' && !existing) return `${path} is not a profile field; custom fields go in dataSchema`;
    const type = spec['type'];
    let resolvedType: FieldType;
    if (section === 'preferences') {
      if (type !== undefined && type !== 'consent') return 'preferences fields are of type "consent"';
      resolvedType = 'consent';
    } else if (section === 'subscriptions') {
      resolvedType = 'subscription';
    } else if (type === undefined) {
      resolvedType = existing?.type ?? 'string';
    } else if (typeof type !== 'string' || !(DATA_TYPES as readonly string[]).includes(type)) {
      return `type ${JSON.stringify(type)} is not one of ${DATA_TYPES.join(', ')}`;
    } else {
      resolvedType = type as FieldType;
    }
    if (existing && existing.type !== resolvedType) {
      return `the type of ${where} is ${existing.type}; a field's type cannot be changed (remove the field first)`;
    }
    const writeAccess =
      spec['writeAccess'] ?? existing?.writeAccess ?? (section === 'profile' ? 'clientModify' : 'serverOnly');
    if (typeof writeAccess !== 'string' || !(WRITE_ACCESS as readonly string[]).includes(writeAccess)) {
      return `writeAccess ${JSON.stringify(writeAccess)} is not one of ${WRITE_ACCESS.join(', ')}`;
    }
    for (const flag of ['required', 'allowNull'] as const) {
      if (spec[flag] !== undefined && typeof spec[flag] !== 'boolean') return `${flag} must be true or false`;
    }
    const format = spec['format'] ?? existing?.format;
    if (format !== undefined && format !== null) {
      if (typeof format !== 'string' || compileFormat(format) === undefined)
        return `format ${JSON.stringify(format)} is not a valid regex('…')`;
    }
    const encrypt = spec['encrypt'] ?? existing?.encrypt;
    return {
      type: resolvedType,
      required: (spec['required'] as boolean | undefined) ?? existing?.required ?? false,
      writeAccess: writeAccess as WriteAccess,
      allowNull: (spec['allowNull'] as boolean | undefined) ?? existing?.allowNull ?? true,
      ...(typeof format === 'string' ? { format } : {}),
      ...(typeof encrypt === 'string' && encrypt !== '' ? { encrypt } : {}),
    };
  }

  #pathConflict(
    section: SchemaSection,
    path: string,
    staged: ReadonlyArray<{ section: SchemaSection; path: string; field: SchemaField | null }>,
  ): string | undefined {
    const removed = new Set(staged.filter((s) => s.section === section && s.field === null).map((s) => s.path));
    const all = new Set([...this.#fields[section].keys()].filter((p) => !removed.has(p)));
    for (const s of staged) if (s.section === section && s.field !== null) all.add(s.path);
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('.');
      if (all.has(parent)) return `${section}.${parent} is a field; nothing can be defined under it`;
    }
    for (const other of all)
      if (other.startsWith(`${path}.`)) return `${section}.${path} has fields under it (${section}.${other})`;
    return undefined;
  }

  /** `accounts.getSchema`'s answer. */
  describe(): Record<string, unknown> {
    const section = (s: SchemaSection): Record<string, unknown> => {
      const fields: Record<string, unknown> = {};
      for (const [path, f] of [...this.#fields[s]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const { dynamic: _dynamic, ...rest } = f;
        fields[path] = { ...rest };
      }
      return fields;
    };
    return {
      profileSchema: { fields: section('profile') },
      dataSchema: { fields: section('data'), dynamicSchema: this.#dynamicData },
      preferencesSchema: { fields: section('preferences') },
      subscriptionsSchema: { fields: section('subscriptions') },
    };
  }

  /**
   * Checks an update of one section against the schema for a caller and normalizes its values.
   * `current` is the section as stored (for clientCreate, which lets a client set a value once).
   */
  normalize(section: SchemaSection, update: JsonObject, current: JsonObject, trusted: boolean): NormalizedWrite {
    const errors: ValidationError[] = [];
    const learned = new Map<string, SchemaField>();
    const out = this.#walk(section, update, current, '', trusted, errors, learned);
    return { update: out, errors, learned };
  }

  /** Makes learned dynamic fields part of the schema (after a write that used them succeeded). */
  learn(fields: ReadonlyMap<string, SchemaField>): void {
    for (const [path, field] of fields) if (!this.#fields.data.has(path)) this.#fields.data.set(path, field);
  }

  #walk(
    section: SchemaSection,
    update: JsonObject,
    current: unknown,
    prefix: string,
    trusted: boolean,
    errors: ValidationError[],
    learned: Map<string, SchemaField>,
  ): JsonObject {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(update)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const fieldName = `${section}.${path}`;
      const cur = isPlainObject(current) ? current[key] : undefined;
      if (!/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) {
        errors.push(schemaError(fieldName, `"${key}" is not a valid field name`));
        continue;
      }
      const declared = this.#fields[section].get(path);
      const isLeaf = declared !== undefined || !isPlainObject(value) || this.#isLeafObject(section, value);
      if (!isLeaf) {
        if (this.#ancestorField(section, path) !== undefined) {
          errors.push(
            schemaError(
              fieldName,
              `${section}.${this.#ancestorField(section, path)} is a field, not an object`,
              400023,
            ),
          );
          continue;
        }
        out[key] = this.#walk(section, value as JsonObject, cur, path, trusted, errors, learned);
        continue;
      }
      const result = this.#leaf(section, path, value, cur, trusted, learned);
      if ('error' in result) errors.push(result.error);
      else out[key] = result.value;
    }
    return out;
  }

  #isLeafObject(section: SchemaSection, value: JsonObject): boolean {
    if (section === 'preferences') return 'isConsentGranted' in value;
    if (section === 'subscriptions') return 'isSubscribed' in value;
    return false;
  }

  #ancestorField(section: SchemaSection, path: string): string | undefined {
    const parts = path.split('.');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('.');
      if (this.#fields[section].has(parent)) return parent;
    }
    return undefined;
  }

  #leaf(
    section: SchemaSection,
    path: string,
    value: unknown,
    current: unknown,
    trusted: boolean,
    learned: Map<string, SchemaField>,
  ): { value: unknown } | { error: ValidationError } {
    const fieldName = `${section}.${path}`;
    let field = this.#fields[section].get(path) ?? learned.get(path);
    const parent = this.#ancestorField(section, path);
    if (parent !== undefined)
      return { error: schemaError(fieldName, `${section}.${parent} is a field, not an object`, 400023) };
    if (field === undefined) {
      if (value === null) return { value: null };
      if (section !== 'data' || !this.#dynamicData) {
        const why =
          section === 'profile'
            ? `${path} is not a profile field; custom fields go in data`
            : section === 'data'
              ? `${fieldName} is not in the data schema and the site's dynamic schema is off`
              : `${fieldName} is not defined in the ${section} schema`;
        return { error: schemaError(fieldName, why) };
      }
      const inferred = inferType(value);
      if (inferred === undefined)
        return {
          error: schemaError(
            fieldName,
            'a value of this kind cannot be stored (use strings, numbers, booleans, arrays or objects)',
            400023,
          ),
        };
      // Fields learned from a write are open to the Web SDK too (sources are silent on the default).
      field = { type: inferred, required: false, writeAccess: 'clientModify', allowNull: true, dynamic: true };
      learned.set(path, field);
    }
    if (!trusted) {
      if (field.writeAccess === 'serverOnly')
        return {
          error: schemaError(
            fieldName,
            `${fieldName} can only be written by server calls (writeAccess serverOnly)`,
            400025,
          ),
        };
      if (field.writeAccess === 'clientCreate' && current !== undefined && current !== null) {
        return {
          error: schemaError(
            fieldName,
            `${fieldName} is already set; only server calls can change it (writeAccess clientCreate)`,
            400025,
          ),
        };
      }
    }
    if (value === null) {
      if (field.required) return { error: schemaError(fieldName, 'This field is required', 400027) };
      return { value: null };
    }
    const typed = coerce(field.type, value);
    if (typed === INVALID) return { error: schemaError(fieldName, `expected a value of type ${field.type}`, 400023) };
    if (field.format !== undefined && typeof typed === 'string') {
      let re = this.#formats.get(field.format);
      if (!re) {
        re = compileFormat(field.format);
        if (re) this.#formats.set(field.format, re);
      }
      if (re && !re.test(typed))
        return { error: schemaError(fieldName, `the value does not match the field's format ${field.format}`, 400026) };
    }
    return { value: typed };
  }

  /** Required schema fields the account lacks (names as `data.x`), checked before registration completes. */
  missingRequired(sections: Readonly<Record<SchemaSection, JsonObject>>): string[] {
    const missing: string[] = [];
    for (const section of SCHEMA_SECTIONS) {
      for (const [path, field] of this.#fields[section]) {
        if (!field.required) continue;
        const value = getPath(sections[section], path);
        const present =
          section === 'preferences'
            ? isPlainObject(value) && value['isConsentGranted'] === true
            : value !== undefined && value !== null && value !== '';
        if (!present) missing.push(`${section}.${path}`);
      }
    }
    return missing;
  }
}

const INVALID = Symbol('invalid');

function coerce(type: FieldType, value: unknown): unknown {
  if (Array.isArray(value) && type !== 'array' && type !== 'object' && type !== 'consent' && type !== 'subscription') {
    // A typed field may hold a list of values of its type (Gigya's arrays of strings, numbers, …).
    const items = value.map((v) => coerce(type, v));
    return items.includes(INVALID) ? INVALID : items;
  }
  switch (type) {
    case 'string':
    case 'basic-string':
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return INVALID;
    case 'long':
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
      return INVALID;
    case 'float':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return INVALID;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return INVALID;
    case 'date':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
      if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
      return INVALID;
    case 'array':
      return Array.isArray(value) ? value : INVALID;
    case 'object':
      return isPlainObject(value) ? value : INVALID;
    case 'consent':
      return flaggedObject(value, 'isConsentGranted', ['tags', 'entitlements'], ['docVersion']);
    case 'subscription':
      return flaggedObject(value, 'isSubscribed', ['tags']);
  }
}

/**
 * A consent or subscription leaf: an object whose `flag` (isConsentGranted, isSubscribed) is a
 * boolean (or its text), whose list members are arrays, and whose numeric members are numbers.
 */
function flaggedObject(
  value: unknown,
  flag: string,
  arrays: readonly string[],
  numbers: readonly string[] = [],
): unknown {
  if (!isPlainObject(value)) return INVALID;
  const out: JsonObject = { ...value };
  const given = value[flag];
  if (given === 'true' || given === 'false') out[flag] = given === 'true';
  else if (typeof given !== 'boolean') return INVALID;
  for (const key of numbers) {
    if (out[key] === undefined || typeof out[key] === 'number') continue;
    const n = Number(out[key]);
    if (!Number.isFinite(n)) return INVALID;
    out[key] = n;
  }
  for (const key of arrays) if (out[key] !== undefined && !Array.isArray(out[key])) return INVALID;
  return out;
}

function inferType(value: unknown): FieldType | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : Number.isFinite(value) ? 'float' : undefined;
  if (Array.isArray(value)) {
    const first = value.find((v) => v !== null && v !== undefined);
    if (first === undefined || isPlainObject(first) || Array.isArray(first)) return 'array';
    const t = inferType(first);
    return t !== undefined && value.every((v) => coerce(t, v) !== INVALID) ? t : 'array';
  }
  if (isPlainObject(value)) return 'object';
  return undefined;
}

/** The value at a dotted path of an object (undefined when any step is missing). */
export function getPath(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[part];
  }
  return node;
}
