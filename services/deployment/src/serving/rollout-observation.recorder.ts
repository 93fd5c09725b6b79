import { Injectable } from '@nestjs/common';
import {
  BINARY_OUTPUT_BINS,
  binaryOutputBin,
  emptyObservation,
  recordLatency,
  type ServingObservation,
} from '../rollouts/domain';

/** Where an observation belongs: a rollout step and the role that served. */
export interface ObservationKey {
  rolloutId: string;
  stepIndex: number;
  role: 'champion' | 'challenger' | 'shadow';
}

export interface ObservedObservation extends ObservationKey {
  observation: ServingObservation;
}

/** The bin of one answer: the probability's tenth (binary), the argmax (multiclass), none (regression). */
export function outputBinOf(outputs: ArrayLike<number>, task: string): number | null {
  if (task === 'binary_classification') return binaryOutputBin(outputs[0]);
  if (task === 'multiclass_classification') {
    let best = 0;
    for (let i = 1; i < outputs.length; i++) if (outputs[i] > outputs[best]) best = i;
    return best;
  }
  return null;
}

export function outputBinCount(task: string, outputWidth: number): number {
  if (task === 'binary_classification') return BINARY_OUTPUT_BINS;
  return task === 'multiclass_classification' ? outputWidth : 0;
}

/**
 * What this instance saw of each rollout step, per role, cumulative since the step began. The
 * serving path adds to it in O(1); the rollout ticker writes the changed ones to the database,
 * where the instance judging the step adds up every instance's.
 */
@Injectable()
export class RolloutObservationRecorder {
  private readonly observations = new Map<string, ObservedObservation>();
  private readonly changed = new Set<string>();

  record(
    key: ObservationKey,
    binCount: number,
    answer: { latencyMs: number; error: boolean; bin: number | null },
  ): void {
    const entry = this.entry(key, binCount);
    const { observation } = entry;
    observation.requests += 1;
    if (answer.error) observation.errors += 1;
    recordLatency(observation, answer.latencyMs);
    if (answer.bin !== null && answer.bin < observation.outputBins.length)
      observation.outputBins[answer.bin] += 1;
  }

  /** A mirrored request: whether the shadow's answer agreed with the one returned. */
  recordAgreement(key: ObservationKey, binCount: number, agreed: boolean): void {
    const { observation } = this.entry(key, binCount);
    observation.shadowCompared += 1;
    if (agreed) observation.shadowAgreed += 1;
  }

  /** Copies of the observations changed since the last call. */
  drainChanged(): ObservedObservation[] {
    const out: ObservedObservation[] = [];
    for (const id of this.changed) {
      const entry = this.observations.get(id);
      if (entry) out.push({ ...entry, observation: structuredClone(entry.observation) });
    }
    this.changed.clear();
    return out;
  }

  /** Forgets every step of rollouts no longer under way. */
  retain(activeRolloutIds: ReadonlySet<string>): void {
    for (const [id, entry] of this.observations)
      if (!activeRolloutIds.has(entry.rolloutId)) this.observations.delete(id);
  }

  private entry(key: ObservationKey, binCount: number): ObservedObservation {
    const id = `${key.rolloutId}/${key.stepIndex}/${key.role}`;
    let entry = this.observations.get(id);
    if (entry === undefined) {
      entry = { ...key, observation: emptyObservation(binCount) };
      this.observations.set(id, entry);
    }
    this.changed.add(id);
    return entry;
  }
}
