import type { Posture, Session, SimulationResult, StageTimes } from '../../src-core';

/** Messages to the physiology worker. Every request carries an id; replies echo it so stale ones can be dropped. */
export type PhysiologyRequest =
  | {
      readonly type: 'configure';
      readonly requestId: number;
      readonly session: Session;
      readonly programIndex: number;
      readonly areaIndex: number;
      readonly posture: Posture;
    }
  | { readonly type: 'amplitude'; readonly requestId: number; readonly amplitudeMa: number };

/** Replies from the worker. */
export type PhysiologyResponse =
  | { readonly type: 'result'; readonly requestId: number; readonly result: SimulationResult; readonly timingsMs: StageTimes & { total: number } }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };
