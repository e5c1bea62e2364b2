/**
 * File names built from what a reader typed: letters of any script and digits kept (accents dropped,
 * so "Ōtsuka" is "otsuka", never "o-tsuka"), everything else a single dash, cut to a length in
 * whole characters and never ending in a dash.
 */
export function fileSlug(text: string, max = 40): string {
  const plain = text
    .normalize('NFKD')
    // Accents off Latin, Greek and Cyrillic letters only: the kana's voicing marks stay (が is not か).
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(plain).slice(0, max).join('').replace(/-+$/, '');
}
