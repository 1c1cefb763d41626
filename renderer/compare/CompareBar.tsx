import { useEffect, useRef, useState } from 'react';
import { findCommand } from '../commands/registry';
import { useAppServices, useAppStore } from '../store/context';
import { issuesOfActiveProgram, selectActiveProgram } from '../store/selectors';
import { CompareDialog } from './CompareDialog';
import { createCompareRunner, type CompareRunner } from './compare-runner';
import { PARADIGM_WORD, paradigmVariants } from './paradigm-variants';
import './compare.css';

/** How a pinned program of the device is labelled: as its tab ("Tonic bipole · tonic"). */
export const pinLabelOf = (name: string, kind: keyof typeof PARADIGM_WORD) => `${name} · ${PARADIGM_WORD[kind]}`;

/**
 * Beside the program tabs: pin the active program to compare, open the comparison, or pin the active program's
 * contacts as tonic, burst and 10 kHz at once. The comparison's worker is started on the first use and stopped with
 * the workstation.
 */
export function CompareBar() {
  const services = useAppServices();
  const program = useAppStore(selectActiveProgram);
  const deliverable = useAppStore((s) => issuesOfActiveProgram(s).length === 0);
  const pinCount = useAppStore((s) => s.comparePins.length);
  const open = useAppStore((s) => s.compareOpen);
  const [building, setBuilding] = useState(false);
  const runnerRef = useRef<CompareRunner>(undefined);
  const runner = () => (runnerRef.current ??= createCompareRunner());
  useEffect(
    () => () => {
      runnerRef.current?.dispose();
      runnerRef.current = undefined;
    },
    [],
  );

  const pin = () => {
    const state = services.store.getState();
    const label = pinLabelOf(program.name, program.paradigm.kind);
    const outcome = state.pinProgram(program, label);
    state.showStatus({ kind: outcome.ok ? 'info' : 'error', text: outcome.message });
  };

  const pinVariants = async () => {
    if (building) return;
    const { store } = services;
    setBuilding(true);
    store.getState().showStatus({ kind: 'info', text: 'Building tonic, burst and 10 kHz at the same contacts…' });
    try {
      const { visit, implant, posture } = store.getState();
      const outcomes = await paradigmVariants(
        visit.session,
        implant,
        program,
        async (session, areaIndex, amplitudeMa) => {
          const answer = await runner().simulate({
            session,
            programIndex: 0,
            areaIndex,
            posture,
            amplitudeMa,
            elapsedMin: 0,
          });
          return answer.titration;
        },
      );
      const pins = outcomes.flatMap((o) => (o.ok ? [{ label: o.label, program: o.program }] : []));
      const left = outcomes.flatMap((o) => (o.ok ? [] : [o.message]));
      const state = store.getState();
      state.replacePins(pins);
      state.showStatus({
        kind: left.length > 0 ? 'error' : 'info',
        text:
          `Pinned ${pins.length} paradigms at the contacts of “${program.name}”.` +
          (left.length > 0 ? ` Left out: ${left.join(' ')}` : ''),
      });
      if (pins.length > 0) state.setCompareOpen(true);
    } catch (error) {
      store.getState().showStatus({
        kind: 'error',
        text: `Could not build the paradigms: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBuilding(false);
    }
  };

  return (
    // Inside the program tabs' row (they wrap with it): no row of their own in the narrow programmer panel.
    <>
      <button
        type="button"
        className="tab compare__button"
        aria-label={`Pin program “${program.name}” to compare`}
        title="Pin this program as it is now, to compare it with others"
        disabled={!deliverable}
        onClick={pin}
      >
        Pin
      </button>
      <button
        type="button"
        className="tab compare__button"
        disabled={pinCount === 0}
        title="The pinned programs side by side"
        onClick={() => void findCommand('view.compare').perform(services)}
      >
        Compare ({pinCount})
      </button>
      <button
        type="button"
        className="tab compare__button"
        // Not disabled while building: the focus stays on it, and returns to it when the dialog closes.
        disabled={!deliverable}
        aria-busy={building}
        title="Pin this program's contacts as tonic, burst and 10 kHz, and compare them"
        onClick={() => void pinVariants()}
      >
        Same contacts, other paradigms
      </button>
      {open && <CompareDialog runner={runner()} onClose={() => services.store.getState().setCompareOpen(false)} />}
    </>
  );
}
