import { Canvas } from '@react-three/fiber';
import { SnapshotBridge } from './SnapshotBridge';
import { OrbitControls } from '@react-three/drei';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NOMINAL_ANATOMY, levelPositionAt, mm } from '../../src-core';
import './viewport.css';
import { useAppServices, useAppStore } from '../store/context';
import { selectActiveArea, selectActiveProgram } from '../store/selectors';
import { BACKGROUND, FLUORO_BACKGROUND, anatomicalPalette, disposePalette, fluoroscopyPalette } from './materials';
import { nudgeForKey, nudgePlacement } from './placement';
import { toScene } from './scene-frame';
import { Anatomy } from './Anatomy';
import { drawnLevelsAround } from './anatomy-geometry';
import { AxialSection } from './AxialSection';
import { CameraRig, type ViewName } from './CameraRig';
import { Leads, contactRoles } from './Leads';
import { FieldSurface, RecruitedFibres } from './ActivationLayer';
import { FieldLegend } from './FieldLegend';
import { SectionFibres } from './SectionFibres';
import { ViewportControls, useActiveLead } from './ViewportControls';

/**
 * On demand (nothing animates, so nothing is drawn while idle). `?frameloop=always` draws every display frame — only
 * for scripts/measure-fps.mjs, which counts frames with requestAnimationFrame and needs each one to be a real render.
 */
const FRAMELOOP =
  new URLSearchParams(globalThis.location?.search ?? '').get('frameloop') === 'always' ? 'always' : 'demand';

/** Performance mark set when the first 3D frame has been drawn. */
export const FIRST_FRAME_MARK = 'scs:first-3d-frame';

/** What the simulated X-ray shows in each preset: AP and lateral are the clinical projections, the rest is said as is. */
const FLUORO_PROJECTION: Record<ViewName, string> = {
  posterior: 'AP',
  lateral: 'lateral',
  oblique: 'oblique',
  axial: 'axial section',
};

const CAPTIONS: Record<ViewName, string> = {
  posterior: "Posterior: patient's left on your left",
  lateral: "Lateral, from the patient's left: dorsal to the right",
  oblique: 'Posterior-oblique',
  axial:
    "Axial section at the lead, from the feet: anterior up, patient's left on your right · dots: fibres in the cut, coloured when firing",
};

/**
 * The 3D view: T4–L3 built from the core's anatomy (vertebrae, discs, dural sac and CSF, cord with dorsal columns,
 * dorsal roots), the implanted leads with the active program's polarity, the live stimulation (activating function
 * on the cord and the fibres that fire, from the physiology worker), view presets, an axial section, a fluoroscopy
 * mode, and placement of the leads by dragging, keys or a simulated migration. It renders on demand (nothing
 * animates), and marks itself once a frame is drawn so tests wait on the app, never on a timer.
 */
