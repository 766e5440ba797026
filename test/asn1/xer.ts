/**
 * A small XER (X.693) reader for the decoded forms saved next to the vectors, and a
 * comparison of such a tree with a value decoded by our codec, field by field.
 */
import type { Codec } from '../../asn1/runtime/api.js';
import type { IrType } from '../../asn1/runtime/schema.js';
import { toHex, type BitString } from '../../asn1/runtime/values.js';

export interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d))).replace(/&amp;/g, '&');
}

/** Parses XML without attributes' meaning (they are ignored); returns the top-level elements. */
export function parseXml(src: string): XmlNode[] {
  const root: XmlNode = { name: '#root', children: [], text: '' };
  const stack: XmlNode[] = [root];
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const text = src.slice(i, lt < 0 ? src.length : lt);
    if (text.trim()) stack[stack.length - 1]!.text += unescape(text);
    if (lt < 0) break;
    if (src.startsWith('<?', lt)) { i = src.indexOf('?>', lt) + 2; continue; }
    if (src.startsWith('<!--', lt)) { i = src.indexOf('-->', lt) + 3; continue; }
    const gt = src.indexOf('>', lt);
    const tag = src.slice(lt + 1, gt).trim();
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const top = stack.pop()!;
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const name = tag.replace(/\/$/, '').trim().split(/\s+/)[0]!;
    const node: XmlNode = { name, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> not closed`);
  return root.children;
}

/**
 * Compares an XER element with our decoded value; returns the differences (empty when the
 * fields the XER shows all agree, and the XER shows every component we decoded).
 */
export function compareXer(codec: Codec<Record<string, unknown>>, t0: IrType, node: XmlNode, v: unknown, path = ''): string[] {
  const out: string[] = [];
  const types = codec.schema.types;
  let t = t0;
  while (t.kind === 'ref') t = types[t.id]!.type;
  const text = node.text.replace(/\s+/g, '');
  const diff = (what: string): void => {
    out.push(`${path || node.name}: ${what}`);
  };
  if (v === undefined) {
    diff('shown by the XER, absent from the decode');
    return out;
  }
  switch (t.kind) {
    case 'integer':
      if (Number(text) !== v) diff(`XER ${text}, decoded ${String(v)}`);
      break;
    case 'boolean': {
      const x = node.children[0]?.name;
      if ((x === 'true') !== v) diff(`XER ${x}, decoded ${String(v)}`);
      break;
    }
    case 'null':
      break;
    case 'enumerated': {
      const x = node.children[0]?.name;
      if (x !== v) diff(`XER ${x}, decoded ${String(v)}`);
      break;
    }
    case 'bitstring': {
      const b = v as BitString;
      let s = '';
      for (let i = 0; i < b.length; i++) s += (b.bytes[i >> 3]! >> (7 - (i & 7))) & 1;
      if (s !== text) diff(`XER bits ${text}, decoded ${s}`);
      break;
    }
    case 'octetstring':
      if (text.toLowerCase() !== toHex(v as Uint8Array)) diff(`XER ${text}, decoded ${toHex(v as Uint8Array)}`);
      break;
    case 'charstring':
      if (node.text !== v && node.text.trim() !== v) diff(`XER ${JSON.stringify(node.text)}, decoded ${JSON.stringify(v)}`);
      break;
    case 'sequenceof': {
      const arr = v as unknown[];
      if (arr.length !== node.children.length) diff(`XER ${node.children.length} items, decoded ${arr.length}`);
      let item = t.item;
      while (item.kind === 'ref') item = types[item.id]!.type;
      // Items of an ENUMERATED, BOOLEAN or CHOICE type appear unwrapped (<value/>, <alternative>).
      const bare = item.kind === 'enumerated' || item.kind === 'boolean' || item.kind === 'choice';
      node.children.forEach((c, i) => out.push(...compareXer(codec, t.item, bare ? { name: 'item', children: [c], text: '' } : c, arr[i], `${path}[${i}]`)));
      break;
    }
    case 'choice': {
      const c = node.children[0];
      const o = v as Record<string, unknown>;
      if (!c || o[c.name] === undefined) {
        diff(`XER alternative ${c?.name}, decoded ${Object.keys(o).filter((k) => o[k] !== undefined).join()}`);
        break;
      }
      const alt = [...t.alts, ...t.additions].find((a) => a.name === c.name)!;
      out.push(...compareXer(codec, alt.type, c, o[c.name], `${path}.${c.name}`));
      break;
    }
    case 'sequence': {
      const o = v as Record<string, unknown>;
      const fields = [...t.fields, ...t.additions.flatMap((a) => (a.kind === 'field' ? [a.field] : a.fields))];
      const seen = new Set<string>();
      for (const c of node.children) {
        const f = fields.find((x) => x.name === c.name);
        const p = `${path}.${c.name}`;
        seen.add(c.name);
        if (!f) { out.push(`${p}: component unknown to the schema`); continue; }
        if (o[c.name] === undefined) { out.push(`${p}: shown by the XER, absent from the decode`); continue; }
        if (f.type.kind === 'open') {
          const inner = c.children[0];
          const x = o[c.name];
          if (x instanceof Uint8Array) { out.push(`${p}: decoded as opaque octets, XER shows ${inner?.name}`); continue; }
          const key = o[f.type.keyField!];
          const entry = f.type.entries.find((e) => e.key === key);
          if (!entry || !inner) { out.push(`${p}: no type for key ${String(key)}`); continue; }
          out.push(...compareXer(codec, entry.type, inner, x, p));
        } else out.push(...compareXer(codec, f.type, c, o[c.name], p));
      }
      for (const f of fields) if (o[f.name] !== undefined && !seen.has(f.name)) out.push(`${path}.${f.name}: decoded, not shown by the XER`);
      break;
    }
    default:
      diff(`unexpected type kind ${t.kind}`);
  }
  return out;
}
