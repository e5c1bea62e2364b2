/** Builds a mailto: link for a draft, refusing (with a clear result) when it is too long for one. */

export type MailtoResult =
  | { ok: true; href: string; length: number }
  | { ok: false; reason: 'too-long'; length: number; limit: number };

/** Percent-encodes for a mailto: query value; line breaks become CRLF as RFC 6068 asks. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\r\n?|\n/g, '\r\n'));
}

/**
 * `mailto:` with the address (optional), subject and body. When the link would be longer than
 * `maxLength` characters it is not built: some mail apps cut or drop long links silently, and a
 * cut body is worse than none. The UI then offers copying instead.
 */
export function buildMailto(parts: { to?: string; subject?: string; body: string }, maxLength: number): MailtoResult {
  const to = (parts.to ?? '').trim();
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@').replace(/%2C/gi, ',') : '';
  const query: string[] = [];
  if (parts.subject && parts.subject.trim()) query.push(`subject=${encode(parts.subject.trim())}`);
  if (parts.body) query.push(`body=${encode(parts.body)}`);
  const href = `mailto:${address}${query.length ? `?${query.join('&')}` : ''}`;
  if (href.length > maxLength) return { ok: false, reason: 'too-long', length: href.length, limit: maxLength };
  return { ok: true, href, length: href.length };
}
