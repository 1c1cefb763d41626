import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/context';
import { guidedCaseId } from './case-library';
import { GUIDE_STEPS, currentGuideStep } from './guided-steps';
import './teaching.css';

const ANCHOR_CLASS = 'guide-anchor';
const GAP_PX = 12;

/** Where the hint sits: right of its control when there is room, else left of it, kept inside the viewport. */
function placeBeside(anchor: Element, hint: HTMLElement): { left: number; top: number } {
  const a = anchor.getBoundingClientRect();
  const w = hint.offsetWidth;
  const h = hint.offsetHeight;
  const right = a.right + GAP_PX;
  const left = right + w <= window.innerWidth ? right : Math.max(GAP_PX, a.left - GAP_PX - w);
  const top = Math.min(Math.max(GAP_PX, a.top), Math.max(GAP_PX, window.innerHeight - h - GAP_PX));
  return { left, top };
}

/**
 * The guided first visit of the easiest case: one hint at a time, beside the control it is about (highlighted),
 * advancing by itself when the step is done. A non-modal dialog: the trainee keeps working; "Show me" moves focus to
 * the control, "Skip guide" closes it for this visit and returns focus to the workstation.
 */
export function GuidedVisit() {
  const caseId = useAppStore((s) => s.activeCase?.id);
  const dismissed = useAppStore((s) => s.guideDismissed);
  const dismissGuide = useAppStore((s) => s.dismissGuide);
  const stepIndex = useAppStore((s) => currentGuideStep(s));
  const hint = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>(undefined);
  const shown = caseId !== undefined && caseId === guidedCaseId() && !dismissed && stepIndex < GUIDE_STEPS.length;
  const step = GUIDE_STEPS[stepIndex];

  // Place the hint beside its control and highlight it; again when the window changes size or scrolls.
  useLayoutEffect(() => {
    if (!shown || !step) return;
    const anchor = document.querySelector(step.anchor);
    anchor?.classList.add(ANCHOR_CLASS);
    // The control may sit below the fold of its scrolling panel: bring it into view before placing the hint.
    anchor?.scrollIntoView?.({ block: 'nearest' });
    const place = () => {
      if (anchor && hint.current) setPosition(placeBeside(anchor, hint.current));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      anchor?.classList.remove(ANCHOR_CLASS);
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [shown, step]);

  // The guide's first appearance takes focus once, so a screen reader meets it; later steps are announced instead.
  const announced = useRef(false);
  useEffect(() => {
    if (!shown || announced.current) return;
    announced.current = true;
    heading.current?.focus();
  }, [shown]);

  if (!shown || !step) return null;
  const showMe = () => {
    const anchor = document.querySelector(step.anchor);
    const target = anchor?.matches('button, input, select')
      ? anchor
      : anchor?.querySelector('button:not(:disabled), input, select');
    (target as HTMLElement | null | undefined)?.focus();
  };
  const skip = () => {
    dismissGuide();
    document.getElementById('workspace')?.focus();
  };
  return (
    <section
      ref={hint}
      className="guide"
      role="dialog"
      aria-modal="false"
      aria-labelledby="guide-heading"
      aria-describedby="guide-text"
      style={position ? { left: position.left, top: position.top } : { right: GAP_PX, bottom: GAP_PX }}
      data-step={step.id}
    >
      <p className="muted small" aria-live="polite">
        Guided visit · step {stepIndex + 1} of {GUIDE_STEPS.length}
      </p>
      <h2 id="guide-heading" ref={heading} tabIndex={-1}>
        {step.title}
      </h2>
      <p id="guide-text" aria-live="polite">
        {step.text}
      </p>
      <div className="guide__actions">
        <button type="button" onClick={showMe}>
          Show me
        </button>
        <button type="button" onClick={skip}>
          Skip guide
        </button>
      </div>
    </section>
  );
}
