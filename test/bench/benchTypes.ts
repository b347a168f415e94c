/** One measured figure; `ratio` compares it with a baseline measured in the same run. */
export type BenchRow = {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
  target?: string;
  isMet?: boolean;
};

export type BenchSection = { title: string; rows: BenchRow[]; notes?: string[] };

/** A bench file `test/bench/*Bench.ts` exports one of these as `bench`; runBench finds it by name. */
export type BenchSuite = { name: string; run: () => Promise<BenchSection[]> };
