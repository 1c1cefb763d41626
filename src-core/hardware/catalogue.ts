import { z } from 'zod';
import catalogueJson from '../../resources/hardware/catalogue.json' with { type: 'json' };
import { Hz, V, mA, mm, us } from '../units';
import type { ContactSpec, IpgModel, LeadModel, ParadigmKind, ParadigmLimits } from './types';

const positive = z.number().positive();
const range = z
  .tuple([z.number().nonnegative(), z.number().nonnegative(), positive])
  .refine(([min, max]) => min <= max, {
    message: 'range minimum must not exceed its maximum',
  });

const percutaneousSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.literal('percutaneous'),
  diameterMm: positive,
  tipToFirstContactMm: z.number().nonnegative(),
  contactCount: z.number().int().positive(),
  contactLengthMm: positive,
  gapMm: z.number().nonnegative(),
  source: z.string().min(1),
  typical: z.boolean(),
});

const paddleSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.literal('paddle'),
  widthMm: positive,
  thicknessMm: positive,
  lengthMm: positive,
  contactLengthMm: positive,
  contactWidthMm: positive,
  columns: z
    .array(
      z.object({
        acrossMm: z.number(),
        count: z.number().int().positive(),
        firstFromTipMm: z.number().nonnegative(),
        pitchMm: positive,
      }),
    )
    .min(1),
  source: z.string().min(1),
  typical: z.boolean(),
});

const paradigmLimitsSchema = z.object({ amplitudeMa: range, pulseWidthUs: range, rateHz: range });

const ipgSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  battery: z.enum(['rechargeable', 'primary']),
  batteryEnergyMwh: positive,
  rechargePowerMw: positive.optional(),
  quiescentPowerMw: z.number().nonnegative(),
  // Optional so catalogue files written before the on-time overheads existed still load (as no such overhead).
  outputStageOnPowerMw: z.number().nonnegative().default(0),
  perPulseOverheadUj: z.number().nonnegative().default(0),
  converterEfficiency: z.number().gt(0).max(1),
  contactCount: z.number().int().positive(),
  currentSources: z.enum(['independent', 'single']),
  complianceV: positive,
  maxAreaCurrentMa: positive,
  maxAreasPerProgram: z.number().int().positive(),
  maxPrograms: z.number().int().positive(),
  paradigms: z.object({
    tonic: paradigmLimitsSchema.optional(),
    burst: paradigmLimitsSchema.optional(),
    highFrequency: paradigmLimitsSchema.optional(),
  }),
  source: z.string().min(1),
  typical: z.boolean(),
});

const catalogueSchema = z.object({
  leads: z.array(z.discriminatedUnion('kind', [percutaneousSchema, paddleSchema])).min(1),
  ipgs: z.array(ipgSchema).min(1),
});

/** The validated hardware catalogue: lead and IPG models by id. */
export interface HardwareCatalogue {
  readonly leads: ReadonlyMap<string, LeadModel>;
  readonly ipgs: ReadonlyMap<string, IpgModel>;
}

function expandPercutaneous(raw: z.infer<typeof percutaneousSchema>): LeadModel {
  const pitch = raw.contactLengthMm + raw.gapMm;
  const contacts: ContactSpec[] = Array.from({ length: raw.contactCount }, (_, i) => ({
    fromTipMm: mm(raw.tipToFirstContactMm + raw.contactLengthMm / 2 + i * pitch),
    acrossMm: mm(0),
    shape: { kind: 'ring', lengthMm: mm(raw.contactLengthMm), diameterMm: mm(raw.diameterMm) },
  }));
  return {
    id: raw.id,
    name: raw.name,
    kind: 'percutaneous',
    widthMm: mm(raw.diameterMm),
    thicknessMm: mm(raw.diameterMm),
    contacts,
    source: raw.source,
    typical: raw.typical,
  };
}

