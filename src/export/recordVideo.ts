import { createBrowserScheduler, type Scheduler } from '../timeline/scheduler';
import { pickVideoMimeType, recordingProgress } from './videoMimeType';

/** Options of `recordVideo`. */
export interface RecordVideoOptions {
  width: number;
  height: number;
  /** Length of the recording in milliseconds of real time. */
  durationMs: number;
  /**
   * Draws the frame at `elapsedMs` onto the recording canvas (e.g. advance the tour or the year, wait
   * for the map's render, then `composeFrame`). Awaited before the next frame is asked for.
   */
  drawFrame(ctx: CanvasRenderingContext2D, elapsedMs: number): void | Promise<void>;
  /** Frames per second of the stream; default 30. */
  fps?: number;
  /** Bits per second; default 8 Mbit/s at 1920×1080, scaled by pixel count. */
  bitsPerSecond?: number;
  onProgress?(fraction: number): void;
  /** Aborting stops the recording; the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  scheduler?: Scheduler;
}

/** A finished recording. */
export interface RecordedVideo {
  blob: Blob;
  mimeType: string;
  /** Real time recorded, in milliseconds. */
  durationMs: number;
}

/**
 * Longest wait after the last frame for the encoder's first data: a busy machine's software encoder
 * can lag by seconds, and stopping before it has produced anything gives an empty file.
 */
export const ENCODER_GRACE_MS = 20_000;

const abortError = (): DOMException => new DOMException('Recording cancelled', 'AbortError');

/**
 * Records a WebM video of a compositing canvas (`canvas.captureStream` + `MediaRecorder`), calling
 * `drawFrame` once per animation frame for `durationMs` (then with the last frame until the encoder has
 * produced data, at most `ENCODER_GRACE_MS`, so the reported duration can be longer). Rejects when the
 * browser records no WebM, when the encoder produced nothing, or when `signal` aborts; every track and
 * timer is released either way.
 */
export function recordVideo(options: RecordVideoOptions): Promise<RecordedVideo> {
  const scheduler = options.scheduler ?? createBrowserScheduler();
  const mimeType = typeof MediaRecorder === 'undefined' ? null : pickVideoMimeType((type) => MediaRecorder.isTypeSupported(type));
  if (!mimeType) return Promise.reject(new Error('this browser cannot record WebM video'));
  if (options.signal?.aborted) return Promise.reject(abortError());
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(options.width);
  canvas.height = Math.round(options.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('invalid canvas: no 2D context'));
  const stream = canvas.captureStream(options.fps ?? 30);
  const bitsPerSecond = options.bitsPerSecond ?? Math.round((8_000_000 * canvas.width * canvas.height) / (1920 * 1080));
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: bitsPerSecond });
  const chunks: Blob[] = [];
  let bytes = 0;
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
    bytes += event.data.size;
  };

  return new Promise<RecordedVideo>((resolve, reject) => {
    let frameHandle: number | null = null;
    let cancelled = false;
    let started = 0;
    let ended = 0;
    const release = (): void => {
      if (frameHandle !== null) scheduler.cancelFrame(frameHandle);
      frameHandle = null;
      options.signal?.removeEventListener('abort', onAbort);
      for (const track of stream.getTracks()) track.stop();
    };
    function onAbort(): void {
      cancelled = true;
      if (recorder.state !== 'inactive') recorder.stop();
      else {
        release();
        reject(abortError());
      }
    }
    recorder.onstop = () => {
      release();
      if (cancelled) reject(abortError());
      else if (bytes === 0) reject(new Error('the video encoder produced no data'));
      else resolve({ blob: new Blob(chunks, { type: mimeType }), mimeType, durationMs: Math.round(ended - started) });
    };
    recorder.onerror = () => {
      cancelled = true;
      release();
      reject(new Error('video recording failed'));
    };
    options.signal?.addEventListener('abort', onAbort);
    const frame = async (): Promise<void> => {
      frameHandle = null;
      if (cancelled) return;
      const elapsed = scheduler.now() - started;
      try {
        await options.drawFrame(ctx, Math.min(elapsed, options.durationMs));
      } catch (error) {
        cancelled = true;
        if (recorder.state !== 'inactive') recorder.stop();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      options.onProgress?.(recordingProgress(elapsed, options.durationMs));
      if (elapsed >= options.durationMs && (bytes > 0 || elapsed >= options.durationMs + ENCODER_GRACE_MS)) {
        ended = scheduler.now();
        if (recorder.state !== 'inactive') recorder.stop();
        return;
      }
      frameHandle = scheduler.requestFrame(() => void frame());
    };
    started = scheduler.now();
    recorder.start(250);
    void frame();
  });
}
