/** `v2x-edge decode` and `v2x-edge encode` as processes: stdin/stdout, errors, exit codes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codec } from '../../asn1/generated/j2735-2020/index.js';
import { fromHex } from '../../asn1/runtime/values.js';
import { fixtures, loadExpected } from '../asn1/helpers.js';
import { runCli } from './run-cli.js';

const expected = Object.values(loadExpected('2020')).filter((e) => e.frameReencodesIdentically === true);

describe('v2x-edge decode', () => {
  it('reads hex lines from stdin and writes one JER line each: {"messageId":..,"value":..}', async () => {
    const r = await runCli(['decode'], expected.map((e) => e.hex).join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { messageId: number; value: unknown });
    expect(out.length).toBe(expected.length);
    out.forEach((o, i) => {
      expect(o.messageId).toBe(expected[i]!.messageId);
      expect(o).toEqual(codec.toJer('MessageFrame', codec.decode('MessageFrame', fromHex(expected[i]!.hex))));
    });
  });

  it('a bad line gives one error line with path and bit offset; the others decode; exit 1', async () => {
    const good = expected[0]!.hex;
    const r = await runCli(['decode'], `${good}\n0014ff\nnot-hex\n${good}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').length).toBe(2);
    const errs = r.stderr.trim().split('\n');
    expect(errs.length).toBe(2);
    expect(errs[0]).toMatch(/^line 2: MessageFrame\.value: .*\(BAD_LENGTH at bit offset 16\)$/);
    expect(errs[1]).toMatch(/^line 3: not hex/);
  });

  it('takes a message as its argument, and --binary decodes messages back to back', async () => {
    const one = await runCli(['decode', expected[0]!.hex]);
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n').length).toBe(1);
    const bundle = await runCli(['decode', '--binary', '--file', join(fixtures, 'j2735', 'asn1_codec-data', 'BSM_x128_bundle.uper')]);
    expect(bundle.code).toBe(0);
    const msgs = bundle.stdout.trim().split('\n').map((l) => JSON.parse(l) as { messageId: number });
    expect(msgs.length).toBe(128);
    expect(msgs.every((m) => m.messageId === 20)).toBe(true);
  });

  it('reports octets after a message on stderr instead of hiding them', async () => {
    const hex = readFileSync(join(fixtures, 'j2735', 'jpo-ode', 'BSM_001.hex'), 'utf8').trim();
    const r = await runCli(['decode', hex]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^argument: 86 octet\(s\) after the message \(64 used\): /);
  });

  it('rejects an unknown edition or option with usage and exit 2', async () => {
    expect((await runCli(['decode', '--edition', 'j2735-1999'])).code).toBe(2);
    expect((await runCli(['decode', '--nope'])).code).toBe(2);
  });
});

describe('v2x-edge encode', () => {
  it('JER lines back to the original bytes, and a bad line names the field path', async () => {
    const dec = await runCli(['decode'], expected.map((e) => e.hex).join('\n') + '\n');
    const bad = JSON.stringify({ messageId: 20, value: { coreData: { msgCnt: 500 } } });
    const enc = await runCli(['encode'], dec.stdout.replace('\n', `\n${bad}\n`));
    expect(enc.code).toBe(1);
    expect(enc.stdout.trim().split('\n')).toEqual(expected.map((e) => e.hex));
    expect(enc.stderr.trim()).toMatch(/^line 2: value\.coreData\.\w+: /);
  });
});

describe('v2x-edge decode and encode with other editions', () => {
  it('--edition csae53-2017 --skip 18 reads the vendor captures; the BSM record reports its second message as trailing octets', async () => {
    const dir = join(fixtures, 'csae53-2017');
    const map = await runCli(['decode', '--edition', 'csae53-2017', '--skip', '18', '--file', join(dir, 'MAP_raw_with_vendor_header.hex')]);
    expect(map.code).toBe(0);
    expect(map.stderr).toBe('');
    expect(Object.keys(JSON.parse(map.stdout) as object)).toEqual(['mapFrame']);
    const bsm = await runCli(['decode', '--edition', 'csae53-2017', '--skip', '19', '--file', join(dir, 'BSM_raw_with_vendor_header.hex')]);
    expect(bsm.code).toBe(0);
    expect((JSON.parse(bsm.stdout) as { bsmFrame: { secMark: number } }).bsmFrame.secMark).toBe(9500);
    expect(bsm.stderr).toMatch(/^line 1: 55 octet\(s\) after the message \(86 used\): 3500/);
  });

  it('--edition j2735-2016 and --profile us-j2735-2016: a SPaT TimeMark valid since 2020 is refused with its path; --profile cn-csae53-2017 reads a CSAE MAP', async () => {
    const spat = readFileSync(join(fixtures, 'j2735', 'asn1_codec-hexonly', 'SPAT_012.hex'), 'utf8').trim();
    const r20 = await runCli(['decode', spat]);
    expect(r20.code).toBe(0);
    expect((JSON.parse(r20.stdout) as { messageId: number }).messageId).toBe(19);
    for (const args of [['--edition', 'j2735-2016'], ['--profile', 'us-j2735-2016']]) {
      const r16 = await runCli(['decode', ...args, spat]);
      expect(r16.code).toBe(1);
      expect(r16.stdout).toBe('');
      expect(r16.stderr).toMatch(/VALUE_OUT_OF_RANGE/);
      expect(r16.stderr).toMatch(/startTime/);
    }
    // Both editions read a BSM the same way (2016 names where they differ).
    const bsm = Object.entries(loadExpected('2020')).find(([name, e]) => name.includes('BSM') && e.frameReencodesIdentically === true)![1].hex;
    const b16 = JSON.parse((await runCli(['decode', '--edition', 'j2735-2016', bsm])).stdout) as { value: { coreData: unknown } };
    const b20 = JSON.parse((await runCli(['decode', bsm])).stdout) as { value: { coreData: unknown } };
    expect(b16.value.coreData).toEqual(b20.value.coreData);
    const map = readFileSync(join(fixtures, 'csae53-2017', 'MAP_MessageFrame.hex'), 'utf8').trim();
    const cn = await runCli(['decode', '--profile', 'cn-csae53-2017', map]);
    expect(cn.code, cn.stderr).toBe(0);
    expect(Object.keys(JSON.parse(cn.stdout) as object)).toEqual(['mapFrame']);
    const back = await runCli(['encode', '--profile', 'cn-csae53-2017'], cn.stdout);
    expect(back.stdout.trim().toLowerCase()).toBe(map.toLowerCase().replace(/\s+/g, ''));
  });

  it('--profile us-j2735-2024 decodes an RSM; the 2020 default keeps it opaque; encode takes the same options', async () => {
    const hex = readFileSync(join(fixtures, 'j2735', 'asn1_codec-hexonly', 'RSM_001.hex'), 'utf8').trim();
    const r24 = await runCli(['decode', '--profile', 'us-j2735-2024', hex]);
    const j24 = JSON.parse(r24.stdout) as { messageId: number; value: { commonContainer: unknown } };
    expect(j24.messageId).toBe(33);
    expect(j24.value.commonContainer).toBeDefined();
    const r20 = await runCli(['decode', hex]);
    expect(typeof (JSON.parse(r20.stdout) as { value: unknown }).value).toBe('string');
    const back = await runCli(['encode', '--edition', 'j2735-2024'], r24.stdout);
    expect(back.stdout.trim()).toBe(hex);
    expect((await runCli(['decode', '--profile', 'mars-1', hex])).code).toBe(2);
  });
});
