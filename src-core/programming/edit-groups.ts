import type { Edit } from './edits';

/**
 * Edits of one continuous control that follow each other within this gap (ms) merge into one undo step: a slider
 * drag or a held arrow key sends 20–30 edits a second, and one undo should take back the whole gesture. A pause
 * longer than this starts a new step (about the pause that separates two deliberate adjustments; text editors
 * group typing the same way).
 */
export const EDIT_GROUP_GAP_MS = 1000;

/**
 * The control a continuous edit comes from, as a key: consecutive edits with the same key may merge into one undo
 * step. Undefined for discrete edits (a contact click, a paradigm choice), which are always a step of their own.
 *
 * @example
 * editGroupKey({ kind: 'setAmplitude', program: 0, area: 1, amplitudeMa: mA(3) }); // 'setAmplitude:0:1'
 */
export function editGroupKey(edit: Edit): string | undefined {
  switch (edit.kind) {
    case 'setAmplitude':
    case 'setPulseWidth':
      return `${edit.kind}:${edit.program}:${edit.area}`;
    case 'setFraction':
      return `${edit.kind}:${edit.program}:${edit.area}:${edit.electrode}`;
    case 'setRate':
    case 'setPatientMax':
    case 'setSoftStart':
      return `${edit.kind}:${edit.program}`;
    default:
      return undefined;
  }
}
