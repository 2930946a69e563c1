/**
 * Speech benchmark: what the spoken-request understanding and read-aloud text (shared/speech/)
 * add to the main package — the modules minified with esbuild, the rest of shared/ left out as it
 * ships anyway — and how long understanding one sentence takes (the first call builds the
 * vocabulary map), over the table of spoken requests.
 */
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { understandJobRequest } from '../miniprogram/shared/speech/job-request';
import { SPOKEN_REQUESTS } from '../test/shared/speech/spoken-requests';

const SPEECH = join(__dirname, '..', 'miniprogram', 'shared', 'speech');
const MODULES = ['numbers', 'job-request', 'profile-request', 'read-aloud'];
const ROUNDS = 50;

async function minifiedBytes(): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    stdin: {
      contents: MODULES.map((m) => `export * from './${m}';`).join('\n'),
      resolveDir: SPEECH,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'cjs',
    target: 'es2020',
    write: false,
    // Everything outside speech/ is in the main package already.
    plugins: [
      {
        name: 'outside-speech-is-external',
        setup(b) {
          b.onResolve({ filter: /^\.\.\// }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function run(): Promise<void> {
  const bytes = await minifiedBytes();
  console.log(
    `shared/speech minified: ${bytes.raw} B (${(bytes.raw / 1024).toFixed(1)} KiB), gzip ${bytes.gzip} B`,
  );

  const sentences = SPOKEN_REQUESTS.map((c) => c.say);
  const first = performance.now();
  understandJobRequest(sentences[0] ?? '');
  console.log(`first call (builds the vocabulary): ${(performance.now() - first).toFixed(2)} ms`);

  const perSentence: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    for (const s of sentences) understandJobRequest(s);
    perSentence.push(((performance.now() - started) * 1000) / sentences.length);
  }
  console.log(
    `understandJobRequest: median ${median(perSentence).toFixed(1)} µs per sentence ` +
      `(${sentences.length} sentences × ${ROUNDS} rounds, node; a phone is several times slower)`,
  );
}
