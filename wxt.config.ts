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
  // The sources zip (for Firefox's review) holds what builds the extension, not local debris (`npm start`'s
  // headless screenshot, test output, logs) nor the README's pictures.
  zip: { excludeSources: ['demo.png', 'docs/**', '.output/**', 'coverage/**', 'test-results/**', 'tmp/**', '**/*.log'] },
  // Tests that build with a broken corpus write elsewhere so they cannot clobber the real build.
  outDir: process.env['TRIANGULATE_OUT_DIR'] ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Triangulate',
    description:
      'See, right on a news article, which claims and quotes other outlets report too, and where they differ. Works offline.',
    permissions: ['storage'],
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
