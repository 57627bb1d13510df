// ESLint flat config. Besides typescript-eslint's recommended rules it enforces the dependency
// rule of DESIGN.md section 5 (the matching tsconfig side is tsconfig.core.json: no DOM lib).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE_CORE =
  'src/engine and src/scenario are the pure core: they must run unchanged in the Web Worker, in Node (CLI, benchmarks) and in tests, so they';

// The scenario barrels re-export everything behind them (the link codec with its compressor, the
// presets, the migrations): whatever imports one loads all of it, in the page's first chunk or
// in the worker. Import the file that holds the thing instead.
const scenarioBarrels = {
  regex: '^(\\.\\./)+scenario(/link)?(/index(\\.ts)?)?$',
  message:
    "Import the file behind the scenario barrel (e.g. '../scenario/types.ts', '../scenario/parse-scenario.ts'), not src/scenario/index.ts or src/scenario/link/index.ts: a barrel loads every module it re-exports (the link codec and its compressor, the presets), which breaks the initial-JavaScript budget (DESIGN.md section 6) and bloats the worker. The CLI may use the barrels.",
};

const coreImportRule = {
  patterns: [
    {
      regex: '^(react|react-dom|scheduler|zustand|@xyflow/.+)(/|$)',
      message: `${PURE_CORE} import no React, zustand or React Flow. Put UI code in src/ui and store code in src/state.`,
    },
    {
      regex: '^d3-',
      message: `${PURE_CORE} import no d3: scales and paths belong to the charts in src/ui.`,
    },
    {
      regex: '^(\\.\\./)+(ui|state|worker|cli)(/|$)',
      message: `${PURE_CORE} import nothing from src/ui, src/state, src/worker or src/cli: those depend on the core, never the other way round.`,
    },
    {
      regex:
        '^(node:|(fs|path|os|crypto|util|buffer|process|events|stream|child_process|worker_threads|perf_hooks|url|module)(/|$))',
      message: `${PURE_CORE} import no Node built-ins: the browser worker has none.`,
    },
    scenarioBarrels,
  ],
};

const DETERMINISM =
  'the engine must be pure and seeded so the same scenario and seed replay event for event in the worker and in Node';

const coreGlobals = [
  ...['window', 'document', 'self', 'Worker', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
    name,
    message: `${PURE_CORE} use no DOM or Worker API (${DETERMINISM}). Talk to the browser from src/worker or src/ui.`,
  })),
  ...['setTimeout', 'setInterval', 'requestAnimationFrame'].map((name) => ({
    name,
    message: `No timers in the core: ${DETERMINISM}. Simulated time comes from the event queue; wall-clock pacing lives in src/worker.`,
  })),
];

