// Lint, including the layer rules of design.md ("Processes and folders"). Each rule is proven
// to fire by test/unit/lint/layer-rules.test.ts on a fixture that breaks it.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const builtinRegex = `^(node:.*|${builtinModules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`;

/** Electron may be imported only by main's thin shell (design.md: "a thin shell"). */
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
      'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, noPreload] }],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: noNode.message })),
          patterns: [noNode, noElectron, noMain, noPreload],
        },
      ],
    },
  },
);
