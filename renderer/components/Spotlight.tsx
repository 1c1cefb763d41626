import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/context';

/**
 * The presenter's spotlight (View → Spotlight, Ctrl+Shift+H): the screen dims but for a circle that follows the
 * pointer, so a room sees what the presenter points at. It takes no clicks; Escape or the shortcut turns it off.
 */
export function Spotlight() {
  const on = useAppStore((s) => s.spotlight);
  const setSpotlight = useAppStore((s) => s.setSpotlight);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!on) return undefined;
    const follow = (event: PointerEvent) => {
      ref.current?.style.setProperty('--spot-x', `${event.clientX}px`);
      ref.current?.style.setProperty('--spot-y', `${event.clientY}px`);
    };
    const leave = (event: KeyboardEvent) => event.key === 'Escape' && setSpotlight(false);
    window.addEventListener('pointermove', follow);
    window.addEventListener('keydown', leave);
    return () => {
      window.removeEventListener('pointermove', follow);
      window.removeEventListener('keydown', leave);
    };
  }, [on, setSpotlight]);
  return on ? <div ref={ref} className="spotlight" data-testid="spotlight" aria-hidden="true" /> : null;
}
