/** Whether the user asked for less motion (`prefers-reduced-motion: reduce`): no flights, rotation or grow animation. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
