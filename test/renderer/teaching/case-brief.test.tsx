import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeCriterion, mA } from '../../../src-core';
import { startCase } from '../../../renderer/commands/case-actions';
import { PatientPanel } from '../../../renderer/patient/PatientPanel';
import { ImpedanceCheck } from '../../../renderer/panels/ImpedanceCheck';
import { CASE_LIBRARY } from '../../../renderer/teaching/case-library';
import { createAppStore } from '../../../renderer/store/app-store';
import { makePlatform, renderWithApp } from '../helpers';

const caseById = (id: string) => {
  const entry = CASE_LIBRARY.find((e) => e.ok && e.case.id === id);
  if (!entry?.ok) throw new Error(`no case ${id}`);
  return entry.case;
};

async function storeWithCase(id: string) {
  const store = createAppStore();
  const { platform } = makePlatform();
  await startCase(store, platform, caseById(id));
  return store;
}

describe('the case brief', () => {
  it('shows what is asked, the goals in the core’s words, the story and the learning objectives', async () => {
    const store = await storeWithCase('fbss-left-leg');
    const c = caseById('fbss-left-leg');
    renderWithApp(<PatientPanel />, { store });
    const brief = screen.getByRole('region', { name: `Case: ${c.title}` });
    expect(brief.textContent).toContain(c.brief);
    const goals = within(brief).getByRole('list', { name: 'Goals' });
    expect(
      within(goals)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(c.success.map(describeCriterion));
    expect(brief.textContent).toContain(c.patient.story);
    expect(within(brief).getByRole('list', { name: 'Learning objectives' }).textContent).toContain(c.objectives[0]);
    expect(brief.textContent).toContain('L4 left, L5 left, S1 left');
  });

  it('shows no brief in free practice', () => {
    renderWithApp(<PatientPanel />);
    expect(screen.queryByRole('region', { name: /^Case:/ })).toBeNull();
  });

  it('asks a candidate-selection question first and explains a wrong and a right answer', async () => {
    const store = await storeWithCase('candidate-facet-pain');
    renderWithApp(<PatientPanel />, { store });
    const question = screen.getByRole('group', { name: 'Which intervention fits this patient best now?' });
    fireEvent.click(within(question).getByRole('radio', { name: /Spinal cord stimulation/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Decide' }));
    expect(within(screen.getByRole('region', { name: /^Case:/ })).getByRole('status').textContent).toMatch(
      /Not the best choice.*Better: Medial branch blocks/,
    );
    expect(store.getState().treatmentChoice).toBe('scs');
    fireEvent.click(within(question).getByRole('radio', { name: /Medial branch blocks/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Decide' }));
    expect(within(screen.getByRole('region', { name: /^Case:/ })).getByRole('status').textContent).toMatch(
      /^Right decision\./,
    );
  });

  it('logs the impedance check and counts program edits as undo steps, not the pain drawing', async () => {
    const store = await storeWithCase('fbss-left-leg');
    renderWithApp(<ImpedanceCheck />, { store });
    expect(store.getState().visitLog).toEqual({ impedanceChecked: false, editCount: 0, hintsUsed: 0, faultEvents: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Check impedances' }));
    expect(store.getState().visitLog.impedanceChecked).toBe(true);
    const at = { program: 0, area: 0 };
    act(() => {
      store.getState().applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'cathode' });
      // One drag: two amplitude steps 10 ms apart are one undo step.
      store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(1) }, 1000);
      store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(1.1) }, 1010);
      store.getState().applyEdit({ kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] });
    });
    expect(store.getState().visitLog.editCount).toBe(2);
  });
});
