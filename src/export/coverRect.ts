/** The part of a source image to draw so that it fills a target without distortion. */
export interface CoverRect {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
}

/**
 * The centred crop of a `srcWidth`×`srcHeight` image that has the target's aspect ratio, as
 * `drawImage(image, sx, sy, sw, sh, 0, 0, width, height)` needs it (CSS `object-fit: cover`).
 * An empty source gives an empty crop.
 */
export function coverRect(srcWidth: number, srcHeight: number, width: number, height: number): CoverRect {
  if (!(srcWidth > 0 && srcHeight > 0 && width > 0 && height > 0)) return { sx: 0, sy: 0, sw: 0, sh: 0 };
  const scale = Math.max(width / srcWidth, height / srcHeight);
  const sw = width / scale;
  const sh = height / scale;
  return { sx: (srcWidth - sw) / 2, sy: (srcHeight - sh) / 2, sw, sh };
}
