import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSection, BenchSuite } from './benchTypes';
import { formatBenchTable } from './formatBenchTable';

// `npm run bench` runs every suite; `npm run bench -- sync excel` only those whose name matches.
const benchDirectory = path.dirname(fileURLToPath(import.meta.url));
const resultFile = path.resolve(benchDirectory, '../../.kontakt-tmp/bench-results.md');

const loadSuites = async (): Promise<BenchSuite[]> => {
  // runBench.ts itself ends in "Bench.ts": importing it would wait on its own top-level await forever.
  const files = (await readdir(benchDirectory))
    .filter((file) => /Bench\.ts$/.test(file) && file !== 'runBench.ts')
    .sort();
  const modules = await Promise.all(
    files.map(
      async (file) =>
        (await import(pathToFileURL(path.join(benchDirectory, file)).href)) as { bench?: BenchSuite },
    ),
  );
  return modules.flatMap((module) => (module.bench ? [module.bench] : []));
};

const main = async () => {
  const filters = process.argv.slice(2).map((argument) => argument.toLowerCase());
  const suites = (await loadSuites()).filter(
    (suite) => filters.length === 0 || filters.some((filter) => suite.name.toLowerCase().includes(filter)),
  );
  const sections: BenchSection[] = [];
  for (const suite of suites) {
    console.error(`Running ${suite.name}…`);
    const started = performance.now();
    sections.push(...(await suite.run()));
    console.error(`${suite.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const table = formatBenchTable(sections);
  console.log(table);
  await mkdir(path.dirname(resultFile), { recursive: true });
  await writeFile(resultFile, `${table}\n`);
  console.error(`Written to ${path.relative(process.cwd(), resultFile)}`);
};

await main();
