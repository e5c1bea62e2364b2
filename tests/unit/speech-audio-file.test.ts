import { describe, expect, it } from 'vitest';
import { audioExtension } from '../../src/lib/speech/audio-file';

describe('the extension a recorded take downloads with', () => {
  it('follows the container each browser records in, codecs and all', () => {
    expect(audioExtension('audio/ogg;codecs=opus')).toBe('ogg');
    expect(audioExtension('audio/mp4')).toBe('m4a');
    expect(audioExtension('audio/webm;codecs=opus')).toBe('webm');
  });
  it('falls back to webm when the browser names no type', () => {
    expect(audioExtension('')).toBe('webm');
  });
});
