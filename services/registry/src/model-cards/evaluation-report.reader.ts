import { ArtifactStore } from '@loopline/artifacts';
import { Injectable, Logger } from '@nestjs/common';
import type { GateVerdictRow } from '../database/gate-verdict.row';
import type { CardSlice, CardSliceReport } from './model-card';

/** The value of `format` in the evaluation service's reports (libs/model-evaluation). */
const EVALUATION_REPORT_FORMAT = 'loopline.evaluation-report/v1';

export type ReportSlices = { reports: CardSliceReport[]; note: string | null };

/**
 * Reads the per-slice metrics from a gate verdict's evaluation report in the object store
 * (verified against its sha256). Tolerant by design: a card is still worth having when the
 * report is missing, unreadable or of another shape, so the reason goes into the card instead.
 */
@Injectable()
export class EvaluationReportReader {
  private readonly logger = new Logger(EvaluationReportReader.name);

  constructor(private readonly store: ArtifactStore) {}

  async slices(verdict: GateVerdictRow | null): Promise<ReportSlices> {
    if (verdict === null) return { reports: [], note: 'No gate verdict yet, so no slices.' };
    const ref = verdict.report;
    if (ref === null)
      return { reports: [], note: `Evaluation ${verdict.evaluationId} wrote no report.` };
    let json: unknown;
    try {
      json = JSON.parse((await this.store.get(ref.uri, { expectedSha256: ref.sha256 })).toString());
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.logger.warn(`evaluation report ${ref.uri} unreadable: ${code ?? ''} ${error}`);
      return {
        reports: [],
        note: `The evaluation report ${ref.uri} could not be read (${code ?? (error as Error).message}); per-slice metrics are not shown.`,
      };
    }
    const report = json as { format?: unknown; slices?: unknown };
    if (report?.format !== EVALUATION_REPORT_FORMAT || !Array.isArray(report.slices))
      return {
        reports: [],
        note: `The evaluation report ${ref.uri} is not a ${EVALUATION_REPORT_FORMAT} document with slices; per-slice metrics are not shown.`,
      };
    const reports = report.slices.map(toSliceReport).filter((each) => each !== null);
    return {
      reports,
      note: reports.length > 0 ? null : 'The evaluation report holds no slice metrics.',
    };
  }
}

function toSliceReport(raw: unknown): CardSliceReport | null {
  const report = raw as Partial<CardSliceReport> | null;
  if (typeof report?.slicedBy !== 'string' || !Array.isArray(report.slices)) return null;
  const slices = report.slices.filter(
    (slice: Partial<CardSlice>): slice is CardSlice =>
      typeof slice?.value === 'string' &&
      typeof slice.rows === 'number' &&
      typeof slice.metrics === 'object' &&
      slice.metrics !== null,
  );
  return {
    checkName: typeof report.checkName === 'string' ? report.checkName : '',
    slicedBy: report.slicedBy,
    slices: slices.map((slice) => ({ ...slice, judged: slice.judged !== false })),
  };
}
