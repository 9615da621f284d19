/**
 * How much of the catalog each source backs: methods, params and response fields. An entry rests
 * on its own `sources:` when it has them, else on its method's (a param, a response field) or its
 * shape's (the fields of an extended shape); a recalled one rests on memory alone (S_KNOW).
 */
import { compareStrings, type CatalogIR, type FieldIR } from './ir.js';

export interface SourceCount {
  readonly key: string;
  readonly methods: number;
  readonly params: number;
  readonly responseFields: number;
}

export function countBySource(ir: CatalogIR): SourceCount[] {
  const counts = new Map<string, { methods: number; params: number; responseFields: number }>();
  const bump = (keys: readonly string[], what: 'methods' | 'params' | 'responseFields'): void => {
    for (const key of new Set(keys)) {
      const c = counts.get(key) ?? { methods: 0, params: 0, responseFields: 0 };
      c[what]++;
      counts.set(key, c);
    }
  };
  const basis = (f: FieldIR, fallback: readonly string[]): readonly string[] =>
    f.recalled ? ['S_KNOW'] : f.sources.length > 0 ? f.sources : fallback;
  for (const ns of ir.namespaces) {
    const shapes = new Map(ns.shapes.map((s) => [s.name, s] as const));
    for (const m of ns.methods) {
      bump(m.sources, 'methods');
      for (const p of m.params) bump(basis(p, m.sources), 'params');
      for (const f of m.response.fields) bump(basis(f, m.sources), 'responseFields');
      for (const name of m.response.extends) {
        const shape = shapes.get(name);
        for (const f of shape?.fields ?? []) bump(basis(f, shape?.sources ?? m.sources), 'responseFields');
      }
    }
  }
  for (const p of ir.commonParams.params) bump(basis(p, []), 'params');
  return [...counts]
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.methods - a.methods || compareStrings(a.key, b.key));
}