function expandPaddle(raw: z.infer<typeof paddleSchema>): LeadModel {
  // Devices number paddle contacts column by column, each from the tip down.
  const contacts: ContactSpec[] = raw.columns.flatMap((column) =>
    Array.from({ length: column.count }, (_, row) => ({
      fromTipMm: mm(column.firstFromTipMm + row * column.pitchMm),
      acrossMm: mm(column.acrossMm),
      shape: { kind: 'rectangle' as const, lengthMm: mm(raw.contactLengthMm), widthMm: mm(raw.contactWidthMm) },
    })),
  );
  return {
    id: raw.id,
    name: raw.name,
    kind: 'paddle',
    widthMm: mm(raw.widthMm),
    thicknessMm: mm(raw.thicknessMm),
    contacts,
    source: raw.source,
    typical: raw.typical,
  };
}

type RawRange = readonly [number, number, number];
const milliampRange = ([min, max, step]: RawRange) => ({ min: mA(min), max: mA(max), step: mA(step) });
const microsecondRange = ([min, max, step]: RawRange) => ({ min: us(min), max: us(max), step: us(step) });
const hertzRange = ([min, max, step]: RawRange) => ({ min: Hz(min), max: Hz(max), step: Hz(step) });

function expandIpg(raw: z.infer<typeof ipgSchema>): IpgModel {
  const paradigms: Partial<Record<ParadigmKind, ParadigmLimits>> = {};
  for (const kind of ['tonic', 'burst', 'highFrequency'] as const) {
    const limits = raw.paradigms[kind];
    if (limits) {
      paradigms[kind] = {
        amplitudeMa: milliampRange(limits.amplitudeMa),
        pulseWidthUs: microsecondRange(limits.pulseWidthUs),
        rateHz: hertzRange(limits.rateHz),
      };
    }
  }
  return {
    id: raw.id,
    name: raw.name,
    battery: raw.battery,
    batteryEnergyMwh: raw.batteryEnergyMwh,
    rechargePowerMw: raw.rechargePowerMw,
    quiescentPowerMw: raw.quiescentPowerMw,
    outputStageOnPowerMw: raw.outputStageOnPowerMw,
    perPulseOverheadUj: raw.perPulseOverheadUj,
    converterEfficiency: raw.converterEfficiency,
    contactCount: raw.contactCount,
    currentSources: raw.currentSources,
    complianceV: V(raw.complianceV),
    maxAreaCurrentMa: mA(raw.maxAreaCurrentMa),
    paradigms,
    maxAreasPerProgram: raw.maxAreasPerProgram,
    maxPrograms: raw.maxPrograms,
    source: raw.source,
    typical: raw.typical,
  };
}

/**
 * Validates catalogue data and expands parametric lead descriptions into numbered contacts.
 * Throws an Error naming the bad field's path: the shipped catalogue is checked by a test, so this only
 * fires for a hand-edited file.
 *
 * @example
 * parseCatalogue(json).leads.get('perc-8-3x4')?.contacts.length; // 8
 */
export function parseCatalogue(data: unknown): HardwareCatalogue {
  const parsed = catalogueSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Hardware catalogue is invalid at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'unknown problem'}`,
    );
  }
  const leads = new Map<string, LeadModel>();
  for (const raw of parsed.data.leads) {
    if (leads.has(raw.id)) throw new Error(`Hardware catalogue lists lead "${raw.id}" twice.`);
    leads.set(raw.id, raw.kind === 'percutaneous' ? expandPercutaneous(raw) : expandPaddle(raw));
  }
  const ipgs = new Map<string, IpgModel>();
  for (const raw of parsed.data.ipgs) {
    if (ipgs.has(raw.id)) throw new Error(`Hardware catalogue lists IPG "${raw.id}" twice.`);
    ipgs.set(raw.id, expandIpg(raw));
  }
  return { leads, ipgs };
}

let shipped: HardwareCatalogue | undefined;

/** The catalogue shipped in resources/hardware/catalogue.json, parsed once. */
export function defaultCatalogue(): HardwareCatalogue {
  shipped ??= parseCatalogue(catalogueJson);
  return shipped;
}
