/**
 * UDP endpoints as users write them: `udp://HOST:PORT`, `HOST:PORT`, `HOST` (with a default
 * port), IPv6 in brackets (`udp://[ff02::1]:5000`). The kind of address (unicast, broadcast,
 * multicast) is derived from the address itself.
 */
import { isIP } from 'node:net';

export type AddressKind = 'unicast' | 'broadcast' | 'multicast';

export interface UdpEndpoint {
  host: string;
  port: number;
  family: 4 | 6;
  kind: AddressKind;
}

export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

/**
 * Parses an endpoint. Host names other than `localhost` are not resolved (an RSU is given by
 * address on the bench and in the field); `localhost` means 127.0.0.1.
 */
export function parseEndpoint(text: string, defaultPort?: number): UdpEndpoint {
  let s = text.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    if (!s.toLowerCase().startsWith('udp://')) throw new EndpointError(`'${text}': only udp:// endpoints are supported`);
    s = s.slice('udp://'.length);
  }
  s = s.replace(/\/+$/, '');
  let host: string;
  let portText: string | undefined;
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    if (end < 0) throw new EndpointError(`'${text}': unclosed '[' in an IPv6 address`);
    host = s.slice(1, end);
    const rest = s.slice(end + 1);
    if (rest !== '' && !rest.startsWith(':')) throw new EndpointError(`'${text}': expected ':PORT' after ']'`);
    portText = rest === '' ? undefined : rest.slice(1);
  } else {
    const colons = s.split(':').length - 1;
    if (colons > 1) {
      host = s; // a bare IPv6 address, no port
    } else if (colons === 1) {
      const i = s.indexOf(':');
      host = s.slice(0, i);
      portText = s.slice(i + 1);
    } else host = s;
  }
  if (host === 'localhost') host = '127.0.0.1';
  if (host === '') throw new EndpointError(`'${text}': no host`);
  const family = isIP(host);
  if (family === 0) throw new EndpointError(`'${text}': '${host}' is not an IPv4 or IPv6 address`);
  let port: number;
  if (portText === undefined || portText === '') {
    if (defaultPort === undefined) throw new EndpointError(`'${text}': no port`);
    port = defaultPort;
  } else {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 0 || port > 65535) throw new EndpointError(`'${text}': bad port '${portText}'`);
  }
  return { host, port, family: family as 4 | 6, kind: addressKind(host) };
}

export function addressKind(host: string): AddressKind {
  if (isIP(host) === 4) {
    const parts = host.split('.').map(Number);
    const first = parts[0]!;
    if (first >= 224 && first <= 239) return 'multicast';
    if (host === '255.255.255.255' || parts[3] === 255) return 'broadcast';
    return 'unicast';
  }
  return host.toLowerCase().startsWith('ff') ? 'multicast' : 'unicast';
}

export function formatEndpoint(e: { host: string; port: number }): string {
  return isIP(e.host) === 6 ? `udp://[${e.host}]:${e.port}` : `udp://${e.host}:${e.port}`;
}
