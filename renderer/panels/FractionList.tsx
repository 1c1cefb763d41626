import { useState } from 'react';
import type { ContactSetting } from '../../src-core';
import { selectActiveArea, selectProgrammedAmplitudeMa } from '../store/selectors';
import { useAppStore } from '../store/context';
import { formatNumber } from '../format/number-format';

const label = (c: ContactSetting) => (c.electrode === 'case' ? 'the case' : `contact ${c.electrode}`);

/**
 * The active electrodes with their share of the current, editable in % or shown in mA (independent current
 * sources). On a single-source IPG the split follows impedance, so the fractions are read-only.
 */
export function FractionList() {
  const area = useAppStore(selectActiveArea);
  const amplitude = useAppStore(selectProgrammedAmplitudeMa);
  const ipg = useAppStore((s) => s.implant.ipg);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const areaIndex = useAppStore((s) => s.activeArea);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [unit, setUnit] = useState<'pct' | 'mA'>('pct');
  if (area.contacts.length === 0)
    return <p className="muted">No contacts on: click a contact to make it − (cathode), again for + (anode).</p>;
  const editable = ipg.currentSources === 'independent';
  return (
    <div className="fractions">
      <div className="fractions__head">
        <span>Current split</span>
        <button
          type="button"
          className="link"
          aria-label={unit === 'pct' ? 'Show currents in mA' : 'Show fractions in %'}
          onClick={() => setUnit(unit === 'pct' ? 'mA' : 'pct')}
        >
          {unit === 'pct' ? '% → mA' : 'mA → %'}
        </button>
      </div>
      <ul>
        {area.contacts.map((c) => (
          <li key={String(c.electrode)} className={`fraction fraction--${c.polarity}`}>
            <span className="fraction__name">
              {c.polarity === 'cathode' ? '−' : '+'} {c.electrode === 'case' ? 'Case' : `Contact ${c.electrode}`}
            </span>
            {unit === 'pct' ? (
              <input
                type="number"
                aria-label={`Fraction of ${label(c)} (%)`}
                min={0}
                max={100}
                step={1}
                value={Math.round(c.fractionPct * 10) / 10}
                disabled={!editable}
                onChange={(event) => {
                  const value = event.target.valueAsNumber;
                  if (Number.isFinite(value))
                    applyEdit({
                      kind: 'setFraction',
                      program: programIndex,
                      area: areaIndex,
                      electrode: c.electrode,
                      fractionPct: value,
                    });
                }}
              />
            ) : (
              <output aria-label={`Current of ${label(c)} (mA)`}>
                {formatNumber((amplitude * c.fractionPct) / 100, { decimals: 2 })} mA
              </output>
            )}
          </li>
        ))}
      </ul>
      {!editable && <p className="muted">Single current source: current divides by contact impedance.</p>}
    </div>
  );
}
