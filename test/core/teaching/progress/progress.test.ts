import { describe, expect, it } from 'vitest';
import {
  caseProgressOf,
  emptyProgress,
  MAX_PROGRESS_TEXT_CHARS,
  mergeProgress,
  parseProgress,
  recordAttempt,
  serializeProgress,
  type ProgressAttempt,
} from '../../../../src-core';

const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const attempt = (caseId: string, score: number, level: ProgressAttempt['level'], day: number): ProgressAttempt => ({
  caseId,
  score,
  level,
  finishedAtIso: at(day),
});

describe('progress records', () => {
  it('summarises attempts, best score, highest level and first proficiency per case', () => {
    let p = emptyProgress('Ana');
    p = recordAttempt(p, attempt('fbss-left-leg', 55, 'novice', 3));
    p = recordAttempt(p, attempt('fbss-left-leg', 91, 'proficient', 5));
    p = recordAttempt(p, attempt('fbss-left-leg', 80, 'competent', 7));
    p = recordAttempt(p, attempt('axial-low-back', 70, 'competent', 4));
    expect(caseProgressOf(p)).toEqual([
      {
        caseId: 'axial-low-back',
        attempts: 1,
        bestScore: 70,
        bestLevel: 'competent',
        lastFinishedAtIso: at(4),
        firstProficientAtIso: null,
      },
      {
        caseId: 'fbss-left-leg',
        attempts: 3,
        bestScore: 91,
        bestLevel: 'proficient',
        lastFinishedAtIso: at(7),
        firstProficientAtIso: at(5),
      },
    ]);
    expect(p.attempts.map((a) => a.finishedAtIso)).toEqual([at(3), at(4), at(5), at(7)]);
  });

  it('drops a duplicate attempt and keeps every attempt of both files when merging', () => {
    const mine = recordAttempt(emptyProgress(), attempt('open-contact', 60, 'novice', 1));
    const theirs = recordAttempt(
      recordAttempt(emptyProgress('Ben'), attempt('open-contact', 60, 'novice', 1)),
      attempt('paddle-laminectomy', 88, 'proficient', 2),
    );
    const merged = mergeProgress(mine, theirs);
    expect(merged.attempts).toHaveLength(2);
    expect(merged.learner).toBe('Ben');
    expect(mergeProgress(recordAttempt(emptyProgress('Ana'), attempt('a', 1, 'novice', 1)), theirs).learner).toBe(
      'Ana',
    );
    expect(recordAttempt(mine, attempt('open-contact', 60, 'novice', 1)).attempts).toHaveLength(1);
  });

  it('bounds the attempts by dropping the oldest but never a case’s best', () => {
    let p = recordAttempt(emptyProgress(), attempt('crps-foot', 99, 'proficient', 1), 3);
    for (let day = 2; day <= 6; day++) p = recordAttempt(p, attempt('crps-foot', 50 + day, 'novice', day), 3);
    expect(p.attempts).toHaveLength(3);
    expect(p.attempts[0]!.score).toBe(99);
    expect(p.attempts.map((a) => a.finishedAtIso)).toEqual([at(1), at(5), at(6)]);
  });
});

describe('progress files', () => {
  it('round-trips through serializeProgress and parseProgress', () => {
    const p = recordAttempt(emptyProgress('Ana'), attempt('migrated-lead', 77.5, 'competent', 9));
    const parsed = parseProgress(serializeProgress(p));
    expect(parsed).toEqual({ ok: true, progress: p });
  });

  it('refuses bad files with a message naming the problem', () => {
    const good = JSON.parse(serializeProgress(recordAttempt(emptyProgress(), attempt('x', 1, 'novice', 1)))) as Record<
      string,
      unknown
    >;
    const refused = (value: unknown) => {
      const r = parseProgress(typeof value === 'string' ? value : JSON.stringify(value));
      return r.ok ? 'accepted' : r.error;
    };
    expect(refused('{')).toBe('not a progress file: it is not JSON.');
    expect(refused({ format: 'scs-sim-session', version: 2 })).toContain('"format" must be "scs-sim-progress"');
    expect(refused({ ...good, version: 9 })).toContain('version 9 is newer');
    expect(refused({ ...good, attempts: [{ ...attempt('x', 101, 'novice', 1) }] })).toMatch(/^attempts\.0\.score: /);
    expect(refused({ ...good, attempts: [{ ...attempt('X Y', 1, 'novice', 1) }] })).toContain(
      'attempts.0.caseId: must be a case id',
    );
    expect(refused({ ...good, attempts: [{ ...attempt('x', 1, 'novice', 1), finishedAtIso: 'yesterday' }] })).toContain(
      'attempts.0.finishedAtIso: must be an ISO 8601 UTC time',
    );
    expect(refused({ ...good, extra: 1 })).not.toBe('accepted');
    expect(refused(' '.repeat(MAX_PROGRESS_TEXT_CHARS + 1))).toContain('at most');
    expect(refused({ ...good, learner: '\u0007<b>' })).toBe('accepted');
  });
});
