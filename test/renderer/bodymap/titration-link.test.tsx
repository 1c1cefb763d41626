import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BodyMapPanel } from '../../../renderer/bodymap/BodyMapPanel';
import { ChartsPanel } from '../../../renderer/charts/ChartsPanel';
import { renderWithApp } from '../helpers';

describe('the body map’s pointer to the titration curve', () => {
  it('shows coverage against amplitude in the charts panel', () => {
    renderWithApp(
      <>
        <BodyMapPanel />
        <ChartsPanel />
      </>,
    );
    expect(screen.getByRole('tab', { name: 'Pulse train' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /Coverage against amplitude/ }));
    expect(screen.getByRole('tab', { name: 'Titration' }).getAttribute('aria-selected')).toBe('true');
  });
});
