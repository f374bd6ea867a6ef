import type { Side } from './geocode';
import { latinWords } from './nameKey';
import type { ImportRecord } from './records';

function slug(text: string): string {
  return latinWords(text).join('-');
}

/**
 * A readable, unique id for an imported pairing in the shipped data's style
 * (`nanjing--st-louis-us`): English names of the matched places, else the names as written,
 * with the GB/T code or row number where a name has no Latin letters; `-2`, `-3`… when taken.
 * `taken` maps every id given so far to the last suffix used for it as a base.
 */
export function pairingId(taken: Map<string, number>, record: ImportRecord, cn: Side, partner: Side): string {
  const cnPart = slug(cn.unit?.en ?? record.cnName) || cn.unit?.code || `row-${record.row}`;
  const partnerPart = slug(partner.place?.name ?? record.partnerName) || `row-${record.row}`;
  const iso2 = partner.place?.iso2.toLowerCase() ?? '';
  const base = `${cnPart}--${partnerPart}${iso2 ? `-${iso2}` : ''}`;
  let n = taken.get(base) ?? 0;
  let id = base;
  while (taken.has(id)) id = `${base}-${++n + 1}`;
  taken.set(base, n);
  taken.set(id, 0);
  return id;
}
