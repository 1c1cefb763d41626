/**
 * Public API of the simulation core. Pure TypeScript: no DOM, no Node, no UI; runs in a Web Worker,
 * the renderer, the CLI and tests alike. See src-core/CONTEXT.md.
 */
export * from './units';
export * from './policy';

export * from './anatomy/vertebral-column';
export * from './anatomy/spine-frame';
export * from './anatomy/dermatomes';
export * from './anatomy/patient-anatomy';
export * from './anatomy/canal';
export * from './anatomy/cord-segments';

export * from './hardware/types';
export * from './hardware/catalogue';
export * from './hardware/placement';
export * from './hardware/implant';

export * from './program/types';
export * from './program/timing';
export * from './program/dosing';
export * from './program/presets';
export * from './program/steps';
export * from './program/issue-target';
export * from './program/validate';

export * from './waveform';
export * from './impedance';
export * from './safety';
export * from './energy';

export * from './axon';
export * from './field';

export * from './fibers/population';
export * from './fibers/build';
export * from './perception/recruitment-index';
export * from './perception/perception';
export * from './perception/patient-words';
export * from './perception/coverage';
export * from './simulation/engine';
export * from './simulation/simulation-setup';
export * from './simulation/configuration-key';
export * from './simulation/simulate';
export * from './simulation/titration-curve';
export * from './simulation/strength-duration';
export * from './simulation/activation-surface';
export { unitFieldsAtPoints, fieldSectionFor, type SpinePoints } from './simulation/unit-fields';

export * from './programming/contacts';
export * from './programming/edit-groups';
export * from './programming/edits';
export * from './programming/steering';
export * from './programming/visit';
export * from './programming/device-save';

export * from './session/session';
export * from './session/schema';
export * from './session/restore';
export * from './session/new-session';
export * from './session/visit-record';
export { PROGRAM_FILE_BOUNDS, type FileBound } from './session/bounds';
export { safeFileText, MAX_MESSAGE_CHARS, MAX_QUOTED_CHARS } from './session/safe-text';
export { pathInFileVersion } from './session/migrate';