const coreProperties = [
  ['Math', 'random', 'use the seeded random streams of src/engine'],
  ['Date', 'now', 'read simulated time from the event queue'],
  ['performance', 'now', 'read simulated time from the event queue'],
  ['crypto', 'getRandomValues', 'use the seeded random streams of src/engine'],
  ['crypto', 'randomUUID', 'derive ids from the scenario and a counter'],
].map(([object, property, instead]) => ({
  object,
  property,
  message: `No clocks or unseeded randomness in the core: ${DETERMINISM}; ${instead}.`,
}));

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'test-results', 'coverage']),

  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Where each kind of code runs.
  { files: ['src/ui/**', 'src/state/**', 'src/worker/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/cli/**', 'bench/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // React hooks (and the React Compiler's rules of React) where React is used.
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/state/**/*.{ts,tsx}',
      'tests/ui/**/*.{ts,tsx}',
      'tests/state/**/*.{ts,tsx}',
    ],
    extends: [reactHooks.configs.flat.recommended],
  },

  // ---- Dependency rule (DESIGN.md section 5) ----

  // src/lib: small generic helpers; imports nothing of ours.
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message:
                'src/lib imports nothing of ours: it is the bottom layer every other folder may use, so it must not depend on any of them.',
            },
          ],
        },
      ],
    },
  },

  // src/content: what the app says about each algorithm and node kind, one record per file. Plain
  // data that the UI, the CLI and the scenario's messages may all read.
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.)',
              message:
                'src/content is plain data (names, one line, a body per record): it imports no package, so every layer (UI, CLI, scenario) can read it without loading anything else.',
            },
            {
              regex: '^(\\.\\./)+(ui|state|worker|cli|engine|lib)(/|$)',
              message:
                'src/content imports only types from src/scenario and other records: it has no UI or engine knowledge, so the UI, the CLI and docs all read the same words.',
            },
          ],
        },
      ],
    },
  },

  // src/engine and src/scenario: pure, seeded, no DOM/React/zustand/Worker/timers/clocks.
  {
    files: ['src/engine/**/*.{ts,tsx}', 'src/scenario/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreImportRule],
      'no-restricted-globals': ['error', ...coreGlobals],
      'no-restricted-properties': ['error', ...coreProperties],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: `No wall clock in the core: ${DETERMINISM}.`,
        },
      ],
    },
  },

  // src/scenario: the records and their door (parseScenario); it describes a run, it does not run
  // one. Replaces the rule above for these files, adding one pattern.
  {
    files: ['src/scenario/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...coreImportRule.patterns,
            {
              regex: '^(\\.\\./)+engine(/|$)',
              message:
                'src/scenario may not import the engine: the engine reads scenarios, never the other way round, so a scenario (a link, a file, a change) can be parsed and checked without loading the simulation.',
            },
          ],
        },
      ],
    },
  },

  // src/state: the store and the controller, plain TypeScript under the React layer.
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|scheduler|@xyflow/.+|d3-.+)(/|$)',
              message:
                'src/state renders nothing: the store and its actions are plain functions the UI calls, testable without a DOM. Rendering (React, React Flow, d3) belongs to src/ui.',
            },
            {
              regex: '^zustand$',
              message:
                "src/state builds the store with 'zustand/vanilla': the React binding lives in src/ui, so the store runs in tests and benchmarks without React.",
            },
            {
              regex: '^(\\.\\./)+ui(/|$)',
              message:
                'src/state may not import src/ui: the UI depends on the store, never the other way round (move shared knowledge into src/state or src/scenario).',
            },
            {
              regex: '^(\\.\\./)+engine/(?!theory/)',
              allowTypeImports: true,
              message:
                "src/state may import the engine's types and its closed forms (src/engine/theory) only: the simulation runs in the worker, reached through the worker client, so the page never loads or runs it on the main thread.",
            },
            {
              regex: '^(\\.\\./)+worker/sim-(runner|worker)(\\.ts)?$',
              message:
                'src/state talks to the simulation through the worker client and protocol only (sim-client.ts, protocol.ts): the runner belongs inside the worker.',
            },
            scenarioBarrels,
          ],
        },
      ],
    },
  },

  // src/worker: a thin adapter between the main thread and the engine; no React in a worker.
  {
    files: ['src/worker/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|scheduler|@xyflow/.+)(/|$)',
              message:
                'src/worker imports no React or React Flow: the worker bundle must stay small and the worker has no DOM to render into. Rendering belongs to src/ui.',
            },
            scenarioBarrels,
          ],
        },
      ],
    },
  },

  // src/ui: reaches the engine only through the store and the worker client (types are fine).
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+engine(/|$)',
              allowTypeImports: true,
              message:
                'The UI reaches the engine only through the store (src/state) and the worker client (src/worker): the simulation runs in the worker so the page stays smooth. Type-only imports (`import type`) from src/engine are allowed.',
            },
            {
              regex: '^(\\.\\./)+worker/sim-(runner|worker)(\\.ts)?$',
              message:
                "The UI may not import the worker's runner: it would run the simulation on the main thread and freeze the page. Use the store's controller, or the worker client and protocol (sim-client.ts, protocol.ts).",
            },
            scenarioBarrels,
          ],
        },
      ],
    },
  },
]);
