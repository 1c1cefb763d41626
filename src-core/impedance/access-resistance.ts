/**
 * Access (spreading) resistance of single electrodes in a homogeneous, isotropic medium, and the mutual resistance
 * that couples two of them. Lengths in mm, conductivity in S/m, resistances in Ω. Only the ohmic spreading term:
 * no electrode–tissue interface, no lead-conductor resistance (see docs/physics-device.md).
 */
import type { PlacedContact } from '../hardware/placement';
import type { Millimetres, Ohms, SiemensPerMetre, SquareMillimetres } from '../units';
import { ohm } from '../units';
import { resistivityOhmMm } from './medium';

/**
 * Ring (band) contact of length L and diameter d as a finite cylinder, by the average-potential method (Howe
 * 1915, as used by Dwight 1936 for rod electrodes): uniform current per unit length, potential averaged over the
 * surface. R = ρ/(2πL)·[asinh(L/a) − √(1 + (a/L)²) + a/L], a = d/2; for L ≫ a this is Dwight's ρ/(2πL)·(ln(2L/a) − 1).
 * The insulating lead body beyond the band is ignored (it slightly raises the true value).
 *
 * @example
 * ringAccessResistanceOhm(mm(3), mm(1.3), sPerM(0.11)); // ≈ 688 Ω
 */
export function ringAccessResistanceOhm(
  lengthMm: Millimetres,
  diameterMm: Millimetres,
  conductivity: SiemensPerMetre,
): Ohms {
  const rho = resistivityOhmMm(conductivity);
  const a = diameterMm / 2;
  const shape = Math.asinh(lengthMm / a) - Math.sqrt(1 + (a / lengthMm) ** 2) + a / lengthMm;
  return ohm((rho / (2 * Math.PI * lengthMm)) * shape);
}

/**
 * Disc of radius a flush with an insulating plane, current into the half-space: R = ρ/(4a) (Newman 1966). A disc
 * conducting on both faces in full space has ρ/(8a): the insulated back doubles the resistance.
 *
 * @example
 * discOnInsulatorResistanceOhm(mm(1), sPerM(0.1)); // 2500 Ω
 */
export function discOnInsulatorResistanceOhm(radiusMm: Millimetres, conductivity: SiemensPerMetre): Ohms {
  return ohm(resistivityOhmMm(conductivity) / (4 * radiusMm));
}

/**
 * Rectangular paddle contact (one face, insulating back) as the disc of equal area, radius √(L·W/π), on an
 * insulating plane (Newman 1966). For a 2:1 rectangle the equal-area disc is within a few per cent of the exact
 * value; the paddle is treated as an infinite insulating plane, which overstates the resistance of a narrow paddle.
 *
 * @example
 * rectangleOnInsulatorResistanceOhm(mm(4), mm(2), sPerM(0.11)); // ≈ 1424 Ω
 */
export function rectangleOnInsulatorResistanceOhm(
  lengthMm: Millimetres,
  widthMm: Millimetres,
  conductivity: SiemensPerMetre,
): Ohms {
  return discOnInsulatorResistanceOhm(Math.sqrt((lengthMm * widthMm) / Math.PI) as Millimetres, conductivity);
}

/**
 * A large electrode of area A (the IPG case) as the sphere of equal surface area: R = ρ/(4πr), r = √(A/4π).
 *
 * @example
 * equalAreaSphereResistanceOhm(mm2(4000), sPerM(0.25)); // ≈ 17.8 Ω
 */
export function equalAreaSphereResistanceOhm(areaMm2: SquareMillimetres, conductivity: SiemensPerMetre): Ohms {
  const radiusMm = Math.sqrt(areaMm2 / (4 * Math.PI));
  return ohm(resistivityOhmMm(conductivity) / (4 * Math.PI * radiusMm));
}

/**
 * Access resistance of one healthy placed contact (Ω): finite cylinder for a ring, disc on an insulator for a
 * one-sided paddle contact.
 *
 * @example
 * contactAccessResistanceOhm(implant.contacts[0]!, ENCAPSULATION_CONDUCTIVITY_S_PER_M); // ≈ 688 Ω on perc-8-3x4
 */
