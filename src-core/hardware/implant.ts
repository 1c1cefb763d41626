import type { HardwareCatalogue } from './catalogue';
import type { LeadPlacement, PlacedContact } from './placement';
import { placeLead } from './placement';
import type { IpgModel, LeadModel } from './types';

/** The implant as a session file names it: catalogue ids and where each lead lies. */
export interface ImplantConfiguration {
  readonly ipgId: string;
  readonly leads: readonly { readonly modelId: string; readonly placement: LeadPlacement }[];
}

/** The implant with its models looked up and every contact placed in the spine frame. */
export interface ResolvedImplant {
  readonly ipg: IpgModel;
  readonly leads: readonly { readonly model: LeadModel; readonly placement: LeadPlacement }[];
  /** All contacts in device numbering (lead 1 first). */
  readonly contacts: readonly PlacedContact[];
}

/** Most leads one IPG drives in this simulator (1–4, as real systems). */
export const MAX_LEADS = 4;

/**
 * Looks the implant's models up in the catalogue and places its contacts; the error names the problem.
 *
 * @example
 * resolveImplant({ ipgId: 'ipg-rechargeable-32', leads: [{ modelId: 'perc-8-3x4', placement }] }, defaultCatalogue());
 */
export function resolveImplant(
  config: ImplantConfiguration,
  catalogue: HardwareCatalogue,
): { ok: true; implant: ResolvedImplant } | { ok: false; error: string; path: string } {
  const ipg = catalogue.ipgs.get(config.ipgId);
  if (!ipg) return { ok: false, path: 'hardware.ipgId', error: `Unknown IPG model "${config.ipgId}".` };
  if (config.leads.length < 1 || config.leads.length > MAX_LEADS) {
    return {
      ok: false,
      path: 'hardware.leads',
      error: `An implant has 1 to ${MAX_LEADS} leads, not ${config.leads.length}.`,
    };
  }
  const leads: { model: LeadModel; placement: LeadPlacement }[] = [];
  const contacts: PlacedContact[] = [];
  for (const [index, lead] of config.leads.entries()) {
    const model = catalogue.leads.get(lead.modelId);
    if (!model)
      return { ok: false, path: `hardware.leads.${index}.modelId`, error: `Unknown lead model "${lead.modelId}".` };
    leads.push({ model, placement: lead.placement });
    contacts.push(...placeLead(model, lead.placement, index, contacts.length));
  }
  if (contacts.length > ipg.contactCount) {
    return {
      ok: false,
      path: 'hardware.leads',
      error: `The leads have ${contacts.length} contacts but the ${ipg.name} drives only ${ipg.contactCount}.`,
    };
  }
  return { ok: true, implant: { ipg, leads, contacts } };
}