export function SpineViewport() {
  const [drawn, setDrawn] = useState(false);
  // What is shown lives in the store's `spineView` (commands and tests drive it); `drawn` is this canvas's own signal.
  const view = useAppStore((s) => s.spineView.view);
  const reframeCount = useAppStore((s) => s.spineView.reframeCount);
  const fluoroscopy = useAppStore((s) => s.spineView.fluoroscopy);
  const showField = useAppStore((s) => s.spineView.showField);
  const showFibres = useAppStore((s) => s.spineView.showFibres);
  const tiltDeg = useAppStore((s) => s.spineView.cArmTiltDeg);
  const setChosenLead = useAppStore((s) => s.setChosenLead);
  const sectionRef = useRef<HTMLElement>(null);
  const dragHint = useRef<HTMLParagraphElement>(null);
  const { store } = useAppServices();
  const implant = useAppStore((s) => s.implant);
  // The ECAP tab's recording pair, once its model is known: marked on the lead.
  const recordingContact = useAppStore((s) => (s.ecap?.status === 'ready' ? s.ecap.chart.recording : null));
  const referenceContact = useAppStore((s) => (s.ecap?.status === 'ready' ? s.ecap.chart.reference : null));
  const posture = useAppStore((s) => s.posture);
  const patient = useAppStore((s) => s.visit.session.patient.anatomy) ?? NOMINAL_ANATOMY;
  // Contacts only: an amplitude change makes new area objects but keeps their contact lists, so the scene (and its
  // software-GL redraw) is left alone while the amplitude is dragged — the live layer recolours itself.
  const activeContacts = useAppStore((s) => selectActiveArea(s).contacts);
  const programContacts = useAppStore(useShallow((s) => selectActiveProgram(s).areas.map((a) => a.contacts)));
  const activeLead = useActiveLead();

  const anatomical = useMemo(anatomicalPalette, []);
  const fluoro = useMemo(fluoroscopyPalette, []);
  useEffect(() => () => disposePalette(anatomical), [anatomical]);
  useEffect(() => () => disposePalette(fluoro), [fluoro]);
  const palette = fluoroscopy ? fluoro : anatomical;
  const roles = useMemo(() => contactRoles(activeContacts, programContacts), [activeContacts, programContacts]);

  // The camera frames the active lead's contacts; the axial section cuts at the active area's cathode on that lead,
  // else at the lead's middle contact.
  const leadContacts = implant.contacts.filter((c) => c.leadIndex === activeLead);
  const middle = leadContacts[Math.floor((leadContacts.length - 1) / 2)] ?? implant.contacts[0]!;
  const cathode = leadContacts.find((c) => roles.get(c.number) === 'cathode');
  const cutAxialMm = (cathode ?? middle).centre.axialMm;
  const [mx, my, mz] = toScene(middle.centre);
  const target = [mx, my, mz - 5] as const;
  // The spine drawn around the leads (a cervical lead gets cervical vertebrae); the window moves in steps of four.
  const allAxial = implant.contacts.map((c) => c.centre.axialMm as number);
  const centreLevel = levelPositionAt(mm((Math.min(...allAxial) + Math.max(...allAxial)) / 2)).level;
  const levels = useMemo(() => drawnLevelsAround(centreLevel), [centreLevel]);

  // The C-arm tilts only the simulated X-ray's AP and lateral projections.
  const cArm = fluoroscopy && (view === 'posterior' || view === 'lateral');
  // An X-ray shows no fields; the axial section is a cut, not the dorsal surface.
  const liveLayer = !fluoroscopy && view !== 'axial';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const nudge = nudgeForKey(event.key, event.shiftKey);
    if (!nudge || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into the bar's own controls stay theirs: ← → on the C-arm tilt slider tilt, they do not move the lead.
    const target = event.target;
    if (
      target instanceof HTMLSelectElement ||
      target instanceof HTMLButtonElement ||
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement
    )
      return;
    event.preventDefault();
    const state = store.getState();
    const lead = Math.min(state.spineView.chosenLead, state.implant.leads.length - 1);
    state.applyEdit({
      kind: 'setPlacement',
      lead,
      placement: nudgePlacement(state.implant.leads[lead]!.placement, nudge),
    });
  };

  return (
    <section
      ref={sectionRef}
      className={`viewport${fluoroscopy ? ' viewport--fluoro' : ''}`}
      aria-label="3D spine view"
      aria-describedby="viewport-keys"
      data-frame-drawn={drawn}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={() => sectionRef.current?.focus({ preventScroll: true })}
    >
      <Canvas
        frameloop={FRAMELOOP}
        // At most 1.5 device pixels per CSS pixel: on a 2× laptop screen that is 44 % fewer pixels to shade than 2×,
        // with edges still multisampled; the view's thin lines (roots, fibres, lead) stay crisp at 1.5.
        dpr={[1, 1.5]}
        // The scene paints its own opaque background: an opaque canvas is copied, not blended, by the compositor.
        gl={{ alpha: false }}
        camera={{ position: [-140, -330, 210], fov: 35, near: 1, far: 3000 }}
        onCreated={({ gl, scene, camera }) => {
          gl.localClippingEnabled = false;
          gl.render(scene, camera);
          // For scripts/measure-fps.mjs: navigation start → first 3D frame.
          performance.mark(FIRST_FRAME_MARK);
          setDrawn(true);
        }}
        // A labelled picture: aria-label on a role-less div is prohibited (axe aria-prohibited-attr).
        role="img"
        aria-label="3D view of the spine and lead"
      >
        <color attach="background" args={[fluoroscopy ? FLUORO_BACKGROUND : BACKGROUND]} />
        <ambientLight intensity={0.55} />
        <directionalLight position={[-80, 120, 200]} intensity={1.5} />
        <directionalLight position={[100, -40, -80]} intensity={0.45} />
        <Anatomy
          posture={posture}
          patient={patient}
          palette={palette}
          showLabels={view !== 'axial'}
          labelPlacement={view === 'lateral' ? 'anterior' : 'right'}
          levels={levels}
        />
        {liveLayer && showField && <FieldSurface />}
        {liveLayer && showFibres && <RecruitedFibres />}
        <Leads
          implant={implant}
          roles={roles}
          palette={palette}
          showSigns={!fluoroscopy}
          seeThrough={liveLayer && (showField || showFibres)}
          draggable={view === 'posterior' || view === 'oblique'}
          dragHint={dragHint}
          onSelect={setChosenLead}
          recording={recordingContact === null ? null : { recording: recordingContact, reference: referenceContact }}
        />
        {view === 'axial' && (
          <AxialSection
            axialMm={cutAxialMm}
            implant={implant}
            posture={posture}
            patient={patient}
            palette={palette}
            roles={roles}
          />
        )}
        {view === 'axial' && !fluoroscopy && showFibres && <SectionFibres axialMm={cutAxialMm} />}
        <SnapshotBridge />
        <OrbitControls makeDefault enableDamping={false} enableRotate={view !== 'axial'} />
        <CameraRig
          view={view}
          target={target}
          cutY={-cutAxialMm}
          revision={reframeCount}
          tiltDeg={cArm ? tiltDeg : 0}
        />
      </Canvas>
      <ViewportControls />
      <p ref={dragHint} className="viewport__drag" hidden />
      {liveLayer && <FieldLegend corner={view === 'lateral' ? 'right' : 'left'} />}
      <p className="viewport__caption">
        {fluoroscopy ? `Simulated fluoroscopy · ${FLUORO_PROJECTION[view]}` : CAPTIONS[view]} · teaching model
        <br />
        <span id="viewport-keys">Drag a lead (Shift snaps to a level) or click the view and use ↑ ↓ ← →</span>
      </p>
    </section>
  );
}
