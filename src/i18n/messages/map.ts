/** Strings of the map's own controls. */
export const map = {
  'Map.ToGlobe': { en: 'Globe', zh: '球面' },
  'Map.ToFlat': { en: 'Flat map', zh: '平面' },
  'Map.ToGlobeTitle': { en: 'Show the map as a globe', zh: '切换为球面视图' },
  'Map.ToFlatTitle': { en: 'Show the map flat (Mercator)', zh: '切换为平面视图（墨卡托投影）' },
} as const;
