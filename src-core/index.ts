/**
 * Public API of the simulation core. Pure TypeScript: no DOM, no Node, no UI; runs in a Web Worker,
 * the renderer, the CLI and tests alike. See src-core/CONTEXT.md.
 */
export * from './units';
export * from './stimulation/device-limits';
export * from './stimulation/parameters';
export * from './stimulation/pulse-train';
export * from './session/program-file';
