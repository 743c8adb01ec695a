// Lint rules for the whole repository. It lives in .ci/ to keep the top level as the design
// card has it; `npm run lint` points ESLint here, and paths below are relative to the root.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// The layers of src/, from the ground up: a file may import from its own layer and those below it,
// never from one above, so the schema never depends on a page's logic, nor the logic on the build.
// README.md's map of the repository lists them in this order.
const layers = [
  ['vocabulary', 'format'],
  ['place'],
  ['schema'],
  ['lib'],
  ['scripts', 'content-check'],
  ['content-loader', 'cli', 'build-time', 'middleware.ts'],
  ['content.config.ts', 'components', 'layouts', 'pages'],
];

function layerRule(index) {
  const above = layers.slice(index + 1).flat();
  const folder = (name) => name.replace(/\.ts$/, '');
  return {
    files: layers[index].map((name) => (name.endsWith('.ts') ? `src/${name}` : `src/${name}/**`)),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A relative path through a folder of a layer above (`../../build-time/page-key`).
              regex: `^\\.{1,2}/(.*/)?(${above.map((name) => folder(name).replace('.', '\\.')).join('|')})(/|$)`,
              message: `src/${layers[index].join(', src/')} may import only from its own layer and those below it (the layers: .ci/eslint.config.js).`,
            },
          ],
        },
      ],
    },
  };
}

export default [
  { ignores: ['dist/', '.dist-staging/', '**/.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layers.slice(0, -1).map((_, index) => layerRule(index)),
  {
    // Plain JavaScript config files run in Node; TypeScript files get Node's globals from @types/node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Tests edit parsed YAML on purpose to make broken cases; typing each edit would hide the point.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
