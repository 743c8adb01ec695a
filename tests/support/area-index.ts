import { loadAreaIndex, type AreaIndex } from '../../src/lib/area';

let index: Promise<AreaIndex> | undefined;

/** The official list of places, read once per test worker. */
export function areaIndex(): Promise<AreaIndex> {
  index ??= loadAreaIndex();
  return index;
}
