/**
 * Shell blocks in the Markdown files that the README-commands test does NOT run, each with the
 * reason. A block is matched by its file and a piece of its text (`contains`); every entry must
 * match exactly one block (test/docs/readme-commands-marked.test.ts). Everything else a reader is
 * told to type is marked `bash runnable` and run against a temporary local stack.
 */
export interface NotRunBlock {
  readonly file: string;
  readonly contains: string;
  readonly reason: string;
}

const NEEDS_AWS = 'needs an AWS account (deploys or reads a deployed environment)';
const IN_NPM_TEST = 'a build or test run that `npm test` itself runs';

export const NOT_RUN: readonly NotRunBlock[] = [
  {
    file: 'README.md',
    contains: 'npm ci',
    reason: 'installs node_modules, which the test runs on; `.ci/run` runs it on a fresh machine',
  },
  {
    file: 'README.md',
    contains: 'npm start   # the whole system',
    reason: '`npm start` runs until Ctrl-C and `npm test` is the suite itself',
  },
  {
    file: 'addin/README.md',
    contains: 'ADDIN_PUBLIC_URL=https://addin.example.com/ npm run build',
    reason: `builds (minutes each), test runs and a benchmark: ${IN_NPM_TEST}, the benchmark is \`npm run bench\``,
  },
  { file: 'infra/README.md', contains: 'npx cdk synth --quiet -c env=dev', reason: IN_NPM_TEST },
  {
    file: 'docs/README.md',
    contains: 'E2E_SCREENSHOTS=docs',
    reason: 'rewrites the tracked screenshots; the e2e test itself runs in `npm test`',
  },
  {
    file: 'infra/README.md',
    contains: 'aws cognito-idp admin-create-user',
    reason: NEEDS_AWS,
  },
  { file: 'infra/README.md', contains: 'aws s3 sync dist', reason: NEEDS_AWS },
  { file: 'infra/README.md', contains: 'npx cdk deploy AwsCost-Pipeline', reason: NEEDS_AWS },
];
