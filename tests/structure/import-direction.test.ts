// Which layer may import what (see README, "How it works"): the analysis core imports nothing outside itself, the
// page layer and the components never reach an extension API (not even through another module), shared vocabulary
// stays plain, and nothing that ships imports the tests. Imports are read from the source with a pattern, which is
// enough for this code base's one-import-per-statement style.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SHIPPED = ['core', 'page', 'components', 'shared', 'lib', 'entrypoints'];

/** Packages and modules that are the extension API. */
const EXTENSION_API = /^(?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill|@wxt-dev\/browser|wxt\/utils\/storage|@wxt-dev\/storage)(?:\/|$)/;
/** Code that calls the extension API directly. */
const EXTENSION_CALL = /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|action|browserAction|permissions)\b/;

/** One import of a module: the specifier and whether only types are imported (erased at build). */
interface Import {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The imports of a source text. */
export function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const m of source.matchAll(IMPORT)) found.push({ specifier: m[2]!, typeOnly: m[1] !== undefined });
  for (const m of source.matchAll(DYNAMIC)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return /\.(?:ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Resolves a relative specifier to a project file, or null for packages and virtual modules. */
function resolveRelative(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

const layer = (file: string) => relative(ROOT, file).split(/[\\/]/)[0]!;
const shown = (file: string) => relative(ROOT, file);

/** Every rule broken by the project's shipped code, as "file → import: rule" lines. */
function violations(): string[] {
  const problems: string[] = [];
  const files = SHIPPED.flatMap((dir) => filesUnder(join(ROOT, dir)));
  const graph = new Map<string, Array<{ imp: Import; target: string | null }>>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    graph.set(file, importsOf(source).map((imp) => ({ imp, target: resolveRelative(file, imp.specifier) })));
    const from = layer(file);
    if ((from === 'page' || from === 'components' || from === 'shared' || from === 'core') && EXTENSION_CALL.test(source)) {
      problems.push(`${shown(file)}: calls the extension API (${from}/ must not)`);
    }
    for (const { imp, target } of graph.get(file)!) {
      const to = target ? layer(target) : null;
      if (to === 'tests' || imp.specifier.includes('/tests/')) problems.push(`${shown(file)} → ${imp.specifier}: shipped code imports the tests`);
      if (from === 'core' && (target ? to !== 'core' : imp.specifier.startsWith('virtual:') || /^(?:wxt|preact|@wxt-dev)/.test(imp.specifier))) {
        problems.push(`${shown(file)} → ${imp.specifier}: core/ imports nothing outside itself`);
      }
      if (from === 'shared' && target && to !== 'shared' && to !== 'core') problems.push(`${shown(file)} → ${imp.specifier}: shared/ may read only core/`);
      if ((from === 'page' || from === 'components') && !imp.typeOnly && (EXTENSION_API.test(imp.specifier) || to === 'entrypoints')) {
        problems.push(`${shown(file)} → ${imp.specifier}: ${from}/ uses no extension API`);
      }
    }
  }
  // page/ and components/ must not reach the extension API through another module either (type imports are erased).
  for (const file of files.filter((f) => layer(f) === 'page' || layer(f) === 'components')) {
    const seen = new Set<string>();
    const walk = (current: string, path: string[]): void => {
      for (const { imp, target } of graph.get(current) ?? []) {
        if (imp.typeOnly) continue;
        if (EXTENSION_API.test(imp.specifier)) problems.push(`${[...path, imp.specifier].map((p) => (p.startsWith('/') ? shown(p) : p)).join(' → ')}: ${layer(file)}/ reaches the extension API`);
        if (target && graph.has(target) && !seen.has(target)) {
          seen.add(target);
          walk(target, [...path, target]);
        }
      }
    };
    walk(file, [file]);
  }
  return [...new Set(problems)];
}

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

  it('holds in the shipped code: core/ self-contained, page/ and components/ free of extension APIs, no tests', () => {
    expect(violations()).toEqual([]);
  });
});
