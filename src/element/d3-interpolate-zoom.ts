/**
 * d3-interpolate's `interpolateZoom` alone, for the one-file bundle: scripts/build.mjs puts this
 * module in d3-interpolate's place. d3-zoom and the element's zoom animation use nothing else
 * of it, but d3-interpolate's published module runs colour set-up at load time that no bundler
 * can drop, and so brings d3-color with it: ~14 KB minified for one function. Tests and the
 * npm modules use d3-interpolate itself; this is its code (van Wijk and Nuij's smooth zoom,
 * ρ = √2), unchanged but for types.
 *
 * Copyright 2010-2021 Mike Bostock. ISC License: permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that
 * the above copyright notice and this permission notice appear in all copies.
 */

type View = [number, number, number] | readonly number[];
type ZoomInterpolator = ((t: number) => [number, number, number]) & { duration: number };

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const EPSILON2 = 1e-12;

function cosh(x: number): number {
  return ((x = Math.exp(x)) + 1 / x) / 2;
}

function sinh(x: number): number {
  return ((x = Math.exp(x)) - 1 / x) / 2;
}

function tanh(x: number): number {
  return ((x = Math.exp(2 * x)) - 1) / (x + 1);
}

/** From view p0 = [ux0, uy0, w0] to view p1 = [ux1, uy1, w1]. */
export function interpolateZoom(p0: View, p1: View): ZoomInterpolator {
  const [ux0, uy0, w0] = p0 as [number, number, number];
  const [ux1, uy1, w1] = p1 as [number, number, number];
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: (t: number) => [number, number, number];
  let S: number;
  if (d2 < EPSILON2) {
    // The same centre: only the width changes.
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
