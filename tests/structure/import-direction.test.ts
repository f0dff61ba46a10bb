// Which layer may import what (tests/structure/layers.ts): imports run core/ ← page/ ← lib/ ← entrypoints/, the
// components read only core/ types and shared/, nothing below lib/ reaches an extension API, and nothing that ships
// imports the tests. The checker is shown failing on a small tree of deliberate violations, written to a temporary
// folder, so a green run means the rules were applied, not skipped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionApiChains, importsOf, layerViolations } from './layers.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A throwaway project tree: path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-layers-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('import direction', () => {
  it('reads static, type-only, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './side-effect.css';",
      "const d = await import('./d.ts');",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: '../b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './side-effect.css', typeOnly: false },
      { specifier: './d.ts', typeOnly: false },
    ]);
  });

  it('finds every import against the layers, type imports included', () => {
    const root = tree({
      'core/result.ts': 'export type Result = number;\n',
      'core/bad.ts': "import type { Settings } from '../shared/settings.ts';\nexport type X = Settings;\n",
      'shared/settings.ts': "import type { Port } from '../lib/port.ts';\nexport type Settings = Port;\n",
      'page/paint.ts': "import type { Port } from '../lib/port.ts';\nexport const p = (x: Port) => x;\n",
      'lib/port.ts': "import { main } from '../entrypoints/popup/main.ts';\nexport type Port = typeof main;\n",
      'components/View.tsx': "import type { Hook } from '../entrypoints/popup/use-hook.ts';\nimport { paint } from '../page/paint.ts';\nimport { score } from '../core/score.ts';\nexport type V = Hook;\n",
      'core/score.ts': 'export const score = 1;\n',
      'entrypoints/popup/main.ts': "import { View } from '../../components/View.tsx';\nexport const main = View;\n",
      'entrypoints/popup/use-hook.ts': 'export type Hook = number;\n',
      'lib/helper.ts': "import { fixture } from '../tests/fixture.ts';\nexport const h = fixture;\n",
    });
    made.push(root);
    expect(layerViolations(root).sort()).toEqual(
      [
        'core/bad.ts → ../shared/settings.ts: core/ may import only core/',
        'shared/settings.ts → ../lib/port.ts: shared/ may import only shared/, core/',
        'page/paint.ts → ../lib/port.ts: page/ may import only page/, components/, shared/, core/',
        'lib/port.ts → ../entrypoints/popup/main.ts: lib/ may import only lib/, page/, components/, shared/, core/',
        'components/View.tsx → ../entrypoints/popup/use-hook.ts: components/ may import only components/, shared/, core/',
        'components/View.tsx → ../page/paint.ts: components/ may import only components/, shared/, core/',
        'components/View.tsx → ../core/score.ts: components/ read only types of core/',
        'lib/helper.ts → ../tests/fixture.ts: shipped code imports the tests',
      ].sort(),
    );
  });

  it('finds the extension API reached from page/ through another module, and not through a type import', () => {
    const root = tree({
      'lib/storage.ts': "import { browser } from 'wxt/browser';\nexport const load = () => browser;\nexport type Loaded = number;\n",
      'components/a.ts': "export { load } from '../lib/storage.ts';\n",
      'page/b.ts': "import { load } from '../components/a.ts';\nexport const b = load;\n",
      'page/c.ts': "import type { Loaded } from '../components/t.ts';\nexport type C = Loaded;\n",
      'components/t.ts': 'export type Loaded = number;\n',
    });
    made.push(root);
    const found = layerViolations(root);
    expect(found).toContain('page/b.ts → components/a.ts → lib/storage.ts → wxt/browser: page/ reaches the extension API');
    expect(found.some((line) => line.startsWith('page/c.ts'))).toBe(false);
  });

  it('holds in the shipped code', () => {
    expect(layerViolations(ROOT)).toEqual([]);
  });

  it('keeps the promise polyfill out of the first look, which talks through lib/bare-api.ts', () => {
    expect(extensionApiChains(ROOT, 'entrypoints/look/index.ts')).toEqual([]);
    // The same check sees the polyfill where it is: the full content script imports it.
    expect(extensionApiChains(ROOT, 'entrypoints/session.content/index.ts')).toContain('entrypoints/session.content/index.ts → wxt/browser');
  });
});
