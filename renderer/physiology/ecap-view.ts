// The ECAP tab's data from the core's sensing model: one configuration per configure, a trace per amplitude.
import {
  ECAP_DETECTION_UV,
  ecapConfigurationOf,
  ecapGrowthCurve,
  growthFitOf,
  ecapThresholdMa,
  ecapTraceAt,
  traceMeasures,
  type ConfiguredSimulation,
  type EcapConfiguration,
  type PhysiologyEngine,
} from '../../src-core';
import type { EcapChartData, EcapTraceData } from './protocol';

/** Points of the growth curve the tab draws (the core's default resolution). */
const GROWTH_POINTS = 41;

/**
 * The ECAP configuration of what the engine has just configured, or why there is none (a lead without two free
 * contacts to record from). Must run right after `configureSimulation`, before anything reconfigures the engine.
 */
export function ecapConfigurationFor(
  engine: PhysiologyEngine,
  configured: ConfiguredSimulation,
): { config: EcapConfiguration } | { unavailable: string } {
  try {
    return { config: ecapConfigurationOf(engine, configured) };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}

/** Threshold and growth curve up to the configuration's ceiling (device or patient maximum). */
export function ecapChartFor(config: EcapConfiguration): EcapChartData {
  const growth = ecapGrowthCurve(config, GROWTH_POINTS);
  return {
    recording: config.contacts.recording,
    reference: config.contacts.reference,
    thresholdMa: ecapThresholdMa(config),
    growth,
    fit: growthFitOf(growth),
    detectionUv: ECAP_DETECTION_UV,
  };
}

/** The recorded trace at `amplitudeMa` with the artefact subtracted (as the device's estimator does) and its N1/P2. */
export function ecapTraceFor(config: EcapConfiguration, amplitudeMa: number): EcapTraceData {
  const trace = ecapTraceAt(config, amplitudeMa);
  const recordedUv = new Float32Array(trace.recordedUv.length);
  for (let i = 0; i < recordedUv.length; i++) recordedUv[i] = trace.recordedUv[i]! - trace.artefactUv[i]!;
  return { amplitudeMa, sampleUs: trace.sampleUs, recordedUv, measures: traceMeasures(trace, config) };
}
