/**
 * Electrode impedance: access resistances of contacts and the IPG case in a homogeneous medium, pair impedances by
 * superposition, injected open/short faults, the visit's impedance check, and the per-area electrical solution used
 * by safety and energy. See docs/physics-device.md.
 */
export * from './medium';
export * from './access-resistance';
export * from './faults';
export * from './model';
export * from './check';
export * from './area-load';
export * from './variation';
