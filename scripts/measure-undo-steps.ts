/**
 * How many undo steps a simulated 3 s amplitude slider drag leaves: 60 moves 50 ms apart (a 20 Hz input rate),
 * 0 → 4 mA in 0.1 mA steps with every third move landing on the value already shown, each sent as the renderer sends
 * it (with its clock reading). Run: `npx tsx scripts/measure-undo-steps.ts`.
 */
import { applyEdit, createNewSession, edit, mA, startVisit, undo, type Session } from '../src-core';

const at = { program: 0, area: 0 };
let session: Session = createNewSession();
session = applyEdit(session, { kind: 'cycleContact', ...at, electrode: 3 });
session = applyEdit(session, { kind: 'setContactState', ...at, electrode: 4, state: 'anode' });

const DRAG_MOVES = 60;
const MOVE_INTERVAL_MS = 50;
const START_MS = 10_000;
let visit = startVisit(session);
let amplitudeMa = mA(0);
for (let move = 0; move < DRAG_MOVES; move++) {
  // Every third move lands on the step the slider already shows (the pointer moved less than one step).
  if (move % 3 !== 2) amplitudeMa = mA(Math.round(amplitudeMa * 10 + 1) / 10);
  visit = edit(visit, { kind: 'setAmplitude', ...at, amplitudeMa }, START_MS + move * MOVE_INTERVAL_MS);
}
const afterOneUndo = undo(visit).session.programs[0]?.areas[0]?.amplitudeMa;
console.log(
  JSON.stringify({
    edits: DRAG_MOVES,
    dragMs: DRAG_MOVES * MOVE_INTERVAL_MS,
    finalAmplitudeMa: amplitudeMa,
    undoSteps: visit.past.length,
    amplitudeAfterOneUndoMa: afterOneUndo,
  }),
);
