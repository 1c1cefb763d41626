/**
 * Stimulation energy: charge per second, tissue power, battery power, recharge time or longevity.
 * See docs/physics-device.md.
 */
export * from './recharge-energy';
export * from './program-energy';
export * from './assess';
export * from './battery-status';
