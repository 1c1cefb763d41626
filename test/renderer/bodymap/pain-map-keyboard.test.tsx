import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BodyMapPanel } from '../../../renderer/bodymap/BodyMapPanel';
import { BACK_REGIONS, FRONT_REGIONS } from '../../../renderer/bodymap/dermatome-regions';
import { nextRegion, regionCentres } from '../../../renderer/bodymap/region-navigation';
import { renderWithApp } from '../helpers';

const CENTRES = [...regionCentres(FRONT_REGIONS, -30), ...regionCentres(BACK_REGIONS, 140)];
const focusedRegion = () => document.activeElement?.getAttribute('data-region');

describe('the pain-map editor from the keyboard', () => {
  it('is one tab stop, not one per region', async () => {
    renderWithApp(<BodyMapPanel />);
    await userEvent.click(screen.getByLabelText('Edit pain map'));
    const regions = document.querySelectorAll('[data-region]');
    expect(regions.length).toBeGreaterThan(100);
    expect(document.querySelectorAll('[data-region][tabindex="0"]').length).toBe(1);
  });

  it('moves with the arrow keys to the neighbouring region and toggles it with Space', async () => {
    const { store } = renderWithApp(<BodyMapPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Edit pain map'));
    screen.getByRole('button', { name: 'L4 left (back): nothing' }).focus();
    await user.keyboard('{ArrowDown}');
    const below = focusedRegion();
    expect(below).toBe(nextRegion(CENTRES, 'L4-left-back', 'ArrowDown'));
    expect(below).toMatch(/-left-back$/); // down the same leg, not across
    // The focused region is now the tab stop.
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    expect(document.querySelectorAll('[data-region][tabindex="0"]').length).toBe(1);
    await user.keyboard(' ');
    const [dermatome, side] = below!.split('-');
    expect(store.getState().visit.session.patient.painMap).toEqual([{ dermatome, side }]);
  });

  it('goes up, left and right to regions on that side of the current one', () => {
    const at = (id: string) => CENTRES.find((c) => c.id === id)!;
    const from = at('T10-left-front');
    expect(at(nextRegion(CENTRES, from.id, 'ArrowUp')!).y).toBeLessThan(from.y);
    expect(at(nextRegion(CENTRES, from.id, 'ArrowRight')!).x).toBeGreaterThan(from.x);
    expect(at(nextRegion(CENTRES, from.id, 'ArrowLeft')!).x).toBeLessThan(from.x);
    expect(nextRegion(CENTRES, from.id, 'Home')).toBe(CENTRES[0]!.id);
    expect(nextRegion(CENTRES, from.id, 'a')).toBeUndefined();
  });
});
