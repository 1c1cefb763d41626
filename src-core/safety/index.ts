/**
 * Stimulation safety: charge and charge density per electrode, required voltage against compliance, device limits;
 * findings as data. See docs/physics-device.md.
 */
export type { SafetyWarning, SafetyWarningCode, WarningPlace } from './warnings';
export { safetyWarning } from './warnings';
export * from './sources';
export * from './limit-checks';
export * from './area-safety';
export * from './assess';
