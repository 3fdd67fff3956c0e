// Showing figures: formats, tables and charts. Every figure element keeps the API's exact value in `data-value`
// (Money stays the decimal string the API sent) and shows it formatted; tests and people read the same element.

// ---- Formats

/** Money is a decimal string with two places ("1234.50"); grouping its digits keeps it exact: ¥1,234.50. */
export function money(amount) {
  const [whole, cents = '00'] = amount.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${digits}.${cents}`;
}

export function count(value) {
  return value.toLocaleString('en-US');
}

/** An axis tick, short enough for a small chart: ¥950, ¥12k, ¥1.5M (the exact figures are in the tables). */
export function moneyTick(value) {
  const short = (divisor, unit) => `${Number((value / divisor).toFixed(1))}${unit}`;
  if (Math.abs(value) >= 1_000_000) {
    return `¥${short(1_000_000, 'M')}`;
  }
  return Math.abs(value) >= 1_000 ? `¥${short(1_000, 'k')}` : `¥${count(value)}`;
}

/** A ratio (0.0525) as a percentage with two decimals: 5.25 %. */
export function percent(ratio) {
  return `${(ratio * 100).toFixed(2)} %`;
}

export function minutes(value) {
  return value == null ? '–' : `${value.toFixed(1)} min`;
}

/** An enum name (MOBILE_APP) as words (Mobile app); any other key (a province) as it is. */
export function label(key) {
  if (!/^[A-Z0-9_]+$/.test(key)) {
    return key;
  }
  const words = key.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.substring(1);
}

/** A day as "7 Jun 2032" (a day of the reporting zone, given as 'YYYY-MM-DD'). */
export function longDay(day) {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}

/** The label of an over-time bucket, from the instant it starts, read in the reporting zone. */
export function bucketLabel(instant, granularity, zone) {
  const date = new Date(instant);
  if (granularity === 'MONTH') {
    return date.toLocaleDateString('en-GB', { timeZone: zone, month: 'short', year: 'numeric' });
  }
  const day = date.toLocaleDateString('en-GB', { timeZone: zone, day: 'numeric', month: 'short' });
  return granularity === 'WEEK' ? `Week of ${day}` : day;
}

// ---- Figures and tables

/** Shows one figure: `data-value` gets the exact value, the text its formatted form. */
export function showFigure(element, value, format) {
  element.dataset.value = String(value);
  element.textContent = format(value);
}

/**
 * Fills a table body with one row per item. Columns are [{ field, format, numeric }]; each row carries every field's
 * exact value as `data-<field>`, each cell its formatted value.
 */
export function fillTable(tbody, items, columns, emptyText = 'Nothing in this period.') {
  tbody.replaceChildren();
  if (items.length === 0) {
    const row = tbody.insertRow();
    const cell = row.insertCell();
    cell.colSpan = columns.length;
    cell.className = 'empty';
    cell.textContent = emptyText;
    return;
  }
  items.forEach((item, index) => {
    const row = tbody.insertRow();
    row.dataset.row = String(index);
    Object.entries(item).forEach(([field, value]) => {
      row.dataset[field] = value == null ? '' : String(value);
    });
    columns.forEach(({ field, format = String, numeric = false }) => {
      const cell = row.insertCell();
      cell.textContent = format(field === '#' ? index + 1 : item[field]);
      cell.dataset.field = field;
      if (numeric) {
        cell.className = 'num';
      }
    });
  });
}

// ---- Charts (ECharts, when it loaded; the tables carry the same figures either way)

const charts = new Map();

function chartIn(element) {
  if (!window.echarts) {
    return null;
  }
  if (!charts.has(element)) {
    charts.set(element, window.echarts.init(element, null, { renderer: 'svg' }));
  }
  return charts.get(element);
}

window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

const PALETTE = ['#2f6fb3', '#e08a2e', '#3a9a6b', '#b34b6f', '#7b62b8', '#8a8a3a', '#3aa0b3', '#b3753a'];

/** GMV as bars (left axis) and paid orders as a line (right axis), per bucket. */
export function drawOverTime(element, points, granularity, zone) {
  const chart = chartIn(element);
  if (!chart) {
    return;
  }
  chart.setOption({
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['GMV', 'Orders'], top: 0 },
    grid: { left: 70, right: 50, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: points.map((point) => bucketLabel(point.period, granularity, zone)) },
    yAxis: [
      { type: 'value', name: 'GMV', axisLabel: { formatter: moneyTick } },
      { type: 'value', name: 'Orders', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: 'GMV', type: 'bar', data: points.map((point) => Number(point.gmv)), yAxisIndex: 0 },
      { name: 'Orders', type: 'line', data: points.map((point) => point.orders), yAxisIndex: 1, smooth: true },
    ],
  }, true);
}

/** GMV per key as horizontal bars, largest on top. */
export function drawBreakdown(element, rows) {
  const chart = chartIn(element);
  if (!chart) {
    return;
  }
  const shown = rows.slice(0, 10).reverse();
  chart.setOption({
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', axisLabel: { formatter: moneyTick, hideOverlap: true } },
    yAxis: { type: 'category', data: shown.map((row) => label(row.key)) },
    series: [{ name: 'GMV', type: 'bar', data: shown.map((row) => Number(row.gmv)) }],
  }, true);
}
