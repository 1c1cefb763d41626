import type { KeyboardEvent } from 'react';

/** The tab a key moves to in a tablist of `count` tabs (←/→ wrap, Home/End), or undefined for other keys. */
export function tabForKey(key: string, active: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (active + 1) % count;
    case 'ArrowLeft':
      return (active - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The WAI-ARIA tabs pattern's keys on a tablist: only the selected tab is a tab stop (roving tabindex), and the
 * arrow keys select and focus its neighbours. Put it on the element with `role="tablist"`.
 */
export function onTabListKeyDown(
  event: KeyboardEvent<HTMLElement>,
  active: number,
  count: number,
  select: (index: number) => void,
): void {
  const next = tabForKey(event.key, active, count);
  if (next === undefined || count === 0) return;
  event.preventDefault();
  select(next);
  event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
}
