/**
 * The soak plot's PNG encoder, read back by an independent decoder (Python's zlib and the PNG
 * rules: chunk CRCs, IHDR, filter bytes, inflated scanlines); and the chart's axis steps.
 */
import { describe, expect, it } from 'vitest';
import { encodePng, formatTick, niceStep, plot, Raster } from '../../src/cli/commands/_soak-plot.js';
import { havePython, pythonReadPng } from './png-reader.js';

if (!havePython) process.stderr.write('SKIP: python3 not found: the independent PNG reading is skipped\n');

describe.skipIf(!havePython)('PNG encoder', () => {
  it('writes the pixels it was given (read back by an independent decoder)', () => {
    const r = new Raster(3, 2, [255, 255, 255]);
    r.set(0, 0, [255, 0, 0]);
    r.set(1, 0, [0, 255, 0]);
    r.set(2, 1, [1, 2, 3]);
    const out = pythonReadPng(encodePng(r));
    expect(out).toMatchObject({ width: 3, height: 2, crcOk: true, filters: [0] });
    expect(out.pixels).toEqual(['ff0000', '00ff00', 'ffffff', 'ffffff', 'ffffff', '010203']);
  });

  it('a chart: valid PNG of the size asked for, with something drawn', () => {
    const png = plot({ title: 'test', x: [0, 1, 2, 3], xLabel: 'minutes', width: 600, panelHeight: 120, panels: [{ title: 'a', series: [{ label: 'one', color: [0, 0, 255], values: [1, 3, undefined, 2] }], limit: { value: 2, label: 'limit' } }] });
    const out = pythonReadPng(png);
    expect(out.crcOk).toBe(true);
    expect(out.width).toBe(600);
    expect(out.nonWhite).toBeGreaterThan(2000);
  });
});

describe('axis steps', () => {
  it('1, 2 or 5 times a power of ten', () => {
    expect(niceStep(10)).toBe(2);
    expect(niceStep(1)).toBe(0.2);
    expect(niceStep(730)).toBe(200);
    expect(niceStep(0)).toBe(1);
    expect([formatTick(0), formatTick(1.5), formatTick(25000), formatTick(2_500_000)]).toEqual(['0', '1.5', '25K', '2.5M']);
  });
});
