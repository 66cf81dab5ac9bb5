import {
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoStreamWrapper,
} from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to 0.1, relative
 * line-tos, points closer than `tolerance` to the last one dropped, rings left with fewer than three
 * points (specks of islands) left out. This is the map's simplification: at the drawn size a
 * dropped point moves a border by less than a pixel.
 */
class PathWriter implements GeoContext {
  private out = '';
  private ring: [number, number][] = [];

  constructor(private readonly tolerance: number) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const [lx, ly] = this.ring.at(-1) ?? point;
    if (Math.hypot(point[0] - lx, point[1] - ly) >= this.tolerance * 10) this.ring.push(point);
  }

  closePath(): void {
    this.flush();
  }

  arc(): void {
    throw new Error('PathWriter draws polygons only, not points');
  }

  private flush(): void {
    const [first, ...rest] = this.ring;
    this.ring = [];
    if (first === undefined || rest.length < 2) return;
    let [x, y] = first;
    const steps = rest.flatMap(([px, py]) => {
      const step = [px - x, py - y];
      [x, y] = [px, py];
      return step;
    });
    this.out += `M${join(first)}l${join(steps)}z`;
  }

  /** The path data written so far. */
  toString(): string {
    this.flush();
    return this.out;
  }
}

/** Tenths as the shortest SVG numbers: 5 → ".5", -12 → "-1.2"; a minus sign needs no separator. */
function join(tenths: number[]): string {
  return tenths
    .map((t, i) => {
      const text = String(t / 10).replace(/^(-?)0\./, '$1.');
      return i > 0 && !text.startsWith('-') ? ` ${text}` : text;
    })
    .join('');
}

/** Path data for a shape under a projection (see PathWriter); "" when nothing is inside the clip. */
export function toPathData(
  object: GeoPermissibleObjects,
  projection: GeoStreamWrapper,
  tolerance = 0.8,
): string {
  const writer = new PathWriter(tolerance);
  geoPath(projection, writer)(object);
  return writer.toString();
}
