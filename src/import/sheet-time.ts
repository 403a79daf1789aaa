/**
 * A sheet's Time cell read as TimelineJS reads it (its DateUtil.parseTime): "14:30", "2:30 PM",
 * "9.15", "1430", "14:30:05", with "a.m."/"p.m." in any case. Fractions of a second are dropped.
 */
export interface SheetTime {
  readonly hour: number;
  readonly minute?: number;
  readonly second?: number;
}

const PERIOD = /\s*([ap])\.?\s*m\.?\s*$/i;
const WITHOUT_SEPARATORS = /^(\d{1,2})(\d{2})$/;
const WITH_SEPARATORS = /^(\d{1,2})(?:[:.](\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?)?$/;

/** The time of day, or undefined when the cell is not one. */
export function parseSheetTime(cell: string): SheetTime | undefined {
  const period = PERIOD.exec(cell)?.[1]?.toLowerCase();
  const clock = cell.replace(PERIOD, '').trim();
  const parts = WITHOUT_SEPARATORS.exec(clock) ?? WITH_SEPARATORS.exec(clock);
  if (!parts) return undefined;
  let hour = Number(parts[1]);
  if (period !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    if (period === 'p' && hour !== 12) hour += 12;
    if (period === 'a' && hour === 12) hour = 0;
  }
  const minute = parts[2] === undefined ? undefined : Number(parts[2]);
  const second = parts[3] === undefined ? undefined : Number(parts[3]);
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return { hour, ...(minute !== undefined ? { minute } : {}), ...(second !== undefined ? { second } : {}) };
}
