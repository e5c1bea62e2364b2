/**
 * The file a recorded take downloads as. MediaRecorder's container depends on the browser: Ogg in
 * Firefox, MP4 in Safari, WebM in Chromium.
 */

/** The file extension for a recording's MIME type: ogg, m4a (audio in MP4) or webm, the default. */
export function audioExtension(mimeType: string): 'ogg' | 'm4a' | 'webm' {
  return mimeType.includes('ogg') ? 'ogg' : mimeType.includes('mp4') ? 'm4a' : 'webm';
}
