import { useEffect, useRef, type RefObject } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Plane, Vector3, type Group } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { LeadPlacement } from '../../src-core';
import { useAppServices } from '../store/context';
import { describePlacement, draggedPlacement, sceneShiftBetween } from './placement';

/** Pointer handlers for one lead's grip. */
export interface LeadGripHandlers {
  onPointerDown(event: ThreeEvent<PointerEvent>): void;
  onPointerMove(event: ThreeEvent<PointerEvent>): void;
  onPointerUp(event: ThreeEvent<PointerEvent>): void;
  onPointerCancel(event: ThreeEvent<PointerEvent>): void;
  onPointerOver(): void;
  onPointerOut(): void;
}

interface Drag {
  readonly lead: number;
  readonly pointerId: number;
  readonly start: Vector3;
  readonly placement: LeadPlacement;
  target: LeadPlacement;
}

const coronal = new Plane();
const normal = new Vector3(0, 0, 1);
const scratch = new Vector3();

/**
 * Dragging a lead on the coronal plane (what the posterior view shows): the lead follows the pointer at once (its
 * group is translated, no React state), a readout says where it would land, and the placement is committed through
 * the store's undoable `setPlacement` edit only on release — each committed move re-runs the physics (≈1 s). Shift
 * snaps the tip to a vertebral endplate. Orbiting is paused while a lead is held.
 *
 * `groups` holds each lead's drawn group; `hint` is an overlay element for the live readout.
 */
export function useLeadDrag(
  enabled: boolean,
  groups: RefObject<(Group | null)[]>,
  hint: RefObject<HTMLElement | null>,
  onSelect: (lead: number) => void,
): (lead: number) => LeadGripHandlers {
  const { store } = useAppServices();
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const drag = useRef<Drag | null>(null);

  const show = (text: string | undefined) => {
    const element = hint.current;
    if (!element) return;
    element.textContent = text ?? '';
    element.hidden = text === undefined;
  };
  const shift = (lead: number, dx: number, dy: number) => {
    groups.current[lead]?.position.set(dx, dy, 0);
    invalidate();
  };
  const end = (commit: boolean) => {
    const held = drag.current;
    drag.current = null;
    if (controls) controls.enabled = true;
    canvas.style.cursor = '';
    show(undefined);
    if (!held) return;
    const unchanged = JSON.stringify(held.target) === JSON.stringify(held.placement);
    // The preview offset stays until the leads are rebuilt at the committed placement (Leads resets it), so the lead
    // does not jump back for a frame.
    if (!commit || unchanged) shift(held.lead, 0, 0);
    else store.getState().applyEdit({ kind: 'setPlacement', lead: held.lead, placement: held.target });
  };
  // The view changing mid-drag (dragging switched off) or unmounting must not leave orbiting switched off.
  const endRef = useRef(end);
  useEffect(() => {
    endRef.current = end;
  });
  useEffect(() => () => endRef.current(false), [enabled]);

  return (lead) => ({
    onPointerDown(event) {
      if (!enabled || event.button !== 0) return;
      event.stopPropagation();
      (event.target as unknown as Element).setPointerCapture(event.pointerId);
      if (controls) controls.enabled = false;
      canvas.style.cursor = 'grabbing';
      coronal.setFromNormalAndCoplanarPoint(normal, event.point);
      const placement = store.getState().implant.leads[lead]!.placement;
      drag.current = { lead, pointerId: event.pointerId, start: event.point.clone(), placement, target: placement };
      onSelect(lead);
      show(`${describePlacement(lead, placement)} · release to place, Shift snaps to a level`);
    },
    onPointerMove(event) {
      const held = drag.current;
      if (!held || held.pointerId !== event.pointerId || !event.ray.intersectPlane(coronal, scratch)) return;
      event.stopPropagation();
      held.target = draggedPlacement(
        held.placement,
        scratch.x - held.start.x,
        scratch.y - held.start.y,
        event.shiftKey,
      );
      const [dx, dy] = sceneShiftBetween(held.placement, held.target);
      shift(held.lead, dx, dy);
      show(`${describePlacement(held.lead, held.target)} · release to place`);
    },
    onPointerUp(event) {
      if (drag.current?.pointerId !== event.pointerId) return;
      event.stopPropagation();
      (event.target as unknown as Element).releasePointerCapture(event.pointerId);
      end(true);
    },
    onPointerCancel() {
      end(false);
    },
    onPointerOver() {
      if (enabled && !drag.current) canvas.style.cursor = 'grab';
    },
    onPointerOut() {
      if (!drag.current) canvas.style.cursor = '';
    },
  });
}