export function contactAccessResistanceOhm(contact: Pick<PlacedContact, 'shape'>, conductivity: SiemensPerMetre): Ohms {
  const { shape } = contact;
  return shape.kind === 'ring'
    ? ringAccessResistanceOhm(shape.lengthMm, shape.diameterMm, conductivity)
    : rectangleOnInsulatorResistanceOhm(shape.lengthMm, shape.widthMm, conductivity);
}

/**
 * Centre-to-centre distance of two placed contacts (mm), in the spine frame.
 * @example contactDistanceMm(implant.contacts[3]!, implant.contacts[4]!); // 7 on perc-8-3x4
 */
export function contactDistanceMm(a: Pick<PlacedContact, 'centre'>, b: Pick<PlacedContact, 'centre'>): Millimetres {
  const dx = a.centre.axialMm - b.centre.axialMm;
  const dy = a.centre.lateralMm - b.centre.lateralMm;
  const dz = a.centre.dorsalMm - b.centre.dorsalMm;
  return Math.sqrt(dx * dx + dy * dy + dz * dz) as Millimetres;
}

/**
 * Mutual resistance of two contacts treated as point sources at their centres (Ω): the potential at one per mA
 * injected at the other, ρ/(4πs) in full space. Two contacts on the insulating face of the same paddle see each
 * other's image in that face, ρ/(2πs). Infinite at s = 0: callers cap it (see `cappedMutualOhm`).
 *
 * @example
 * pointMutualResistanceOhm(mm(7), false, sPerM(0.11)); // ≈ 103 Ω
 */
export function pointMutualResistanceOhm(
  distanceMm: Millimetres,
  onSameInsulatingFace: boolean,
  conductivity: SiemensPerMetre,
): Ohms {
  if (!(distanceMm > 0)) return ohm(Number.POSITIVE_INFINITY);
  const rho = resistivityOhmMm(conductivity);
  return ohm(rho / ((onSameInsulatingFace ? 2 : 4) * Math.PI * distanceMm));
}

/**
 * Largest mutual resistance allowed, as a fraction of the smaller self resistance. The point-source mutual term is
 * valid only when the centres are far apart compared with the contacts; for closer contacts (or two leads lying on
 * top of each other) it would exceed the self terms and make a pair impedance negative. Capping at half the smaller
 * self resistance keeps Z_ab ≥ max(R_a, R_b) and the resistance matrix positive. Engineering guard [U].
 *
 * @example
 * cappedMutualOhm(Infinity, 688, 688); // 344 (two contacts at the same place)
 */
export const MAX_MUTUAL_FRACTION_OF_SELF = 0.5; // guard for near-coincident contacts [U]

/**
 * The point mutual resistance, capped at `MAX_MUTUAL_FRACTION_OF_SELF` × min(R_a, R_b) (Ω).
 *
 * @example
 * cappedMutualOhm(1e9, 700, 600); // 300
 */
export function cappedMutualOhm(pointMutualOhm: number, selfAOhm: number, selfBOhm: number): Ohms {
  return ohm(Math.min(pointMutualOhm, MAX_MUTUAL_FRACTION_OF_SELF * Math.min(selfAOhm, selfBOhm)));
}

/**
 * Impedance between two electrodes by superposition: Z_ab = R_a + R_b − 2·R_ab (Ω), R_ab the (capped) mutual term.
 * With an infinite self term (open conductor) the result is infinite.
 *
 * @example
 * pairImpedanceFromPartsOhm(688, 688, 103); // 1170
 */
export function pairImpedanceFromPartsOhm(selfAOhm: number, selfBOhm: number, pointMutualOhm: number): Ohms {
  if (!Number.isFinite(selfAOhm) || !Number.isFinite(selfBOhm)) return ohm(Number.POSITIVE_INFINITY);
  return ohm(selfAOhm + selfBOhm - 2 * cappedMutualOhm(pointMutualOhm, selfAOhm, selfBOhm));
}
