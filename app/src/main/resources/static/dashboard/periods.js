// Reporting days. The server counts every figure on a calendar day of its reporting zone (Asia/Shanghai unless
// configured otherwise) and accepts only periods of whole such days: `from` and `to` must each be the instant a day
// starts there, `to` excluded. The browser may be anywhere, so days are computed in the zone the API names
// (`reportingZone`), never in the browser's own.
//
// A day is an ISO date string, 'YYYY-MM-DD'; the date inputs use the same form.

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

const dateFormats = new Map();

/** The ISO date of an instant (a Date) in `zone`. */
export function dayIn(zone, instant) {
  if (!dateFormats.has(zone)) {
    // The Swedish locale writes dates as YYYY-MM-DD.
    dateFormats.set(zone, new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  }
  return dateFormats.get(zone).format(instant);
}

/** Today in `zone`. */
export function today(zone) {
  return dayIn(zone, new Date());
}

/** The date `count` days after `day` (before, for a negative count). */
export function addDays(day, count) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().substring(0, 10);
}

/** The date `count` months after `day`, on the last day of the month where that day does not exist. */
export function addMonths(day, count) {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + count + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month - 1 + count, Math.min(dayOfMonth, lastDay)));
  return date.toISOString().substring(0, 10);
}

/**
 * The instant `day` starts in `zone`: the first minute whose date there is `day`. Local midnight lies within 15 hours
 * of midnight UTC in every zone, so a binary search over that window finds it; it is also right in the rare zones
 * whose clocks skip midnight when daylight saving time starts (the day then starts at 01:00).
 */
export function startOfDay(zone, day) {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let before = utcMidnight - 15 * HOUR; // certainly still the day before, in every zone
  let after = utcMidnight + 15 * HOUR; // certainly already `day` (or later), in every zone
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / MINUTE / 2) * MINUTE;
    if (dayIn(zone, new Date(middle)) >= day) {
      after = middle;
    } else {
      before = middle;
    }
  }
  return new Date(after);
}

/**
 * The API's Period for the days `first` to `last`, both included: from the start of `first` to the start of the day
 * after `last`, as ISO instants in whole seconds (2031-03-13T16:00:00Z).
 */
export function period(zone, first, last) {
  const instant = (day) => startOfDay(zone, day).toISOString().replace('.000Z', 'Z');
  return { from: instant(first), to: instant(addDays(last, 1)) };
}

/** The first and last day of a preset period that ends today, and the granularity that suits it. */
export function preset(zone, name) {
  const last = today(zone);
  switch (name) {
    case '7d':
      return { first: addDays(last, -6), last, granularity: 'DAY' };
    case '30d':
      return { first: addDays(last, -29), last, granularity: 'DAY' };
    case '12m':
      return { first: addDays(addMonths(last, -12), 1), last, granularity: 'MONTH' };
    default:
      throw new Error(`no preset period named ${name}`);
  }
}
