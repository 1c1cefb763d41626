import { describe, expect, it } from 'vitest';
import { Box3 } from 'three';
import {
  NOMINAL_ANATOMY,
  axialMmOf,
  canalSectionAt,
  defaultCatalogue,
  levelDimensions,
  mm,
  upperEndplateMm,
  type LeadPlacement,
} from '../../../src-core';
import { placeLead } from '../../../src-core/hardware/placement';
import {
  DRAWN_LEVELS,
  buildCanalContents,
  buildDisc,
  buildVertebra,
  cordSectionAt,
  vertebraDimensions,
} from '../../../renderer/viewport/anatomy-geometry';
import { buildLeadBody, contactScenePosition } from '../../../renderer/viewport/lead-geometry';
import { axialMmOfSceneY, toScene, tupleToScene } from '../../../renderer/viewport/scene-frame';

const close = (a: number, b: number, tolerance = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance);

describe('the spine frame → scene mapping', () => {
  it('puts rostral up, the patient’s left at −x (the viewer’s left from behind) and dorsal at +z', () => {
    expect(toScene({ axialMm: mm(100), lateralMm: mm(0), dorsalMm: mm(0) })).toEqual([-0, -100, 0]);
    const left = toScene({ axialMm: mm(0), lateralMm: mm(3), dorsalMm: mm(0) });
    expect(left[0]).toBeLessThan(0);
    const dorsal = toScene({ axialMm: mm(0), lateralMm: mm(0), dorsalMm: mm(2) });
    expect(dorsal[2]).toBe(2);
    const caudal = toScene({ axialMm: mm(200), lateralMm: mm(0), dorsalMm: mm(0) });
    expect(caudal[1]).toBeLessThan(toScene({ axialMm: mm(100), lateralMm: mm(0), dorsalMm: mm(0) })[1]);
  });

  it('maps the core’s [axial, lateral, dorsal] tuples the same way and inverts the axial coordinate', () => {
    expect(tupleToScene([120, 4, -2])).toEqual(toScene({ axialMm: mm(120), lateralMm: mm(4), dorsalMm: mm(-2) }));
    expect(axialMmOfSceneY(toScene({ axialMm: mm(321.5), lateralMm: mm(0), dorsalMm: mm(0) })[1])).toBe(321.5);
  });
});

describe('contacts and leads in scene units', () => {
  const catalogue = defaultCatalogue();
  const placement: LeadPlacement = {
    tip: { level: 'T8', offsetMm: mm(6) },
    lateralMm: mm(1.5),
    depthMm: mm(0),
    rotationDeg: 0,
  };

  it('places every contact at the core’s PlacedContact centre', () => {
    for (const model of catalogue.leads.values()) {
      for (const contact of placeLead(model, placement, 0, 0)) {
        const [x, y, z] = contactScenePosition(contact);
        close(x, -contact.centre.lateralMm);
        close(y, -contact.centre.axialMm);
        close(z, contact.centre.dorsalMm);
      }
    }
  });

  it('draws a percutaneous lead body from its tip caudally, on the dura at the placement’s side', () => {
    const model = catalogue.leads.get('perc-8-3x4')!;
    const box = new Box3().setFromBufferAttribute(buildLeadBody(model, placement).getAttribute('position') as never);
    const tipY = -axialMmOf(placement.tip);
    close(box.max.y, tipY + 0, 1e-3);
    close((box.min.x + box.max.x) / 2, -1.5, 1e-3);
    close(box.min.z, 0, 1e-3); // lying on the dorsal dura (depth 0)
    close(box.max.x - box.min.x, model.thicknessMm, 1e-3);
  });
});

describe('procedural vertebrae', () => {
  it('follow the core’s body heights and endplates for every drawn level', () => {
    for (const level of DRAWN_LEVELS) {
      const d = vertebraDimensions(level, 'supine', NOMINAL_ANATOMY);
      expect(d.bodyHeightMm).toBe(levelDimensions(level).bodyHeightMm);
      expect(d.upperEndplateMm).toBe(upperEndplateMm(level));
      const { body, arch } = buildVertebra(d);
      const bodyBox = new Box3().setFromBufferAttribute(body.getAttribute('position') as never);
      close(bodyBox.max.y, -upperEndplateMm(level), 1e-4);
      close(bodyBox.max.y - bodyBox.min.y, levelDimensions(level).bodyHeightMm, 1e-4);
      // The body lies ventral to the dural sac; the arch dorsal to it.
      expect(bodyBox.max.z).toBeLessThan(-10);
      const archBox = new Box3().setFromBufferAttribute(arch.getAttribute('position') as never);
      expect(archBox.max.z).toBeGreaterThan(15);
    }
  });

  it('fill the gap below each body with its disc', () => {
    const d = vertebraDimensions('T9', 'supine', NOMINAL_ANATOMY);
    const disc = buildDisc(d)!;
    const box = new Box3().setFromBufferAttribute(disc.getAttribute('position') as never);
    close(box.max.y, -(upperEndplateMm('T9') + d.bodyHeightMm), 1e-4);
    close(box.min.y, -upperEndplateMm('T10'), 1e-4);
  });

  it('point thoracic spinous processes caudally', () => {
    const d = vertebraDimensions('T8', 'supine', NOMINAL_ANATOMY);
    const position = buildVertebra(d).arch.getAttribute('position');
    let best = 0;
    for (let i = 1; i < position.count; i++) if (position.getZ(i) > position.getZ(best)) best = i;
    expect(position.getY(best)).toBeLessThan(-(d.upperEndplateMm + d.bodyHeightMm));
  });
});

describe('the cord and sac', () => {
  it('take the cord’s size and depth from canalSectionAt', () => {
    const axial = axialMmOf({ level: 'T9', offsetMm: mm(10) });
    const s = canalSectionAt(mm(axial), 'supine', NOMINAL_ANATOMY);
    const c = cordSectionAt(axial, 'supine', NOMINAL_ANATOMY);
    close(c.halfWidth * 2, s.cordTransverseMm);
    close(c.halfDepth * 2, s.cordApMm);
    close(c.dorsal + c.halfDepth, -(s.duraThicknessMm + s.dcsfMm));
  });

  it('ends the cord at the conus', () => {
    const { cord } = buildCanalContents('supine', NOMINAL_ANATOMY);
    const box = new Box3().setFromBufferAttribute(cord.getAttribute('position') as never);
    close(-box.min.y, axialMmOf(NOMINAL_ANATOMY.conus), 1e-3);
  });
});
