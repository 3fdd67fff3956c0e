// Reporting days: a period is whole days of the reporting time zone (reportingZone, e.g. Asia/Shanghai),
// from the start of its first day to the start of the day after its last. Dates are 'YYYY-MM-DD' strings.

function zoneOffsetMillis(instant, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant).map(part => [part.type, part.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant (ISO-8601, UTC) a date starts in the zone. */
export function startOfDay(date, zone) {
  const [year, month, day] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  let instant = midnightUtc - zoneOffsetMillis(new Date(midnightUtc), zone);
  instant = midnightUtc - zoneOffsetMillis(new Date(instant), zone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The date an instant falls on in the zone. */
export function dateIn(instant, zone) {
  return new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(new Date(instant));
}

export function addDays(date, days) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function today(zone) {
  return dateIn(Date.now(), zone);
}
