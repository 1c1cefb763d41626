import { assessEnergy, assessSafety, impedanceInputsOf, safeFileText, safetyOptionsOf } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, fileArgument } from '../args';
import type { CliIo } from '../io';
import { loadSession } from '../load-session';

const round = (value: number | null, digits = 4) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * `scs-sim safety FILE [--json]`: per program and area, charge per phase, per-electrode charge density, required
 * voltage against compliance and warnings; per program, charge per second and recharge minutes a day (rechargeable)
 * or longevity in years (primary cell), as if that program ran all day. Faults in the file are applied.
 * Exit 0 even when warnings are found: they are findings, not input errors.
 */
export function safetyCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json']);
  const file = fileArgument(args);
  const { session, implant } = loadSession(io, file);
  const safety = assessSafety(implant, session.programs, safetyOptionsOf(session, implant));
  const energy = assessEnergy(implant, session.programs, {
    ...impedanceInputsOf(session, implant),
    activeProgramIndex: session.activeProgram,
  });
  const programs = safety.programs.map((program, index) => {
    const e = energy.programs[index];
    return {
      index,
      name: program.name,
      paradigm: session.programs[index]?.paradigm.kind,
      chargePerSecondUc: round(e?.chargePerSecondUc ?? null, 3),
      tissuePowerMw: round(e?.tissuePowerMw ?? null),
      batteryPowerMw: round(e?.batteryPowerMw ?? null),
      rechargeMinutesPerDay: round(e?.rechargeMinutesPerDay ?? null, 2),
      daysBetweenRecharges: round(e?.daysBetweenRecharges ?? null, 2),
      longevityYears: round(e?.longevityYears ?? null, 2),
      areas: program.areas.map((area) => ({
        chargePerPhaseUc: round(area.chargePerPhaseUc),
        requiredVoltageV: round(area.requiredVoltageV, 3),
        loadImpedanceOhm: round(area.loadImpedanceOhm, 1),
        withinCompliance: area.withinCompliance,
        electrodes: area.electrodes.map((el) => ({
          electrode: el.electrode,
          polarity: el.polarity,
          currentMa: round(el.currentMa),
          chargePerPhaseUc: round(el.chargePerPhaseUc),
          chargeDensityUcPerCm2: round(el.chargeDensityUcPerCm2, 3),
        })),
        warnings: area.warnings,
      })),
      warnings: program.warnings,
    };
  });
  const report = {
    file,
    ipg: implant.ipg.name,
    battery: implant.ipg.battery,
    complianceV: safety.complianceV,
    chargeDensityLimitUcPerCm2: safety.chargeDensityLimitUcPerCm2,
    activeProgram: session.activeProgram,
    programs,
    warnings: safety.warnings,
  };
  if (args.options.has('json')) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  for (const p of programs) {
    const supply =
      p.rechargeMinutesPerDay !== null ? `${p.rechargeMinutesPerDay} min/day recharge` : `${p.longevityYears} years`;
    io.stdout(`Program ${p.index} "${safeFileText(p.name)}" (${p.paradigm}): ${p.chargePerSecondUc} µC/s, ${supply}`);
    p.areas.forEach((a, i) => {
      const peak = Math.max(0, ...a.electrodes.map((e) => e.chargeDensityUcPerCm2 ?? 0));
      io.stdout(
        `  area ${i}: ${a.chargePerPhaseUc} µC/phase, peak ${peak} µC/cm², needs ${a.requiredVoltageV === null ? 'an unknown voltage' : `${a.requiredVoltageV} V`} (${a.withinCompliance ? 'within' : 'OVER'} ${report.complianceV} V compliance)`,
      );
    });
  }
  for (const w of safety.warnings) io.stdout(`${w.severity}: ${w.message}`);
  return 0;
}
