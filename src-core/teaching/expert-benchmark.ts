/**
 * The expert benchmark for scoring: the programming assistant's best program(s) for the case (assistant/search.ts),
 * found the way an expert would start — after an impedance check, so contacts it shows open or shorted are never
 * used. scoreVisit measures the trainee's visit against it (docs/scoring.md).
 */
import type { ResolvedImplant } from '../hardware/implant';
import { impedanceCheck } from '../impedance/check';
import { deviceStateOf } from '../session/device-state';
import type { Session } from '../session/session';
import type { PhysiologyEngine } from '../simulation/engine';
import type { TeachingCase } from './case-schema';
import { programmingAssistant, type AssistantOptions, type AssistantResult } from './assistant/search';

/** The benchmark's program(s) on the device and how it was found. */
export interface ExpertBenchmark {
  /** The case's session with the benchmark's programs saved to the device. */
  readonly session: Session;
  /** The chosen configuration in words ("lead 1: 4− 5+ · 50 Hz · 300 µs · 3.3 mA"; one per device program, " / " between). */
  readonly description: string;
  /** Configurations simulated (each a threshold configuration through the one simulation path). */
  readonly configurationsTried: number;
  /** What the benchmark is: "programming assistant". */
  readonly label: string;
  /** The assistant's full answer (programs, what the patient feels, energy), for hints and the debrief. */
  readonly assistant: AssistantResult;
}

/**
 * The benchmark: the assistant's search on the case as it opens, told the impedance check of its implant.
 * `session` is the case's session (`caseToSession`), `implant` its resolved implant; `options` pass progress and
 * cancellation through to the search.
 * @example expertBenchmark(engine, teachingCase, caseToSession(teachingCase), implant).description;
 */
export function expertBenchmark(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  session: Session,
  implant: ResolvedImplant,
  options: Pick<AssistantOptions, 'onProgress' | 'signal'> = {},
): ExpertBenchmark {
  const assistant = programmingAssistant(engine, teachingCase, session, implant, {
    ...options,
    impedance: impedanceCheck(implant, session.faults, deviceStateOf(session, implant).impedance),
  });
  return {
    session: assistant.session,
    description:
      assistant.programs.length === 0
        ? 'no comfortable configuration found'
        : assistant.programs.map((p) => p.description).join(' / '),
    configurationsTried: assistant.configurationsTried,
    label: 'programming assistant',
    assistant,
  };
}
