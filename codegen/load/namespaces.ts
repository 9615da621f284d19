/**
 * Joins the files of each namespace (`accounts.yaml` with `accounts.tfa.yaml`, …) into one checked
 * namespace: one main file with the description, shapes and methods defined once across the files,
 * every described group used by some method.
 */
import { compareStrings, type CheckedNamespace, type ErrorCodeIR } from '../ir.js';
import type { CatalogIssue } from './issues.js';
import { checkMethodPaths, readNamespaceFile, scanNamespaceFile, type NamespacePart } from './namespace-file.js';
import type { CatalogSource } from './sources.js';

export function readNamespaces(
  files: readonly CatalogSource[],
  codes: ReadonlyMap<number, ErrorCodeIR> | undefined,
  sourceKeys: ReadonlySet<string>,
  errorsFile: string,
  issues: CatalogIssue[],
): CheckedNamespace[] {
  const scanned = files.map((f) => scanNamespaceFile(f, issues)).filter((s) => s !== undefined);
  const byNamespace = new Map<string, typeof scanned>();
  for (const s of scanned) byNamespace.set(s.namespace, [...(byNamespace.get(s.namespace) ?? []), s]);

  const out: CheckedNamespace[] = [];
  for (const [namespace, group] of [...byNamespace].sort(([a], [b]) => compareStrings(a, b))) {
    // Shapes are shared by every file of the namespace: a shape is defined in one of them.
    const shapes = new Map<string, readonly string[]>();
    const owner = new Map<string, string>();
    for (const file of group) {
      for (const [name, { fields, line }] of file.shapes) {
        const first = owner.get(name);
        if (first !== undefined && first !== file.source.displayPath)
          issues.push({
            file: file.source.displayPath,
            line,
            path: `shapes.${name}`,
            message:
              `shape "${name}" is also defined in ${first}; shapes are shared by every file of namespace ` +
              `"${namespace}", so define it once (prefix a group's own shapes, e.g. Tfa${name})`,
          });
        else if (first === undefined) {
          owner.set(name, file.source.displayPath);
          shapes.set(name, fields);
        }
      }
    }
    const parts = group
      .map((file) => readNamespaceFile(file, shapes, codes, sourceKeys, errorsFile))
      .filter((p): p is NamespacePart => p !== undefined);
    const joined = joinParts(namespace, parts, owner, issues);
    if (joined) out.push(joined);
  }
  return out;
}

function joinParts(
  namespace: string,
  parts: readonly NamespacePart[],
  shapeOwner: ReadonlyMap<string, string>,
  issues: CatalogIssue[],
): CheckedNamespace | undefined {
  const mains = parts.filter((p) => p.group === undefined);
  const main = mains[0];
  for (const extra of mains.slice(1))
    issues.push({
      file: extra.location.file,
      line: extra.location.line,
      path: 'namespace',
      message:
        `namespace "${namespace}" is also defined in ${main?.location.file}; keep one file per namespace ` +
        '(and one per group)',
    });
  if (main === undefined) {
    const first = parts[0];
    if (first)
      issues.push({
        file: first.location.file,
        line: first.location.line,
        path: 'namespace',
        message:
          `namespace "${namespace}" has group files but no ${namespace}.yaml; add it with namespace: ` +
          `${namespace} and a description`,
      });
    return undefined;
  }
  if (main.description === undefined) return undefined;

  const methods: CheckedNamespace['methods'][number][] = [];
  const methodFile = new Map<string, string>();
  for (const part of parts) {
    for (const m of part.methods) {
      const first = methodFile.get(m.name);
      if (first !== undefined) {
        issues.push({
          file: m.location.file,
          line: m.location.line,
          path: m.location.path,
          message: `method "${m.name}" is also defined in ${first}; define each method once`,
        });
        continue;
      }
      methodFile.set(m.name, m.location.file);
      methods.push(m);
    }
  }
  checkMethodPaths(issues, methods);

  const groups: CheckedNamespace['groups'][number][] = [];
  const described = new Map<string, string>();
  const usedGroups = new Set(
    methods.flatMap((m) => {
      const segments = m.name.split('.');
      return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('.'));
    }),
  );
  for (const part of parts) {
    for (const g of part.groups) {
      const first = described.get(g.path);
      if (first !== undefined) {
        issues.push({
          file: g.location.file,
          line: g.location.line,
          path: g.location.path,
          message: `group "${g.path}" is also described in ${first}; describe it once`,
        });
        continue;
      }
      if (!usedGroups.has(g.path)) {
        issues.push({
          file: g.location.file,
          line: g.location.line,
          path: g.location.path,
          message:
            `group "${g.path}" is described, but no method of namespace "${namespace}" is named ` +
            `${g.path}.<method>; remove the description or fix the path`,
        });
        continue;
      }
      described.set(g.path, g.location.file);
      groups.push(g);
    }
  }

  const shapes = parts.flatMap((p) => p.shapes).filter((s) => shapeOwner.get(s.name) === s.location.file);
  const others = parts.filter((p) => p !== main).map((p) => p.source.bannerPath);
  return {
    name: namespace,
    sourceFile: main.source.bannerPath,
    sourceFiles: [main.source.bannerPath, ...others.sort(compareStrings)],
    description: main.description,
    ...(main.docs === undefined ? {} : { docs: main.docs }),
    groups,
    shapes,
    methods,
    location: main.location,
  };
}
