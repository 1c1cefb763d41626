/**
 * Lead faults as data, injected by a scenario or a trainer: a broken conductor (open) or two conductors touching
 * (short). Contacts are named by device number (`PlacedContact.number`).
 */

/**
 * - `open`: the contact's conductor is broken between the IPG and the contact: nothing flows through its terminal
 *   (impedance effectively infinite).
 * - `short`: the two contacts' conductors touch: the pair reads a few ohms, and each contact's terminal reaches the
 *   tissue through both contacts in parallel.
 *
 * @example
 * [{ kind: 'open', contact: 5 }, { kind: 'short', contacts: [2, 3] }]
 */
export type ImpedanceFault =
  | { readonly kind: 'open'; readonly contact: number }
  | { readonly kind: 'short'; readonly contacts: readonly [number, number] };

/**
 * Resistance read across two shorted contacts (Ω): the two conductors and the joint, a few ohms. Typical [U].
 * @example pairImpedanceOhm(buildImpedanceModel(implant, [{ kind: 'short', contacts: [2, 3] }]), 2, 3); // 5
 */
export const SHORT_RESISTANCE_OHM = 5; // conductor-to-conductor short, a few Ω, typical [U]

/**
 * Which contacts are open and which are tied together by shorts.
 * @example { open: [false, true, false], group: [0, 1, 0] } // 1 open, 0 and 2 shorted
 */
export interface FaultTopology {
  /** `open[n]` is true when contact n's conductor is broken. */
  readonly open: readonly boolean[];
  /** `group[n]`: the lowest contact number in n's short group (n itself when not shorted). */
  readonly group: readonly number[];
}

function find(parent: number[], n: number): number {
  let root = n;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[n] !== root) {
    const next = parent[n]!;
    parent[n] = root;
    n = next;
  }
  return root;
}

/**
 * Resolves faults for `contactCount` contacts. Shorts chain (a–b and b–c tie a, b and c together). Throws a
 * RangeError naming the fault when it refers to a contact that does not exist: faults are checked where they enter.
 *
 * @example
 * faultTopology(4, [{ kind: 'short', contacts: [1, 3] }, { kind: 'open', contact: 0 }]);
 * // { open: [true, false, false, false], group: [0, 1, 2, 1] }
 */
export function faultTopology(contactCount: number, faults: readonly ImpedanceFault[]): FaultTopology {
  const open = Array.from({ length: contactCount }, () => false);
  const parent = Array.from({ length: contactCount }, (_, i) => i);
  const check = (n: number, fault: ImpedanceFault) => {
    if (!Number.isInteger(n) || n < 0 || n >= contactCount) {
      throw new RangeError(
        `Fault ${JSON.stringify(fault)} names contact ${n}, but the implant has contacts 0–${contactCount - 1}.`,
      );
    }
  };
  for (const fault of faults) {
    if (fault.kind === 'open') {
      check(fault.contact, fault);
      open[fault.contact] = true;
    } else {
      const [a, b] = fault.contacts;
      check(a, fault);
      check(b, fault);
      const ra = find(parent, a);
      const rb = find(parent, b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  return { open, group: parent.map((_, n) => find(parent, n)) };
}
