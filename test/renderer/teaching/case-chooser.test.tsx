import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { casePatientId, mA } from '../../../src-core';
import { CaseChooser } from '../../../renderer/teaching/CaseChooser';
import { CASE_LIBRARY, caseEntriesOf, caseForPatientId, guidedCaseId } from '../../../renderer/teaching/case-library';
import { renderWithApp } from '../helpers';

const okCases = CASE_LIBRARY.flatMap((e) => (e.ok ? [e.case] : []));

describe('the case chooser', () => {
  it('bundles every case file of resources/cases, each accepted by parseCase, easiest first', () => {
    expect(CASE_LIBRARY.length).toBeGreaterThanOrEqual(15);
    expect(CASE_LIBRARY.filter((e) => !e.ok)).toEqual([]);
    const difficulties = okCases.map((c) => c.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
    expect(guidedCaseId()).toBe('fbss-left-leg');
  });

  it('lists each case with its title, difficulty, curriculum level and what it asks, and free practice', () => {
    renderWithApp(<CaseChooser />);
    const list = screen.getByRole('list', { name: 'Cases' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(CASE_LIBRARY.length);
    const first = within(list).getByRole('button', { name: okCases[0]!.title });
    expect(first.getAttribute('aria-describedby')).toBeTruthy();
    const card = first.closest('li')!;
    expect(card.textContent).toContain('Difficulty 1 of 5');
    expect(card.textContent).toContain('Early learner');
    expect(screen.getByRole('button', { name: 'Free practice' })).toBeTruthy();
  });

  it('shows an invalid case file with the core’s message instead of offering it', () => {
    const library = caseEntriesOf({ '/x/broken.case.json': '{"format":"scs-sim-case","version":1}' });
    renderWithApp(<CaseChooser library={library} />);
    expect(screen.getByRole('alert').textContent).toMatch(/This case cannot be offered: The case file is invalid/);
    expect(screen.queryByRole('button', { name: /broken/ })).toBeNull();
  });

  it('opens a case as a fresh visit of its session and keeps it as the active case', async () => {
    const { store } = renderWithApp(<CaseChooser />);
    const target = okCases.find((c) => c.id === 'bilateral-legs')!;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: target.title })));
    const state = store.getState();
    expect(state.screen).toBe('workstation');
    expect(state.activeCase?.id).toBe('bilateral-legs');
    expect(state.visit.session.patient.id).toBe(casePatientId(target));
    expect(state.visit.session.patient.painMap).toEqual(target.patient.painMap);
    expect(state.visitRecord.thresholds).toEqual([]);
    expect(state.fileName).toBeUndefined();
    expect(caseForPatientId(state.visit.session.patient.id)?.id).toBe('bilateral-legs');
  });

  it('asks about unsaved work before a case replaces it, and Cancel keeps the work', async () => {
    const { store } = renderWithApp(<CaseChooser />);
    act(() => store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(1) }));
    const before = store.getState().visit;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: okCases[0]!.title })));
    expect(store.getState().saveChangesPrompt?.action).toMatch(/opening the case/);
    await act(async () => store.getState().answerSaveChangesPrompt('cancel'));
    expect(store.getState().visit).toBe(before);
    expect(store.getState().activeCase).toBeUndefined();
    expect(store.getState().screen).toBe('chooser');
  });

  it('free practice goes back to the practice visit as it was', async () => {
    const { store } = renderWithApp(<CaseChooser />);
    const before = store.getState().visit;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Free practice' })));
    expect(store.getState().screen).toBe('workstation');
    expect(store.getState().visit).toBe(before);
  });
});
