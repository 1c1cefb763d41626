// The foundation's single-program pulse model; superseded by program/ and waveform/ and removed once the renderer has moved.
export * from '../units';
export * from './device-limits';
export * from './parameters';
export * from './pulse-train';
