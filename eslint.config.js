// Lint, including the layer rules of docs/architecture.md ("Processes and folders", "main/, floor by floor"). Each rule is proven
// to fire by test/unit/lint/layer-rules.test.ts on a fixture that breaks it.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const builtinRegex = `^(node:.*|${builtinModules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`;

/** Electron may be imported only by main's thin shell (docs/architecture.md: "Electron's shell"). */
export const electronShellFiles = [
  'main/index.ts',
  'main/window.ts',
  'main/ipc.ts',
  'main/security.ts',
  'main/electron/**/*.ts',
];

const layer = (message, regex) => ({ regex, message });
const noNode = layer('This layer runs without Node: no Node built-ins.', builtinRegex);
const noElectron = layer('Only main/ shell files may import electron.', '^electron$');
const noMain = layer('Only main/ may import main/ code.', '(^|/)main(/|$)');
const noRenderer = layer('Nothing may import renderer/ code.', '(^|/)renderer(/|$)');
const noPreload = layer('Nothing may import preload/ code.', '(^|/)preload(/|$)');
const noScreens = layer(
  'Only renderer/src/app/ (the route table and shell) imports screens: navigate with go(routeId).',
  '(^|/)screens(/|$)',
);
const noApp = layer(
  'renderer/src/app/ imports the rest of the renderer, never the reverse.',
  '(^|/)app(/|$)',
);
/** main/desk/ is one environment's engine: the rest of main enters by its front door. */
const deskFrontDoor = layer(
  'Outside main/desk/, import the desk only through its front door (main/desk/index.ts).',
  '(^|/)desk/.',
);
/** The desk is below main's services: it never imports them (no round trip back into the desk). */
const deskStaysBelow = layer(
  'main/desk/ never imports operator, bridge, state, confirm, lock, electron, vault or settings code.',
  '^(\\.\\./)+(operator|bridge|state|confirm|lock|electron|vault|settings|runtime|ipc|index|environment-manager|environment-switcher)(/|$)',
);
const noOtherScreen = layer(
  'A screen never imports another screen: move the shared part to components/, hooks/, model/ or format/.',
  '^\\.\\./(?!\\.\\./)',
);

/** The renderer's layer rule (no Node, electron, main or preload), plus `extra` patterns. */
const rendererImports = (...extra) => [
  'error',
  {
    paths: nodeBuiltins.map((name) => ({ name, message: noNode.message })),
    patterns: [noNode, noElectron, noMain, noPreload, ...extra],
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'test/fixtures/lint/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only main/ipc.ts registers IPC handlers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            noMain,
            noRenderer,
            noPreload,
            layer(
              'shared/ may import only zod and decimal.js (pure libraries).',
              '^(?!\\.|zod($|/)|decimal\\.js$)',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: electronShellFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noRenderer, noPreload, deskFrontDoor] },
      ],
    },
  },
  // Inside the desk: files import each other, never the services above the desk.
  {
    files: ['main/desk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noRenderer, noPreload, deskStaysBelow] },
      ],
    },
  },
  {
    files: electronShellFiles,
    ignores: ['main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only main/ipc.ts registers IPC handlers.',
            },
          ],
          patterns: [noRenderer, noPreload],
        },
      ],
    },
  },
  {
    files: ['main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer, noPreload] }] },
  },
  {
    files: ['preload/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noMain, noRenderer] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': rendererImports() },
  },
  // Inside the renderer: only app/ (shell and route table) knows the screens. A later block
  // replaces the rule's options for its files, so each one repeats the renderer layers above.
  {
    files: ['renderer/src/{bridge,components,errors,format,hooks,model,store}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(noScreens, noApp) },
  },
  {
    files: ['renderer/src/screens/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(noScreens, noApp) },
  },
  {
    // A file directly in a screen's folder: `../x` is another screen's folder.
    files: ['renderer/src/screens/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererImports(noScreens, noApp, noOtherScreen) },
  },
);
