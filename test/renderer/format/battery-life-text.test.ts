import { describe, expect, it } from 'vitest';
import { batteryLifeText } from '../../../renderer/format/battery-life-text';

describe('batteryLifeText: how long a full battery lasts', () => {
  it('never says "0 days" for a battery that drains within a day', () => {
    expect(batteryLifeText(0.4)).toBe('10 hours');
    expect(batteryLifeText(1 / 24)).toBe('1 hour');
    expect(batteryLifeText(0.01)).toBe('less than an hour');
  });

  it('counts days with a decimal below ten and whole days above', () => {
    expect(batteryLifeText(1)).toBe('1 day');
    expect(batteryLifeText(0.99)).toBe('1 day');
    expect(batteryLifeText(1.46)).toBe('1.5 days');
    expect(batteryLifeText(3)).toBe('3 days');
    expect(batteryLifeText(12.4)).toBe('12 days');
  });

  it('shows a dash when there is no figure', () => {
    expect(batteryLifeText(null)).toBe('—');
    expect(batteryLifeText(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
