import { geoIdentity, type GeoPermissibleObjects } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { toPathData } from '#lib/map/member-map-path.ts';

describe('toPathData', () => {
  const square = (size: number, at = 0): GeoPermissibleObjects => ({
    type: 'Polygon',
    coordinates: [
      [
        [at, at],
        [at + size, at],
        [at + size, at + size],
        [at, at + size],
        [at, at],
      ],
    ],
  });

  test.each([
    ['a square as one relative ring', square(10), 0.8, 'M0 0l10 0 0 10-10 0z'],
    ['tenths without a leading zero', square(0.5, 1.25), 0.1, 'M1.3 1.3l.5 0 0 .5-.5 0z'],
    ['a speck smaller than the tolerance left out', square(0.3), 0.8, ''],
    [
      'two rings in one path',
      {
        type: 'MultiPolygon',
        coordinates: [
          (square(2) as { coordinates: number[][][] }).coordinates,
          (square(2, 5) as { coordinates: number[][][] }).coordinates,
        ],
      },
      0.8,
      'M0 0l2 0 0 2-2 0zM5 5l2 0 0 2-2 0z',
    ],
  ])('writes %s', (_case, object, tolerance, expected) => {
    expect(toPathData(object as GeoPermissibleObjects, geoIdentity(), tolerance)).toBe(expected);
  });
});
