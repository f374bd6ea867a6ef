/** Command line of `npm run bench` (scripts/bench.ts). */

/** What the benchmark run does. */
export interface BenchOptions {
  /** Runs per measurement (the report shows medians); `--runs N`, default 5. */
  runs: number;
  /** `--quick`: the smallest synthetic dataset, one run: the smoke version the test suite runs. */
  quick: boolean;
  /** `--gpu`: launch Chromium on the machine's GPU instead of SwiftShader. */
  gpu: boolean;
  /** `--no-build`: measure the dist/ already built. */
  build: boolean;
  /** `--out FILE`: also write the JSON results here (bench-results/latest.json is always written). */
  out: string | null;
  help: boolean;
}

/** Usage text for `--help`. */
export const USAGE = `Usage: npm run bench -- [options]

  --runs N     runs per measurement, medians reported (default 5)
  --quick      smallest synthetic dataset, one run, 20 year changes for the
               heap instead of 200 (the smoke version)
  --gpu        use the machine's GPU (default: SwiftShader, software WebGL)
  --no-build   measure the existing dist/ instead of running npm run build
  --out FILE   also write the JSON results to FILE
  --help       show this text`;

/** Parses the arguments after the script name; throws on anything it does not know. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { runs: 5, quick: false, gpu: false, build: true, out: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`invalid ${flag}: a value is needed`);
      return v;
    };
    switch (flag) {
      case '--runs': {
        const raw = value();
        const runs = Number(raw);
        if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`invalid --runs: ${raw}`);
        options.runs = runs;
        break;
      }
      case '--quick':
        options.quick = true;
        break;
      case '--gpu':
        options.gpu = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--out':
        options.out = value();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`invalid option: ${arg}`);
    }
  }
  if (options.quick) options.runs = 1;
  return options;
}
