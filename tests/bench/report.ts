// How the bench prints a measured series: p50, p95 and max next to the target.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function printRow(label: string, values: readonly number[], unit: string, target: string) {
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  console.log(
    `  ${label}: p50 ${f(percentile(values, 50))} ${unit}, p95 ${f(percentile(values, 95))} ${unit}, max ${f(Math.max(...values))} ${unit} (target ${target})`,
  );
}
