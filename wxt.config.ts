import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { corpusPlugin } from './scripts/corpus-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `core/` and `page/` stay out of WXT's auto-imports so every dependency shows in an import line.
  imports: false,
  vite: () => ({
    plugins: [preact(), corpusPlugin()],
    build: { sourcemap: false },
  }),
  webExt: { disabled: true },
  hooks: {
    // The first look (entrypoints/look.ts), the only script in a page not yet known to be about a story, uses the
    // browser's own API: the polyfill would be 10 kB more to compile there. Everything else keeps the polyfill's
    // promise-based \`browser\`.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.name === 'look')) return;
      const bare = resolve(import.meta.dirname, 'lib/bare-api.ts');
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [{ find: /^wxt\/browser$/, replacement: bare }, ...alias] : { ...alias, 'wxt/browser': bare },
      };
    },
  },
  // The sources zip (for Firefox's review) holds what builds the extension, not local debris (`npm start`'s
  // headless screenshot, test output, logs) nor the README's pictures.
  zip: { excludeSources: ['demo.png', 'docs/**', '.output/**', 'coverage/**', 'test-results/**', 'tmp/**', '**/*.log'] },
  // Tests that build with a broken corpus write elsewhere so they cannot clobber the real build.
  outDir: process.env['TRIANGULATE_OUT_DIR'] ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Triangulate',
    description:
      'See, right on a news article, which claims and quotes other outlets report too, and where they differ. Works offline.',
    // `scripting` (MV3 only; MV2 has tabs.executeScript) reads the first heading of pages titled only by their
    // site, loads the first look into pages whose title, address or heading passed the background's gate, and the
    // full content script into pages the first look passed. The host permissions it needs (which also show the
    // background a tab's title and address) come from that script's `matches` (entrypoints/session.content).
    permissions: manifestVersion === 3 ? ['storage', 'scripting'] : ['storage'],
    action: { default_title: 'Triangulate: compare this article with other sources' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 (142 on Android).
            gecko: {
              id: 'triangulate@triangulate.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
