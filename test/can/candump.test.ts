import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  CandumpWriter, formatCandumpFrameText, formatCandumpRecord, formatCandumpTimestamp, newReadStats,
  parseCandump, parseCandumpLine, readCandumpFile, type CandumpRecord,
} from '../../hal/can/candump.js';
import { CanError } from '../../hal/can/errors.js';
import { CANDUMP_KINDS, RAV4_LOG } from './fixtures.js';

describe('candump log reader and writer', () => {
  it('reads the whole RAV4 drive (53,800 frames, 520 of them empty) and writes it back byte for byte', () => {
    const text = readFileSync(RAV4_LOG, 'latin1');
    const { records, stats } = parseCandump(text);
    expect(stats).toMatchObject({ lines: 53_800, frames: 53_800, errorFrames: 0, skipped: 0 });
    const frames = records.flatMap((r) => (r.kind === 'frame' ? [r.frame] : []));
    expect(frames.filter((f) => f.data.length === 0).length).toBe(520);
    expect(new Set(records.map((r) => r.channel))).toEqual(new Set(['can0']));
    expect(records.map(formatCandumpRecord).join('\n') + '\n').toBe(text);
    const first = frames[0]!;
    expect(first).toEqual({ id: 0x260, extended: false, rtr: false, fd: false, brs: false, esi: false, data: new Uint8Array([0x08, 0xff, 0xfb, 0, 0, 0, 0x18, 0x84]), timestamp: 1533226488.230547 });
  });

  it('reads every kind of frame candump -L prints (captured from can-utils on vcan) and writes each back unchanged', () => {
    const text = readFileSync(CANDUMP_KINDS, 'latin1');
    const { records, stats } = parseCandump(text);
    expect(stats.skipped).toBe(0);
    expect(stats.errorFrames).toBe(2);
    expect(records.map(formatCandumpRecord).join('\n') + '\n').toBe(text);
    const byText = new Map(records.map((r) => [formatCandumpRecord(r).split(' ')[2]!, r]));
    const f = (k: string): CandumpRecord => byText.get(k)!;
    expect(f('123#R3')).toMatchObject({ kind: 'frame', frame: { id: 0x123, rtr: true, data: new Uint8Array(3) } });
    expect(f('12345678#DEADBEEF')).toMatchObject({ frame: { id: 0x12345678, extended: true } });
    expect(f('00000123#11')).toMatchObject({ frame: { id: 0x123, extended: true } });
    expect(f('123##5112233')).toMatchObject({ frame: { fd: true, brs: true, esi: false, data: new Uint8Array([0x11, 0x22, 0x33]) } });
    expect(f('123##6AABBCCDD')).toMatchObject({ frame: { fd: true, brs: false, esi: true } });
    expect(f('123##4')).toMatchObject({ frame: { fd: true, data: new Uint8Array(0) } });
    const err = f('20000004#0004000000006000');
    expect(err.kind).toBe('error');
    if (err.kind === 'error') {
      expect(err.error.classes).toEqual(['controller']);
      expect(err.error.bits).toBe(4);
      expect(err.error.data[1]).toBe(4);
    }
  });

  it('counts and skips bad lines with their line numbers and reasons, and keeps reading', () => {
    const text = [
      '(1533226488.230547) can0 260#08FFFB0000001884',
      '',
      'garbage',
      '(1533226488.2) can0 12#00',
      '(1533226488.3) can0 123#0G',
      '(1533226488.4) can0 123#001',
      '(1533226488.5) can0 123#001122334455667788',
      '(1533226488.6) can0 800#00',
      '(1533226488.7) can0 123##4' + '00'.repeat(65),
      '(1533226488.8 can0 123#00',
      '(1533226488.9) can0 123#R9',
      '(1533226489.0) can0 7FF#FF\r',
      '(1533226489.1) can0 7FE#01 R',
    ].join('\n');
    const { records, stats } = parseCandump(text);
    expect(records.map((r) => (r.kind === 'frame' ? r.frame.id : -1))).toEqual([0x260, 0x7ff, 0x7fe]);
    expect(stats.lines).toBe(12); // the blank line is not a line of the log
    expect(stats.skipped).toBe(9);
    expect(stats.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(stats.problems[1]!.reason).toMatch(/id: '12' must have 3 .* or 8/);
    expect(stats.problems[2]!.reason).toMatch(/not hexadecimal/);
    expect(stats.problems[3]!.reason).toMatch(/odd number/);
    expect(stats.problems[4]!.reason).toMatch(/9 bytes > 8/);
    expect(stats.problems[5]!.reason).toMatch(/> 0x7FF/);
    expect(stats.problems[6]!.reason).toMatch(/65 bytes > 64/);
  });

  it('throws CanError BAD_LOG for a single bad line', () => {
    let e: unknown;
    try { parseCandumpLine('(1.0) can0 1234#00'); } catch (x) { e = x; }
    expect(e).toBeInstanceOf(CanError);
    expect((e as CanError).code).toBe('BAD_LOG');
  });

  it('streams a file with the same result, across read chunks, CRLF and a missing final newline', async () => {
    const recs: CandumpRecord[] = [];
    const stats = newReadStats();
    for await (const r of readCandumpFile(RAV4_LOG, stats)) recs.push(r);
    const whole = parseCandump(readFileSync(RAV4_LOG, 'latin1')).records;
    expect(recs.length).toBe(whole.length);
    expect(recs.map(formatCandumpRecord)).toEqual(whole.map(formatCandumpRecord));
    expect(stats.frames).toBe(53_800);

    const dir = mkdtempSync(join(tmpdir(), 'candump-'));
    try {
      const p = join(dir, 'x.log');
      writeFileSync(p, '(0000000001.000001) can1 001#01\r\n(0000000001.000002) can1 002#02');
      const out: string[] = [];
      for await (const r of readCandumpFile(p)) out.push(formatCandumpRecord(r));
      expect(out).toEqual(['(0000000001.000001) can1 001#01', '(0000000001.000002) can1 002#02']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('formats timestamps as candump does (10-digit seconds, microseconds) and frames in upper case', () => {
    expect(formatCandumpTimestamp(1.000001)).toBe('(0000000001.000001)');
    expect(formatCandumpTimestamp(1533226488 + 0.9999996)).toBe('(1533226489.000000)');
    expect(formatCandumpFrameText({ id: 0xb4, data: new Uint8Array([0xc1, 0x0a]) })).toBe('0B4#C10A');
    expect(formatCandumpFrameText({ id: 0xabc, extended: true, fd: true, data: new Uint8Array(12) })).toBe('00000ABC##4000000000000000000000000');
  });

  it('writes records to a stream', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const w = new CandumpWriter(out);
    const { records } = parseCandump(readFileSync(CANDUMP_KINDS, 'latin1'));
    for (const r of records) await w.write(r);
    expect(chunks.join('')).toBe(readFileSync(CANDUMP_KINDS, 'latin1'));
  });
});
