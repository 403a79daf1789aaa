import { timeInterval, type TimeInterval } from 'd3-time';

/** The first whole year a JavaScript Date holds. */
const EARLIEST_YEAR = -271_820;

/**
 * Ticks every `step` years as readers count years: ... 200 BC, 100 BC, AD 1, AD 100, AD 200 ...
 * d3-time's `utcYear.every(100)` counts astronomical years, where year 0 is 1 BC and year −600
 * is 601 BC, so its BC ticks read "601 BC, 501 BC". Here a year before 1 is counted by its BC
 * number (year −599 is 600 BC), and AD 1 stands in for the year 0 that readers' years do not
 * have (but for a step of two years, where it would stand a year from AD 2). From AD 1 on, and
 * for a step of one year, the ticks are d3's own.
 */
export function readerYears(step: number): TimeInterval {
  const move = (date: Date, count = 0): void => {
    const year = date.getUTCFullYear();
    // Counted as read: 1 BC (year 0) is −1, 100 BC (year −99) is −100.
    let read = (Math.floor((year > 0 ? year : year - 1) / step) + count) * step;
    // Two years a tick: AD 1 would stand a year from AD 2 ("2 BC | 1 | 2"); 2 BC is followed by AD 2.
    if (read === 0 && step === 2) read = count > 0 ? 2 : -2;
    // …and back; a tick at read year 0 (which no reader has) is AD 1. A step's floor may fall
    // before the first year a Date holds (271,821 BC); it stops there, or it would be no date.
    date.setUTCFullYear(Math.max(read > 0 ? read : read + 1, EARLIEST_YEAR), 0, 1);
    date.setUTCHours(0, 0, 0, 0);
  };
  return timeInterval(move, move);
}
