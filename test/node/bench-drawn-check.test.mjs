// The benchmark's "drawn = model" check (bench/pages/drawn-check.mjs) must not import the
// element's layout, so it keeps its own copy of the cluster distance. This keeps the copy true:
// with a smaller one, a cluster near an edge is counted as a mismatch (or a real one missed).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test("the drawn = model check clusters marks as the layout does", async () => {
  const { GEOMETRY } = await import('../../dist/layout/scene.js');
  const { CLUSTER_DISTANCE } = await import('../../bench/pages/drawn-check.mjs');
  assert.equal(CLUSTER_DISTANCE, GEOMETRY.clusterDistance);
});
