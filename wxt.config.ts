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
    // The toolbar button's tooltip, in the reader's language (WXT takes it from the popup's <title> otherwise).
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  // The sources zip (for Firefox's review) holds what builds the extension, not local debris (`npm start`'s
  // headless screenshot, test output, logs) nor the README's pictures.
  zip: { excludeSources: ['demo.png', 'docs/**', '.output/**', 'coverage/**', 'test-results/**', 'tmp/**', '**/*.log'] },
  // Tests that build with a broken corpus write elsewhere so they cannot clobber the real build.
  outDir: process.env['TRIANGULATE_OUT_DIR'] ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    // User-facing words come from public/_locales/en/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` (MV3 only; MV2 has tabs.executeScript) reads the first heading of pages titled only by their
    // site, loads the first look into pages whose title, address or heading passed the background's gate, and the
    // full content script into pages the first look passed. The host permissions it needs (which also show the
    // background a tab's title and address) come from that script's `matches` (entrypoints/session.content).
    // `contextMenus`: "Start a story from this page" / "Add to …" (lib/context-menu.ts). WXT adds `sidePanel` for
    // Chrome's side panel (entrypoints/sidepanel).
    permissions: manifestVersion === 3 ? ['storage', 'scripting', 'contextMenus'] : ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    // Keys the reader can change in the browser's shortcuts page (lib/commands.ts). Firefox opens its sidebar
    // with its own command; Chrome's side panel has none, so it gets one of ours.
    commands: {
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandOpenPanel__' } }
        : { 'open-panel': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandOpenPanel__' } }),
      'next-difference': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextDifference__' },
      'previous-difference': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousDifference__' },
    },
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
