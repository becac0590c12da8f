// `npm run analyze -- [--json] [--out DIR] FILE...`: the command-line analyzer (contract:
// ../shared/REPORT.md). Every file is tried; a file that fails is reported on standard error and the
// exit status is non-zero at the end.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Report } from '../core/report';
import { analyzeFile, InputError } from './analyze-file';
import { oneLine, summary } from './format';

const USAGE = 'usage: npm run analyze -- [--json] [--out DIR] FILE...';

interface Options {
  json: boolean;
  out: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, out: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--out') {
      const dir = argv[++i];
      if (!dir) throw new InputError('--out needs a directory');
      options.out = dir;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new InputError('no files given');
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`newslens: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  let failures = 0;
  const collected: Array<Report & { file: string }> = [];
  for (const file of options.files) {
    let report: Report;
    try {
      report = await analyzeFile(file);
    } catch (error) {
      failures++;
      const message = error instanceof InputError ? error.message : `cannot analyse ${file}: ${(error as Error).message}`;
      console.error(`newslens: ${message}`);
      continue;
    }
    const name = basename(file, extname(file));
    if (options.out) {
      await writeFile(join(options.out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      console.log(oneLine(basename(file), report));
    } else if (options.json) {
      collected.push({ file, ...report });
    } else {
      console.log(summary(basename(file), report));
    }
  }
  if (options.json && !options.out) {
    // One file: the report itself (the contract); several: an array of reports, each naming its file.
    const [only] = collected;
    if (options.files.length === 1 && only) {
      const { file: _file, ...report } = only;
      console.log(JSON.stringify(report, null, 2));
    } else if (collected.length > 0) console.log(JSON.stringify(collected, null, 2));
  }
  if (failures > 0) console.error(`newslens: ${failures} of ${options.files.length} files failed`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`newslens: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
