import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/lib/text-check';

describe('checkText, the one rule for typed text with a limit', () => {
  it('trims the text it accepts', () => {
    expect(checkText('  Bring a notebook \n', 20)).toEqual({ ok: true, value: 'Bring a notebook' });
  });
  it('refuses text that is only spaces', () => {
    expect(checkText(' \t ', 20)).toEqual({ ok: false, error: 'empty' });
  });
  it('counts the limit after trimming and says the trimmed length when over', () => {
    expect(checkText(`  ${'x'.repeat(5)}  `, 5)).toEqual({ ok: true, value: 'xxxxx' });
    expect(checkText(`  ${'x'.repeat(6)}  `, 5)).toEqual({ ok: false, error: 'too-long', length: 6 });
  });
});
