/**
 * What an editor shows a user of `createClient`: the TypeScript language service (through ts-morph)
 * on a file that only imports the package root. Autocompletion of `client.socialize.` lists the
 * catalog's methods; hovering a method or a param shows its TSDoc from the catalog.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, type ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../codegen/load/index.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const USER_FILE = path.join(REPO, 'test', '.tmp', 'editor-user.ts');
const SOURCE = `import { createClient } from '../../src/index.js';
const client = createClient({ apiKey: 'key', secret: 'c2VjcmV0' });
export async function use(): Promise<void> {
  await client.socialize.setStatus({ status: 'hi' });
  await client.socialize.getFeed();
  client.socialize.
}
`;

let service: ts.LanguageService;
const at = (marker: string, offset = 0): number => {
  const i = SOURCE.indexOf(marker);
  if (i < 0) throw new Error(`no ${marker} in the user file`);
  return i + offset;
};
const text = (parts: readonly ts.SymbolDisplayPart[] | undefined): string => (parts ?? []).map((p) => p.text).join('');

beforeAll(() => {
  const project = new Project({
    tsConfigFilePath: path.join(REPO, 'tsconfig.json'),
    skipAddingFilesFromTsConfig: true,
  });
  // In memory only: never written to disk.
  project.createSourceFile(USER_FILE, SOURCE, { overwrite: true });
  service = project.getLanguageService().compilerObject;
});

describe('editor support for client.socialize', () => {
  it('completes every catalogued method after `client.socialize.`, marking deprecated ones', () => {
    const completions = service.getCompletionsAtPosition(
      USER_FILE,
      at('client.socialize.\n', 'client.socialize.'.length),
      {},
    );
    const names = (completions?.entries ?? []).map((e) => e.name).sort();
    const catalog = loadCatalog(path.join(REPO, 'catalog')).namespaces.find((n) => n.name === 'socialize')!;
    const expected = [...new Set(catalog.methods.map((m) => m.name.split('.')[0]!))].sort();
    expect(names).toEqual(expected);
    expect(names).toContain('setStatus');
    const getFeed = completions!.entries.find((e) => e.name === 'getFeed')!;
    expect(getFeed.kindModifiers).toContain('deprecated');
  }, 60_000);

  it('shows the method TSDoc on hover: description, facts, errors, remarks', () => {
    const info = service.getQuickInfoAtPosition(USER_FILE, at('setStatus({'));
    const doc = text(info?.documentation);
    expect(doc).toContain("Sets the user's status on the connected networks that support it");
    expect(doc).toContain(
      'Calls `socialize.setStatus`. Needs signed credentials. Not safe to repeat: transport failures are not retried.',
    );
    expect(doc).toContain('Errors besides the common ones: 400106 NotConnected');
    expect(info?.tags?.map((t) => t.name)).toContain('remarks');
    const shown = text(info?.displayParts);
    expect(shown).toMatch(/^\(property\) SocializeNamespace\.setStatus: BoundMethod\b/);
    expect(shown).toContain(
      '(params: SocializeSetStatusParams, options?: CallOptions | undefined) => ' +
        'Promise<GigyaResult<SocializeSetStatusResponse>>',
    );
  });

  it('shows @deprecated with the catalog note on a deprecated method', () => {
    const info = service.getQuickInfoAtPosition(USER_FILE, at('getFeed()'));
    const deprecated = info?.tags?.find((t) => t.name === 'deprecated');
    expect(text(deprecated?.text)).toContain('Deprecated by Gigya');
  });

  it('shows a param doc on hover', () => {
    const info = service.getQuickInfoAtPosition(USER_FILE, at("status: 'hi'"));
    expect(text(info?.documentation)).toBe('The status text.');
  });

  it('shows the namespace doc on hover of client.socialize', () => {
    const info = service.getQuickInfoAtPosition(USER_FILE, at('socialize.setStatus'));
    expect(text(info?.documentation)).toContain('The Social Login and social-network API');
  });
});
