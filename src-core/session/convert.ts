import type { ImplantConfiguration } from '../hardware/implant';
import type { Dosing, Paradigm, Program, StimulationArea } from '../program/types';
import { Hz, mA, mm, us } from '../units';
import type { SessionFileV2 } from './schema';
import type { DeviceConditions, Session } from './session';
import { DEFAULT_SETTINGS } from './session';

type RawProgram = SessionFileV2['programs'][number];
type RawArea = RawProgram['areas'][number];

function toParadigm(raw: RawProgram['paradigm']): Paradigm {
  switch (raw.kind) {
    case 'tonic':
      return { kind: 'tonic', recharge: raw.recharge, interphaseGapUs: us(raw.interphaseGapUs) };
    case 'burst':
      return { kind: 'burst', pulsesPerBurst: raw.pulsesPerBurst, intraBurstRateHz: Hz(raw.intraBurstRateHz) };
    case 'highFrequency':
      return { kind: 'highFrequency' };
  }
}

function toDosing(raw: RawArea['dosing']): Dosing {
  return raw.mode === 'absolute'
    ? { mode: 'absolute' }
    : {
        mode: 'subPerception',
        percentOfPerception: raw.percentOfPerception,
        perceptionThresholdMa: mA(raw.perceptionThresholdMa),
      };
}

function toArea(raw: RawArea): StimulationArea {
  return {
    contacts: raw.contacts.map((c) => ({ ...c })),
    amplitudeMa: mA(raw.amplitudeMa),
    pulseWidthUs: us(raw.pulseWidthUs),
    dosing: toDosing(raw.dosing),
  };
}

/** A program from its file form (plain numbers) to core types (branded units). */
export function toProgram(raw: RawProgram): Program {
  return {
    name: raw.name,
    paradigm: toParadigm(raw.paradigm),
    rateHz: Hz(raw.rateHz),
    areas: raw.areas.map(toArea),
    cycling: raw.cycling ? { ...raw.cycling } : undefined,
    softStartS: raw.softStartS,
    patientMaxMa: mA(raw.patientMaxMa),
  };
}

/** The implant configuration from its file form. */
export function toHardware(raw: SessionFileV2['hardware']): ImplantConfiguration {
  return {
    ipgId: raw.ipgId,
    leads: raw.leads.map((lead) => ({
      modelId: lead.modelId,
      placement: {
        tip: { level: lead.placement.tip.level, offsetMm: mm(lead.placement.tip.offsetMm) },
        lateralMm: mm(lead.placement.lateralMm),
        depthMm: mm(lead.placement.depthMm),
        rotationDeg: lead.placement.rotationDeg,
      },
    })),
  };
}

/** A whole session from a validated current-version file. */
export function toSession(file: SessionFileV2): Session {
  const programs = file.programs.map(toProgram);
  return {
    patient: {
      id: file.patient.id,
      name: file.patient.name,
      ...(file.patient.summary !== undefined ? { summary: file.patient.summary } : {}),
      ...(file.patient.painMap !== undefined ? { painMap: file.patient.painMap.map((r) => ({ ...r })) } : {}),
      ...(file.patient.anatomy !== undefined
        ? {
            anatomy: {
              dcsfScale: file.patient.anatomy.dcsfScale,
              cordLateralOffsetMm: mm(file.patient.anatomy.cordLateralOffsetMm),
              conus: { level: file.patient.anatomy.conus.level, offsetMm: mm(file.patient.anatomy.conus.offsetMm) },
            },
          }
        : {}),
    },
    hardware: toHardware(file.hardware),
    programs,
    devicePrograms: file.devicePrograms ? file.devicePrograms.map(toProgram) : programs,
    activeProgram: file.activeProgram,
    faults: (file.faults ?? []).map((f) =>
      f.kind === 'open'
        ? { kind: 'open', contact: f.contact }
        : { kind: 'short', contacts: [f.contacts[0], f.contacts[1]] },
    ),
    ...(file.conditions && Object.keys(file.conditions).length > 0
      ? { conditions: conditionsOf(file.conditions) }
      : {}),
    settings: file.settings ? { ...file.settings } : DEFAULT_SETTINGS,
  };
}

/** The file's conditions without keys present as undefined (zod keeps an explicit `undefined` out anyway). */
function conditionsOf(raw: NonNullable<SessionFileV2['conditions']>): DeviceConditions {
  return {
    ...(raw.encapsulationWeeks !== undefined ? { encapsulationWeeks: raw.encapsulationWeeks } : {}),
    ...(raw.batteryPct !== undefined ? { batteryPct: raw.batteryPct } : {}),
    ...(raw.complianceLimitV !== undefined ? { complianceLimitV: raw.complianceLimitV } : {}),
  };
}

function programToFile(program: Program): RawProgram {
  return {
    name: program.name,
    paradigm: { ...program.paradigm },
    rateHz: program.rateHz,
    areas: program.areas.map((area) => ({
      contacts: area.contacts.map((c) => ({ ...c })),
      amplitudeMa: area.amplitudeMa,
      pulseWidthUs: area.pulseWidthUs,
      dosing: { ...area.dosing },
    })),
    ...(program.cycling ? { cycling: { ...program.cycling } } : {}),
    softStartS: program.softStartS,
    patientMaxMa: program.patientMaxMa,
  };
}

/** A session in its current file form (devicePrograms written only when they differ from the working programs). */
export function toFile(session: Session): SessionFileV2 {
  const programs = session.programs.map(programToFile);
  const devicePrograms = session.devicePrograms.map(programToFile);
  const deviceDiffers = JSON.stringify(programs) !== JSON.stringify(devicePrograms);
  return {
    format: 'scs-sim-session',
    version: 2,
    patient: {
      id: session.patient.id,
      name: session.patient.name,
      ...(session.patient.summary !== undefined ? { summary: session.patient.summary } : {}),
      ...(session.patient.painMap !== undefined ? { painMap: session.patient.painMap.map((r) => ({ ...r })) } : {}),
      ...(session.patient.anatomy !== undefined
        ? {
            anatomy: {
              dcsfScale: session.patient.anatomy.dcsfScale,
              cordLateralOffsetMm: session.patient.anatomy.cordLateralOffsetMm,
              conus: { ...session.patient.anatomy.conus },
            },
          }
        : {}),
    },
    hardware: {
      ipgId: session.hardware.ipgId,
      leads: session.hardware.leads.map((lead) => ({
        modelId: lead.modelId,
        placement: {
          tip: { ...lead.placement.tip },
          lateralMm: lead.placement.lateralMm,
          depthMm: lead.placement.depthMm,
          rotationDeg: lead.placement.rotationDeg,
        },
      })),
    },
    programs,
    activeProgram: session.activeProgram,
    ...(deviceDiffers ? { devicePrograms } : {}),
    ...(session.faults.length > 0
      ? {
          faults: session.faults.map((f) =>
            f.kind === 'open'
              ? { ...f }
              : { kind: 'short' as const, contacts: [f.contacts[0], f.contacts[1]] as [number, number] },
          ),
        }
      : {}),
    ...(session.conditions && Object.keys(session.conditions).length > 0
      ? { conditions: { ...session.conditions } }
      : {}),
    settings: { ...session.settings },
  };
}
