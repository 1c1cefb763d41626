import { useEffect, useRef } from 'react';
import type { ChecklistStatus, TeachingCase } from '../../src-core';
import { showCaseChooser } from '../commands/case-actions';
import { formatNumber, formatNumberOrDash } from '../format/number-format';
import { useAppServices, useAppStore } from '../store/context';
import type { CaseResult } from '../store/teaching-slice';
import { DebriefBodyMap } from './DebriefBodyMap';
import { PROFICIENCY_LABELS, TREATMENT_LABELS } from './teaching-text';
import { visitTimeText, visitTimeline } from './visit-timeline';
import './teaching.css';

const STATUS_WORDS: Record<ChecklistStatus, string> = { pass: 'Pass', fail: 'Fail', notApplicable: 'Not applicable' };
const THRESHOLD_WORDS = { perception: 'Perception', comfort: 'Comfort', discomfort: 'Discomfort' } as const;
const mA = (x: number | null) => (x === null ? '—' : `${formatNumber(x, { decimals: 2 })} mA`);

function Decision({ teachingCase, result }: { readonly teachingCase: TeachingCase; readonly result: CaseResult }) {
  const selection = teachingCase.candidateSelection;
  if (!selection || !result.decision) return null;
  const { chosen, correct } = result.decision;
  return (
    <section aria-labelledby="debrief-decision">
      <h2 id="debrief-decision">Decision</h2>
      <p className={chosen === correct ? 'debrief__pass' : 'debrief__fail'}>
        {chosen === null
          ? `No decision was made. The answer: ${TREATMENT_LABELS[correct]}.`
          : chosen === correct
            ? `Right: ${TREATMENT_LABELS[chosen]}.`
            : `You chose ${TREATMENT_LABELS[chosen]}; the better answer is ${TREATMENT_LABELS[correct]}.`}
      </p>
      <ul>
        {selection.options.map((o) => (
          <li key={o.option}>
            <strong>{TREATMENT_LABELS[o.option]}</strong>
            {o.option === correct ? ' (the answer)' : ''}: {o.rationale}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Scored({ teachingCase, result }: { readonly teachingCase: TeachingCase; readonly result: CaseResult }) {
  const score = result.score;
  const record = useAppStore((s) => s.visitRecord);
  const painMap = teachingCase.patient.painMap;
  const relief = teachingCase.success.some((c) => c.kind === 'relief');
  if (!score)
    return (
      <div className="debrief__column">
        <Decision teachingCase={teachingCase} result={result} />
      </div>
    );
  const timeline = visitTimeline(record);
  return (
    <>
      <div className="debrief__column">
        <section aria-labelledby="debrief-score">
          <h2 id="debrief-score">Score and level</h2>
          <div className="debrief__score">
            <span className="debrief__score-value" aria-label="Score">
              {formatNumber(score.score, { decimals: 1 })} / 100
            </span>
            <span className="debrief__level" aria-label="Proficiency level">
              {PROFICIENCY_LABELS[score.level]}
            </span>
          </div>
          <p>{score.levelReason}</p>
          <p className="muted small">
            Expert benchmark: {score.benchmarkDescription ?? 'none'}
            {score.benchmarkScore !== null && ` — scores ${formatNumber(score.benchmarkScore, { decimals: 1 })}`}
            {score.editCount !== null && ` · ${score.editCount} program edits this visit`}
          </p>
          <h3 className="small">How the score is made</h3>
          <table aria-label="Score parts">
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Weight</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {score.parts.map((p) => (
                <tr key={p.component}>
                  <th scope="row">{p.component}</th>
                  <td>{p.weight}</td>
                  <td>{p.value === null ? 'not assessed' : `${formatNumber(p.value * 100, { decimals: 0 })} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="debrief-programs" className="debrief__programs">
          <h2 id="debrief-programs">Your program and the benchmark’s</h2>
          <div className="debrief__maps">
            <DebriefBodyMap
              title="Your program"
              description="What the device delivers supine at the end of the visit"
              painMap={painMap}
              result={result.trainee}
              layer={relief ? 'relief' : 'paresthesia'}
            />
            <DebriefBodyMap
              title="Expert benchmark"
              description={result.benchmark?.description ?? 'No benchmark'}
              painMap={painMap}
              result={result.benchmark?.result ?? null}
              layer={relief ? 'relief' : 'paresthesia'}
            />
          </div>
        </section>
      </div>
      <div className="debrief__column">
        <Decision teachingCase={teachingCase} result={result} />
        <section aria-labelledby="debrief-feedback">
          <h2 id="debrief-feedback">Feedback</h2>
          {score.feedback.length === 0 ? (
            <p>Nothing to improve that the scorer measured.</p>
          ) : (
            <ul>
              {score.feedback.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {teachingCase.hidden.teachingPoints.length > 0 && (
            <>
              <h3 className="small">Teaching points</h3>
              <ul>
                {teachingCase.hidden.teachingPoints.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="debrief-thresholds">
          <h2 id="debrief-thresholds">Thresholds: recorded and the model’s</h2>
          {score.thresholds.length === 0 ? (
            <p>None asked for or recorded.</p>
          ) : (
            <table aria-label="Thresholds recorded and the model’s">
              <thead>
                <tr>
                  <th scope="col">Threshold</th>
                  <th scope="col">Recorded</th>
                  <th scope="col">Model</th>
                  <th scope="col">Off by</th>
                </tr>
              </thead>
              <tbody>
                {score.thresholds.map((t) => (
                  <tr key={t.kind}>
                    <th scope="row">{THRESHOLD_WORDS[t.kind]}</th>
                    <td>{t.recordedMa === null ? 'not recorded' : mA(t.recordedMa)}</td>
                    <td>{t.truthMa === null ? 'never reached' : mA(t.truthMa)}</td>
                    <td>{t.relativeError === null ? '—' : formatNumberOrDash(t.relativeError * 100, 0, '%')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <div className="debrief__column">
        <section aria-labelledby="debrief-checklist">
          <h2 id="debrief-checklist">Procedure checklist</h2>
          <table aria-label="Procedure checklist">
            <tbody>
              {score.checklist.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.label}</th>
                  <td
                    className={item.status === 'pass' ? 'debrief__pass' : item.status === 'fail' ? 'debrief__fail' : ''}
                  >
                    {STATUS_WORDS[item.status]}
                  </td>
                  <td>{item.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="small">Goals of the case</h3>
          <table aria-label="Goals met">
            <tbody>
              {score.outcome.criteria.map((v, i) => (
                <tr key={i}>
                  <th scope="row">{v.description}</th>
                  <td className={v.met === true ? 'debrief__pass' : v.met === false ? 'debrief__fail' : ''}>
                    {v.met === null ? 'Unknown' : v.met ? 'Met' : 'Not met'}
                  </td>
                  <td>{v.measured}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="debrief-timeline">
          <h2 id="debrief-timeline">Timeline of the visit</h2>
          {timeline.length === 0 ? (
            <p>Nothing was recorded during the visit.</p>
          ) : (
            <ol className="debrief__timeline" aria-label="Visit timeline">
              {timeline.map((e, i) => (
                <li key={i} data-kind={e.kind}>
                  <span className="debrief__time">{visitTimeText(e.atS)}</span>
                  <span>{e.text}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}

/**
 * The debrief of a finished case: score and proficiency with their reasons, the checklist, feedback, thresholds
 * against the model, the trainee's program beside the benchmark's and the visit's timeline. The score comes from the
 * worker (`caseFinished` in the store); this screen only shows it.
 */
export function DebriefScreen() {
  const teachingCase = useAppStore((s) => s.activeCase);
  const debrief = useAppStore((s) => s.debrief);
  const setScreen = useAppStore((s) => s.setScreen);
  const { store } = useAppServices();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the heading when the screen opens, so a screen reader starts at the top of the debrief.
  useEffect(() => heading.current?.focus(), []);
  return (
    <main
      id="workspace"
      className="debrief"
      tabIndex={-1}
      aria-labelledby="debrief-heading"
      aria-busy={debrief.status === 'scoring'}
    >
      <h1 id="debrief-heading" ref={heading} tabIndex={-1}>
        Debrief{teachingCase ? `: ${teachingCase.title}` : ''}
      </h1>
      <div className="debrief__actions">
        <button type="button" onClick={() => setScreen('workstation')}>
          Back to the visit
        </button>
        <button type="button" className="button--primary" onClick={() => showCaseChooser(store)}>
          Choose another case
        </button>
      </div>
      {debrief.status === 'scoring' && (
        <div role="status" className="model-progress">
          <progress aria-label="Scoring progress" />
          <span className="muted small">Scoring the visit against the expert benchmark (a few seconds)…</span>
        </div>
      )}
      {debrief.status === 'failed' && <p role="alert">The visit could not be scored: {debrief.message}</p>}
      {debrief.status === 'none' && <p>No visit has been finished yet.</p>}
      {debrief.status === 'ready' && teachingCase && (
        <div className="debrief__grid">
          <Scored teachingCase={teachingCase} result={debrief.result} />
        </div>
      )}
      <p className="muted small">Teaching model — not for clinical use.</p>
    </main>
  );
}
