/** One line per stage and step, with the time since the job started: "[ 12.3s] stage: text". */
export class Progress {
  private readonly startedAt = performance.now();

  constructor(private readonly write: (line: string) => void = (line) => console.log(line)) {}

  get elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  line(stage: string, text: string): void {
    this.write(`[${this.elapsedSeconds.toFixed(1).padStart(6)}s] ${stage.padEnd(10)} ${text}`);
  }
}

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fixed = (value: number | null | undefined, digits = 3): string =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
