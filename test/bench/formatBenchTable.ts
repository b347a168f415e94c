import type { BenchSection } from './benchTypes';

const formatNumber = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** Markdown, so the same output goes to the terminal and into docs/PERFORMANCE.md. */
export const formatBenchTable = (sections: BenchSection[]): string =>
  sections
    .map((section) => {
      const lines = [
        `### ${section.title}`,
        '',
        '| measure | value | baseline | ratio | target | met |',
        '| --- | ---: | --- | ---: | --- | --- |',
        ...section.rows.map((row) =>
          [
            '',
            row.name,
            `${formatNumber(row.value)} ${row.unit}`,
            row.baseline ?? '',
            row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
            row.target ?? '',
            row.isMet === undefined ? '' : row.isMet ? 'yes' : '**no**',
            '',
          ]
            .join(' | ')
            .trim(),
        ),
        ...(section.notes?.length ? ['', ...section.notes.map((note) => `- ${note}`)] : []),
      ];
      return lines.join('\n');
    })
    .join('\n\n');
