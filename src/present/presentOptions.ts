/** A presenter theme: `projector` (high-contrast dark, the default) or `light` for washed-out projectors. */
export type PresentTheme = 'projector' | 'light';

/** How an atlas starts for a talk or a kiosk (the `present`, `kiosk`, `tour` and `theme` URL parameters). */
export interface PresentOptions {
  /** Starts in presenter mode (`present=1`). */
  present: boolean;
  /** Loops a tour or the timeline unattended (`kiosk=1`). */
  kiosk: boolean;
  /** `china`, `city:<name or code>` or the URL of a tour file (`tour=`), or null. */
  tour: string | null;
  theme: PresentTheme;
  /** Milliseconds without input before the kiosk starts over; only read in test mode (`kioskIdleMs=`). */
  kioskIdleMs?: number;
}

const on = (value: string | null): boolean => value !== null && /^(1|true|yes|on|)$/i.test(value.trim());

/**
 * Reads the presenter parameters of a page URL: `present=1`, `kiosk=1`, `tour=…`, `theme=light`;
 * `kioskIdleMs=` only with `test` (so a shared link cannot make a kiosk restart every second).
 */
export function readPresentOptions(params: URLSearchParams): PresentOptions {
  const tour = params.get('tour')?.trim() || null;
  const options: PresentOptions = {
    present: on(params.get('present')),
    kiosk: on(params.get('kiosk')),
    tour,
    theme: params.get('theme') === 'light' ? 'light' : 'projector',
  };
  const idle = Number(params.get('kioskIdleMs'));
  if (params.has('test') && Number.isFinite(idle) && idle > 0) options.kioskIdleMs = idle;
  return options;
}
