/**
 * Reads the CSAE vendor's printed decodes (`name: value` lines, `name: Type ::= {` blocks,
 * list items as `Type ::= {`) and compares them with our JER of the same bytes, field by
 * field. CHOICE wrappers (which the print shows as a type name) are looked through.
 */

export interface PrintNode {
  key: string | null; // null for a list item
  type?: string;
  value?: string; // leaf
  children: PrintNode[];
}

export function parseVendorPrint(text: string): PrintNode[] {
  const root: PrintNode = { key: null, children: [] };
  const stack: PrintNode[] = [root];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.endsWith('：')) continue;
    if (line === '}') {
      stack.pop();
      continue;
    }
    let m = /^([A-Za-z][\w-]*): ([\w-]+) ::= \{$/.exec(line);
    if (m) {
      const n: PrintNode = { key: m[1]!, type: m[2]!, children: [] };
      stack[stack.length - 1]!.children.push(n);
      stack.push(n);
      continue;
    }
    m = /^([\w-]+) ::= \{$/.exec(line);
    if (m) {
      const n: PrintNode = { key: null, type: m[1]!, children: [] };
      stack[stack.length - 1]!.children.push(n);
      stack.push(n);
      continue;
    }
    m = /^([A-Za-z][\w-]*): (.*)$/.exec(line);
    if (m) {
      stack[stack.length - 1]!.children.push({ key: m[1]!, value: m[2]!, children: [] });
      continue;
    }
    throw new Error(`unexpected line in vendor print: ${line}`);
  }
  return root.children;
}

type Json = unknown;

/** Looks through one-key objects (CHOICE) whose key the print does not show. */
function unwrap(j: Json, wantKeys: string[]): Json {
  let cur = j;
  for (let i = 0; i < 3; i++) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return cur;
    const keys = Object.keys(cur);
    if (keys.length === 1 && !wantKeys.includes(keys[0]!)) cur = (cur as Record<string, Json>)[keys[0]!];
    else return cur;
  }
  return cur;
}

function leafEquals(printed: string, j: Json): boolean {
  const p = printed.trim();
  const enumName = /^-?\d+ \(([\w-]+)\)$/.exec(p);
  if (enumName) return j === enumName[1];
  if (typeof j === 'number') return Number(p) === j;
  if (typeof j === 'boolean') return (p === 'true' || p === 'TRUE') === j;
  const hexOf = (s: string): string => s.replace(/\(.*\)/, '').replace(/\s+/g, '').toLowerCase();
  if (typeof j === 'string') return hexOf(p) === j.toLowerCase() || p === j;
  if (typeof j === 'object' && j !== null && 'value' in j && 'length' in j) return hexOf(p) === String((j as { value: string }).value).toLowerCase();
  return false;
}

/** Differences between a printed node's children and our JER object, as `path: printed X, bytes Y`. */
export function comparePrint(nodes: PrintNode[], j: Json, path = ''): string[] {
  const out: string[] = [];
  const keyed = nodes.filter((n) => n.key !== null);
  const items = nodes.filter((n) => n.key === null);
  if (items.length && !keyed.length) {
    const arr = unwrap(j, []) as Json[];
    if (!Array.isArray(arr)) return [`${path}: printed a list of ${items.length}, bytes ${JSON.stringify(j)?.slice(0, 60)}`];
    if (arr.length !== items.length) out.push(`${path}: printed ${items.length} items, bytes ${arr.length}`);
    items.forEach((it, i) => {
      if (i < arr.length) out.push(...compareNode(it, arr[i], `${path}[${i}]`));
    });
    return out;
  }
  const obj = unwrap(j, keyed.map((n) => n.key!)) as Record<string, Json>;
  if (typeof obj !== 'object' || obj === null) return [`${path}: printed a structure, bytes ${JSON.stringify(j)}`];
  for (const n of keyed) {
    const p = `${path}.${n.key}`;
    if (!(n.key! in obj)) {
      out.push(`${p}: printed, absent from the bytes`);
      continue;
    }
    out.push(...compareNode(n, obj[n.key!], p));
  }
  return out;
}

function compareNode(n: PrintNode, j: Json, path: string): string[] {
  if (n.value !== undefined) {
    const leaf = typeof j === 'object' && j !== null && !Array.isArray(j) && !('value' in j) ? unwrap(j, []) : j;
    return leafEquals(n.value, leaf) ? [] : [`${path}: printed ${n.value}, bytes ${JSON.stringify(leaf)}`];
  }
  return comparePrint(n.children, j, path);
}
