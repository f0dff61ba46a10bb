// The layers of the shipped code and what each may import (README, "How it works"). Imports run one way:
// core/ ← page/ ← lib/ ← entrypoints/. shared/ is the vocabulary every layer may read (it reads only core/);
// components/ render props and read only core/'s types, shared/ and each other; page/ may render components (the
// hover card). Type imports count like any other: a type from a higher layer ties a lower one to it all the same.
// Imports are read from the source with a pattern, enough for this code base's one-import-per-statement style.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The shipped layers, each with the layers it may import from (itself included). */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  core: ['core'],
  shared: ['shared', 'core'],
  components: ['components', 'shared', 'core'],
  page: ['page', 'components', 'shared', 'core'],
  lib: ['lib', 'page', 'components', 'shared', 'core'],
  entrypoints: ['entrypoints', 'lib', 'page', 'components', 'shared', 'core'],
};

/** Packages and modules that are the extension API. */
const EXTENSION_API = /^(?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill|@wxt-dev\/browser|wxt\/utils\/storage|@wxt-dev\/storage)(?:\/|$)/;
/** Code that calls the extension API directly. */
const EXTENSION_CALL = /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|action|browserAction|permissions)\b/;

/** One import of a module: the specifier and whether only types are imported (erased at build). */
export interface Import {
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

type Graph = Map<string, Array<{ imp: Import; target: string | null }>>;

/** Every chain of value imports from `file` to an extension API package, through the project's modules. */
function apiChains(graph: Graph, file: string): string[][] {
  const chains: string[][] = [];
  const seen = new Set<string>();
  const walk = (current: string, path: string[]): void => {
    for (const { imp, target } of graph.get(current) ?? []) {
      if (imp.typeOnly) continue;
      if (EXTENSION_API.test(imp.specifier)) chains.push([...path, imp.specifier]);
      if (target && graph.has(target) && !seen.has(target)) {
        seen.add(target);
        walk(target, [...path, target]);
      }
    }
  };
  walk(file, [file]);
  return chains;
}

/** The import graph of every TypeScript file under the given folders of `root`. */
function importGraph(root: string, dirs: readonly string[]): Graph {
  const graph: Graph = new Map();
  for (const file of dirs.flatMap((dir) => filesUnder(join(root, dir)))) {
    graph.set(file, importsOf(readFileSync(file, 'utf8')).map((imp) => ({ imp, target: resolveRelative(file, imp.specifier) })));
  }
  return graph;
}

/** The chains by which a shipped file (relative to `root`) reaches an extension API package, as "a → b → pkg". */
export function extensionApiChains(root: string, file: string): string[] {
  const graph = importGraph(root, Object.keys(LAYERS));
  return apiChains(graph, join(root, file)).map((chain) => chain.map((p) => (p.startsWith('/') ? relative(root, p) : p)).join(' → '));
}

/** Every rule the shipped code under `root` breaks, as "file → import: rule" lines. */
export function layerViolations(root: string): string[] {
  const layer = (file: string) => relative(root, file).split(/[\\/]/)[0]!;
  const shown = (file: string) => relative(root, file);
  const problems: string[] = [];
  const graph = importGraph(root, Object.keys(LAYERS));
  const files = [...graph.keys()];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const from = layer(file);
    const allowed = LAYERS[from]!;
    if ((from === 'page' || from === 'components' || from === 'shared' || from === 'core') && EXTENSION_CALL.test(source)) {
      problems.push(`${shown(file)}: calls the extension API (${from}/ must not)`);
    }
    for (const { imp, target } of graph.get(file)!) {
      const to = target ? layer(target) : null;
      if (to === 'tests' || imp.specifier.includes('/tests/')) {
        problems.push(`${shown(file)} → ${imp.specifier}: shipped code imports the tests`);
      } else if (target && !allowed.includes(to!)) {
        problems.push(`${shown(file)} → ${imp.specifier}: ${from}/ may import only ${allowed.map((l) => `${l}/`).join(', ')}`);
      }
      if (from === 'core' && !target && (imp.specifier.startsWith('virtual:') || /^(?:wxt|preact|@wxt-dev)/.test(imp.specifier))) {
        problems.push(`${shown(file)} → ${imp.specifier}: core/ imports nothing outside itself`);
      }
      if (from === 'components' && to === 'core' && !imp.typeOnly) problems.push(`${shown(file)} → ${imp.specifier}: components/ read only types of core/`);
      if ((from === 'page' || from === 'components' || from === 'shared') && !imp.typeOnly && EXTENSION_API.test(imp.specifier)) {
        problems.push(`${shown(file)} → ${imp.specifier}: ${from}/ uses no extension API`);
      }
    }
  }
  // page/, components/ and shared/ must not reach the extension API through another module either (type imports
  // are erased at build, so they bring no API along).
  for (const file of files.filter((f) => ['page', 'components', 'shared'].includes(layer(f)))) {
    for (const chain of apiChains(graph, file)) problems.push(`${chain.map((p) => (p.startsWith('/') ? shown(p) : p)).join(' → ')}: ${layer(file)}/ reaches the extension API`);
  }
  return [...new Set(problems)];
}
