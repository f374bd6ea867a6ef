/** WebM types to try, best first. */
export const WEBM_TYPES: readonly string[] = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** The first WebM type the browser records (`MediaRecorder.isTypeSupported`), or null when none. */
export function pickVideoMimeType(isTypeSupported: (type: string) => boolean): string | null {
  for (const type of WEBM_TYPES) {
    try {
      if (isTypeSupported(type)) return type;
    } catch {
      // Some browsers throw on codec strings they do not know; that is a no.
    }
  }
  return null;
}

/** How far a recording is, 0..1, after `elapsedMs` of `durationMs`; 1 for a zero-length recording. */
export function recordingProgress(elapsedMs: number, durationMs: number): number {
  if (!(durationMs > 0)) return 1;
  return Math.min(1, Math.max(0, elapsedMs / durationMs));
}
