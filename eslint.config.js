// Lint rules, including the import boundaries that keep the data flow one-directional:
//   asn1/ (runtime + generated code) imports nothing of the repo's other folders and no Node I/O;
//   hal/ imports nothing from src/ or firmware-bridge/;
//   firmware-bridge/ may use hal/ but not src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'net', 'dgram', 'child_process', 'http', 'https', 'os', 'tty', 'readline', 'worker_threads', 'cluster']
  .flatMap((m) => [m, `node:${m}`]);

const boundary = (groups, extraNames = []) => ({
  'no-restricted-imports': ['error', {
    paths: extraNames.map((name) => ({ name, message: 'Node I/O is not allowed in this folder (see DESIGN.md: folders).' })),
    patterns: groups.map((g) => ({ group: g.group, message: g.message })),
  }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'firmware-bridge/generated/**', 'firmware-bridge/mcu/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['asn1/runtime/**/*.ts', 'asn1/generated/**/*.ts', 'asn1/*.ts'],
    rules: boundary([
      { group: ['**/hal/**', '**/src/**', '**/firmware-bridge/**'], message: 'asn1/ must not import from hal/, src/ or firmware-bridge/.' },
      { group: ['**/compiler/**'], message: 'The codec runtime must not depend on the compiler.' },
    ], nodeIo),
  },
  {
    files: ['asn1/compiler/**/*.ts'],
    rules: boundary([
      { group: ['**/hal/**', '**/src/**', '**/firmware-bridge/**'], message: 'asn1/ must not import from hal/, src/ or firmware-bridge/.' },
    ]),
  },
  {
    files: ['hal/**/*.ts'],
    rules: boundary([
      { group: ['**/src/**', '**/firmware-bridge/**', '**/asn1/**'], message: 'hal/ knows nothing of messages: no imports from src/, asn1/ or firmware-bridge/.' },
    ]),
  },
  {
    files: ['firmware-bridge/**/*.ts'],
    rules: boundary([
      { group: ['**/src/**', '**/asn1/**'], message: 'firmware-bridge/ may use hal/ interfaces only.' },
    ]),
  },
  {
    files: ['asn1/generated/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': 'off',
      'no-useless-escape': 'off',
    },
  },
);
