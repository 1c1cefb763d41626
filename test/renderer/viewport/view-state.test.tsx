import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store';
import { FieldLegend } from '../../../renderer/viewport/FieldLegend';
import { ViewportControls } from '../../../renderer/viewport/ViewportControls';
import { renderWithApp } from '../helpers';

/** The 3D view's bar and legend, without the canvas: what they show is the store's `spineView`. */
function renderViewControls() {
  return renderWithApp(
    <>
      <ViewportControls />
      <FieldLegend corner="left" />
    </>,
  );
}

describe('the 3D view’s state in the store', () => {
  it('starts in the oblique view with the field and the recruited fibres shown', () => {
    expect(createAppStore().getState().spineView).toMatchObject({
      view: 'oblique',
      fluoroscopy: false,
      showField: true,
      showFibres: true,
      cArmTiltDeg: 0,
    });
  });

  it('never combines the X-ray with the axial section (a projection cannot show a cut)', () => {
    const store = createAppStore();
    store.getState().setFluoroscopy(true);
    store.getState().setSpineViewPreset('axial');
    expect(store.getState().spineView).toMatchObject({ view: 'axial', fluoroscopy: false });
    store.getState().setFluoroscopy(true);
    expect(store.getState().spineView).toMatchObject({ view: 'posterior', fluoroscopy: true });
  });

  it('re-frames when the same preset is chosen again', () => {
    const store = createAppStore();
    store.getState().setSpineViewPreset('lateral');
    const once = store.getState().spineView.reframeCount;
    store.getState().setSpineViewPreset('lateral');
    expect(store.getState().spineView).toMatchObject({ view: 'lateral', reframeCount: once + 1 });
  });

  it('shows the preset, X-ray and C-arm tilt that the store is set to, without a click', () => {
    const { store } = renderViewControls();
    expect(screen.getByRole('button', { name: 'Oblique view' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('slider', { name: /C-arm tilt/ })).toBeNull();
    act(() => {
      store.getState().setSpineViewPreset('posterior');
      store.getState().setFluoroscopy(true);
      store.getState().setCArmTiltDeg(10);
    });
    expect(screen.getByRole('button', { name: 'Posterior view' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Oblique view' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Fluoroscopy (X-ray) view' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole<HTMLInputElement>('slider', { name: /C-arm tilt/ }).value).toBe('10');
  });

  it('shows the layer switches the store is set to, and a click sets the store', async () => {
    const { store } = renderViewControls();
    act(() => store.getState().setShowFibres(false));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Recruited fibres' }).checked).toBe(false);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Field' }));
    expect(store.getState().spineView).toMatchObject({ showField: false, showFibres: false });
    await userEvent.click(screen.getByRole('button', { name: 'Axial section' }));
    expect(store.getState().spineView.view).toBe('axial');
  });
});
