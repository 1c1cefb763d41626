import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreSession } from '../../../src-core';
import { ChartsPanel } from '../../../renderer/charts/ChartsPanel';
import type { EcapChartData, EcapTraceData } from '../../../renderer/physiology/protocol';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store';
import { renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

/** The sample leg-pain session (a tonic bipole at 5 mA) with a result in, on the ECAP tab. */
function ecapStore(): AppStore {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const store = createAppStore();
  store.getState().loadSession(restored.session, restored.implant);
  store.getState().setPhysiology({ status: 'ready', result: makeSimulationResult({ amplitudeMa: 5 }), computeMs: 1 });
  store.getState().setChartTab('ecap');
  return store;
}

const chart: EcapChartData = {
  recording: 5,
  reference: 6,
  thresholdMa: 4,
  growth: [0, 2, 4, 6, 8].map((amplitudeMa) => ({ amplitudeMa, ecapUv: Math.max(0, (amplitudeMa - 3) * 6) })),
  fit: { slopeUvPerMa: 6, interceptMa: 3 },
  detectionUv: 6,
};
const trace: EcapTraceData = {
  amplitudeMa: 5,
  sampleUs: 10,
  recordedUv: Float32Array.from({ length: 300 }, (_, i) => Math.sin(i / 10)),
  measures: { n1Uv: -5, n1LatencyMs: 0.42, p2Uv: 7, p2LatencyMs: 0.9, amplitudeUv: 12 },
};

describe('the ECAP tab', () => {
  it('names the recording pair, the ECAP threshold, the dose ratio and the ECAP now, and switches to the trace', async () => {
    const store = ecapStore();
    renderWithApp(<ChartsPanel />, { store });
    expect(screen.getByRole('status').textContent).toMatch(/Computing/);
    act(() => store.getState().setEcap({ status: 'ready', chart }, trace));
    const facts = screen.getByLabelText('ECAP facts').textContent ?? '';
    expect(facts).toContain('Recording contact 5, reference 6');
    expect(facts).toContain('ECAP threshold 4.00 mA');
    expect(facts).toContain('dose ratio 1.25'); // 5 mA delivered ÷ 4 mA
    expect(facts).toContain('now 12.0 µV (N1 at 0.42 ms)');
    const growth = screen.getByRole('radio', { name: 'Growth curve (µV, mA)' });
    expect((growth as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Trace now (µV, ms)' }));
    expect((screen.getByRole('radio', { name: 'Trace now (µV, ms)' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says why there is no ECAP, and when none reaches the detection level', () => {
    const store = ecapStore();
    renderWithApp(<ChartsPanel />, { store });
    act(() => store.getState().setEcap({ status: 'unavailable', reason: 'no two free contacts' }, null));
    expect(screen.getByRole('figure', { name: 'ECAP' }).textContent).toContain(
      'No ECAP recording for this configuration: no two free contacts',
    );
    act(() => store.getState().setEcap({ status: 'ready', chart: { ...chart, thresholdMa: null } }, null));
    expect(screen.getByLabelText('ECAP facts').textContent).toContain('no ECAP reaches the 6.0 µV detection level');
  });
});
